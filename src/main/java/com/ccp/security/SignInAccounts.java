package com.ccp.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * The account behind a sign-in, named by its normalised user name with its roles. In form-login
 * mode only configured users exist (their passwords are plain configuration, so kept as
 * {@code {noop}}); with Kerberos everyone the KDC vouched for is a user and no password is kept.
 */
final class SignInAccounts implements UserDetailsService {

    private final ConfiguredUsers configuredUsers;
    private final UserRoles userRoles;
    private final boolean kerberos;

    SignInAccounts(ConfiguredUsers configuredUsers, UserRoles userRoles, boolean kerberos) {
        this.configuredUsers = configuredUsers;
        this.userRoles = userRoles;
        this.kerberos = kerberos;
    }

    @Override
    public UserDetails loadUserByUsername(String name) {
        String username = UserNames.normalise(name);
        String password;
        if (kerberos) {
            password = "";
        } else {
            password = "{noop}" + configuredUsers.find(username)
                    .orElseThrow(() -> new UsernameNotFoundException("No configured user " + username)).password();
        }
        return User.withUsername(username).password(password)
                .authorities(userRoles.of(username).stream().map(Role::authority).toArray(String[]::new))
                .build();
    }
}
