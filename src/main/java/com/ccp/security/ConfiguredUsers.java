package com.ccp.security;

import com.ccp.base.AppProperties;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The users of the off-domain form login: {@code APP_USERS} ({@code name:ROLE:password,...}), or the
 * demo users when no database URL, no {@code APP_USERS} and no Kerberos are configured. With
 * Kerberos the KDC checks passwords and these entries only add roles.
 */
@Component
public class ConfiguredUsers {

    public record ConfiguredUser(String username, String password, Set<Role> roles) {
    }

    private final Map<String, ConfiguredUser> users;
    private final boolean demo;

    ConfiguredUsers(AppProperties properties, Environment environment) {
        this.demo = properties.users().isBlank()
                && environment.getProperty("spring.datasource.url", "").isBlank()
                && !properties.kerberos().enabled();
        List<ConfiguredUser> list = demo ? demoUsers() : parse(properties.users());
        Map<String, ConfiguredUser> byName = new LinkedHashMap<>();
        for (ConfiguredUser user : list) {
            byName.put(user.username(), user);
        }
        this.users = Map.copyOf(byName);
    }

    public boolean demo() {
        return demo;
    }

    public Optional<ConfiguredUser> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public List<String> names() {
        return users.keySet().stream().sorted().toList();
    }

    static List<ConfiguredUser> parse(String spec) {
        List<ConfiguredUser> result = new ArrayList<>();
        for (String entry : spec.split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] parts = entry.strip().split(":", 3);
            if (parts.length != 3 || parts[0].isBlank() || parts[2].isEmpty()) {
                throw new IllegalArgumentException("APP_USERS entry '" + entry.strip()
                        + "' is not name:ROLE:password (e.g. carol:ADMIN:secret)");
            }
            Role role = Role.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
            result.add(new ConfiguredUser(UserNames.normalise(parts[0]), parts[2], rolesFor(role)));
        }
        return result;
    }

    private static List<ConfiguredUser> demoUsers() {
        return List.of(
                new ConfiguredUser("alice", "alice", rolesFor(Role.USER)),
                new ConfiguredUser("bob", "bob", rolesFor(Role.USER)),
                new ConfiguredUser("admin", "admin", rolesFor(Role.ADMIN)),
                new ConfiguredUser("support", "support", rolesFor(Role.SUPPORT)));
    }

    private static Set<Role> rolesFor(Role role) {
        return role == Role.USER ? EnumSet.of(Role.USER) : EnumSet.of(Role.USER, role);
    }
}
