package com.ccp.security;

import com.ccp.base.AppProperties;
import java.util.EnumSet;
import java.util.Set;

/** The roles granted by the {@code ADMIN_USERS} and {@code SUPPORT_USERS} lists. */
final class RoleLists {

    private RoleLists() {
    }

    static Set<Role> rolesOf(String username, AppProperties properties) {
        EnumSet<Role> roles = EnumSet.of(Role.USER);
        if (listed(username, properties.adminUsers())) {
            roles.add(Role.ADMIN);
        }
        if (listed(username, properties.supportUsers())) {
            roles.add(Role.SUPPORT);
        }
        return roles;
    }

    private static boolean listed(String username, Iterable<String> list) {
        for (String entry : list) {
            if (!entry.isBlank() && UserNames.normalise(entry).equals(username)) {
                return true;
            }
        }
        return false;
    }
}
