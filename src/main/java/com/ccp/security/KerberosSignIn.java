package com.ccp.security;

import com.ccp.base.AppProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.security.auth.kerberos.KerberosPrincipal;
import javax.security.auth.kerberos.KeyTab;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.kerberos.authentication.KerberosAuthenticationProvider;
import org.springframework.security.kerberos.authentication.KerberosServiceAuthenticationProvider;
import org.springframework.security.kerberos.authentication.sun.SunJaasKerberosClient;
import org.springframework.security.kerberos.authentication.sun.SunJaasKerberosTicketValidator;

/**
 * Windows SSO: a browser's SPNEGO ticket is checked with the service principal's keytab; a user
 * name and password (login form, HTTP Basic) are checked by the KDC. Names arrive as
 * {@code user@REALM} and become the normalised user name through {@link SignInAccounts}.
 */
final class KerberosSignIn {

    private KerberosSignIn() {
    }

    /** Logs the service principal in with its keytab right away: a wrong principal or keytab stops the start. */
    static AuthenticationManager authenticationManager(AppProperties.Kerberos kerberos, UserDetailsService accounts)
            throws Exception {
        Path keytab = Path.of(kerberos.keytab());
        if (kerberos.keytab().isEmpty() || !Files.isReadable(keytab)) {
            throw new IllegalStateException("KERBEROS_KEYTAB '" + kerberos.keytab() + "' is not a readable file;"
                    + " KERBEROS_PRINCIPAL " + kerberos.principal() + " needs its keytab (see README, Windows SSO).");
        }
        if (KeyTab.getInstance(keytab.toFile()).getKeys(new KerberosPrincipal(kerberos.principal())).length == 0) {
            throw new IllegalStateException("The keytab " + keytab + " holds no key of " + kerberos.principal()
                    + ": export it for exactly that principal (ktpass -princ, see README, Windows SSO).");
        }
        SunJaasKerberosTicketValidator validator = new SunJaasKerberosTicketValidator();
        validator.setServicePrincipal(kerberos.principal());
        validator.setKeyTabLocation(new FileSystemResource(keytab));
        validator.afterPropertiesSet();

        KerberosServiceAuthenticationProvider tickets = new KerberosServiceAuthenticationProvider();
        tickets.setTicketValidator(validator);
        tickets.setUserDetailsService(accounts);
        tickets.afterPropertiesSet();

        SunJaasKerberosClient kdc = new SunJaasKerberosClient();
        KerberosAuthenticationProvider passwords = new KerberosAuthenticationProvider();
        passwords.setKerberosClient((username, password) -> kdc.login(withoutDomain(username), password));
        passwords.setUserDetailsService(accounts);
        return new ProviderManager(tickets, passwords);
    }

    /** {@code CORP\alice} is {@code alice} of the default realm; {@code alice@REALM} stays as typed. */
    static String withoutDomain(String username) {
        String name = username.strip();
        return name.substring(name.lastIndexOf('\\') + 1);
    }
}
