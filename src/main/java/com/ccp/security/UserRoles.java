package com.ccp.security;

import com.ccp.base.AppProperties;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Everybody's roles, whichever way they signed in: USER for all; ADMIN and SUPPORT from an
 * {@code APP_USERS} entry, the {@code ADMIN_USERS}/{@code SUPPORT_USERS} lists and directory groups.
 */
@Component
public class UserRoles {

    private final AppProperties properties;
    private final ConfiguredUsers configuredUsers;
    private final DirectoryGroups directoryGroups;

    UserRoles(AppProperties properties, ConfiguredUsers configuredUsers, DirectoryGroups directoryGroups) {
        this.properties = properties;
        this.configuredUsers = configuredUsers;
        this.directoryGroups = directoryGroups;
    }

    /** The roles of a normalised user name. */
    public Set<Role> of(String username) {
        EnumSet<Role> roles = EnumSet.of(Role.USER);
        configuredUsers.find(username).ifPresent(user -> roles.addAll(user.roles()));
        roles.addAll(RoleLists.rolesOf(username, properties));
        roles.addAll(directoryGroups.rolesOf(username));
        return Set.copyOf(roles);
    }
}
