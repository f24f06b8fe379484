package com.ccp.security;

import com.ccp.base.AppProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Hashtable;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.PartialResultException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * ADMIN and SUPPORT from directory group membership when {@code LDAP_URL} is set: the user is found
 * by {@code sAMAccountName} (AD) or {@code uid} under {@code LDAP_BASE_DN}, then the groups that list
 * them as {@code member} or {@code uniqueMember} (in AD, groups of groups too). A configured group is
 * named by its {@code cn} or its full DN. An unreachable directory grants no group role.
 */
@Component
class DirectoryGroups {

    private static final Logger log = LoggerFactory.getLogger(DirectoryGroups.class);
    private static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final String USER_FILTER = "(&(objectClass=person)(|(sAMAccountName={0})(uid={0})))";
    private static final String GROUPS = "(|(member={0})(uniqueMember={0}))";
    /** AD's "in chain" matching rule also finds the groups of groups; other servers refuse or ignore it. */
    private static final String NESTED_GROUPS_IN_AD = "(member:1.2.840.113556.1.4.1941:={0})";

    private record Remembered(Set<Role> roles, Instant at) {
    }

    private final AppProperties.Ldap ldap;
    private final Clock clock;
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    DirectoryGroups(AppProperties properties, Clock clock) {
        this.ldap = properties.ldap();
        this.clock = clock;
    }

    /** ADMIN and/or SUPPORT for a normalised user name; empty without LDAP or when the lookup fails. */
    Set<Role> rolesOf(String username) {
        if (!ldap.enabled()) {
            return Set.of();
        }
        Remembered remembered = recent.get(username);
        if (remembered != null && remembered.at().plus(REMEMBERED).isAfter(clock.instant())) {
            return remembered.roles();
        }
        Set<Role> roles = lookUp(username);
        recent.put(username, new Remembered(roles, clock.instant()));
        return roles;
    }

    private Set<Role> lookUp(String username) {
        DirContext directory = null;
        try {
            directory = new InitialDirContext(environment());
            String userDn = userDn(directory, username);
            if (userDn == null) {
                return Set.of();
            }
            EnumSet<Role> roles = groupRoles(directory, GROUPS, userDn);
            try {
                roles.addAll(groupRoles(directory, NESTED_GROUPS_IN_AD, userDn));
            } catch (NamingException notActiveDirectory) {
                log.debug("No nested group search on this directory: {}", notActiveDirectory.toString());
            }
            return Set.copyOf(roles);
        } catch (NamingException e) {
            log.warn("Directory lookup of {}'s groups failed, no group role granted: {}", username, e.toString());
            return Set.of();
        } finally {
            close(directory);
        }
    }

    private EnumSet<Role> groupRoles(DirContext directory, String filter, String userDn) throws NamingException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        NamingEnumeration<SearchResult> groups = directory.search(ldap.baseDn(), filter, new Object[] {userDn},
                controls("cn"));
        try {
            while (groups.hasMore()) {
                SearchResult group = groups.next();
                String cn = firstValue(group.getAttributes().get("cn"));
                if (matches(ldap.adminGroup(), cn, group.getNameInNamespace())) {
                    roles.add(Role.ADMIN);
                }
                if (matches(ldap.supportGroup(), cn, group.getNameInNamespace())) {
                    roles.add(Role.SUPPORT);
                }
            }
        } catch (PartialResultException referralsLeftOut) {
            // AD answers a search of the domain root with referrals we do not follow: the results are complete
        }
        return roles;
    }

    private @Nullable String userDn(DirContext directory, String username) throws NamingException {
        NamingEnumeration<SearchResult> users = directory.search(ldap.baseDn(), USER_FILTER, new Object[] {username},
                controls());
        try {
            return users.hasMore() ? users.next().getNameInNamespace() : null;
        } catch (PartialResultException referralsLeftOut) {
            return null;
        }
    }

    private static boolean matches(String configured, @Nullable String cn, String dn) {
        if (configured.isEmpty()) {
            return false;
        }
        return configured.equalsIgnoreCase(dn) || configured.equalsIgnoreCase(cn)
                || normaliseDn(configured).equals(normaliseDn(dn));
    }

    private static String normaliseDn(String dn) {
        return dn.replaceAll("\\s*,\\s*", ",").replaceAll("\\s*=\\s*", "=").toLowerCase(Locale.ROOT);
    }

    private Hashtable<String, String> environment() {
        Hashtable<String, String> environment = new Hashtable<>();
        environment.put(Context.INITIAL_CONTEXT_FACTORY, "com.sun.jndi.ldap.LdapCtxFactory");
        environment.put(Context.PROVIDER_URL, ldap.url());
        environment.put(Context.REFERRAL, "ignore");
        environment.put("com.sun.jndi.ldap.connect.timeout", "5000");
        environment.put("com.sun.jndi.ldap.read.timeout", "10000");
        if (ldap.user().isEmpty()) {
            environment.put(Context.SECURITY_AUTHENTICATION, "none");
        } else {
            environment.put(Context.SECURITY_AUTHENTICATION, "simple");
            environment.put(Context.SECURITY_PRINCIPAL, ldap.user());
            environment.put(Context.SECURITY_CREDENTIALS, ldap.password());
        }
        return environment;
    }

    private static SearchControls controls(String... attributes) {
        SearchControls controls = new SearchControls();
        controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
        controls.setReturningAttributes(attributes);
        controls.setTimeLimit(10_000);
        return controls;
    }

    private static @Nullable String firstValue(@Nullable Attribute attribute) throws NamingException {
        return attribute == null || attribute.size() == 0 ? null : String.valueOf(attribute.get());
    }

    private static void close(@Nullable DirContext directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (NamingException ignored) {
                // the connection is gone either way
            }
        }
    }
}
