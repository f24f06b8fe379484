package com.ccp.security;

import com.ccp.base.AppProperties;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.kerberos.authentication.KerberosAuthenticationProvider;
import org.springframework.security.kerberos.authentication.KerberosServiceAuthenticationProvider;
import org.springframework.security.kerberos.authentication.sun.SunJaasKerberosClient;
import org.springframework.security.kerberos.authentication.sun.SunJaasKerberosTicketValidator;
import org.springframework.security.kerberos.web.authentication.ResponseHeaderSettingKerberosAuthenticationSuccessHandler;
import org.springframework.security.kerberos.web.authentication.SpnegoAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

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

    /**
     * The SPNEGO filter of one chain. It must use Vaadin's context holder strategy (installed after
     * the chains are built) and is deliberately not a bean, or Boot would also register it as a
     * servlet filter.
     */
    static SpnegoAuthenticationProcessingFilter negotiateFilter(AuthenticationManager manager,
            SecurityContextHolderStrategy strategy, SecurityContextRepository repository,
            SessionAuthenticationStrategy sessionStrategy, AuthenticationFailureHandler failureHandler) {
        SpnegoAuthenticationProcessingFilter filter = new NegotiateFilter(failureHandler);
        filter.setAuthenticationManager(manager);
        filter.setSecurityContextHolderStrategy(strategy);
        filter.setSecurityContextRepository(repository);
        filter.setSessionAuthenticationStrategy(sessionStrategy);
        filter.setFailureHandler(failureHandler);
        filter.setSuccessHandler(new ResponseHeaderSettingKerberosAuthenticationSuccessHandler());
        return filter;
    }

    /** {@code CORP\alice} is {@code alice} of the default realm; {@code alice@REALM} stays as typed. */
    static String withoutDomain(String username) {
        String name = username.strip();
        return name.substring(name.lastIndexOf('\\') + 1);
    }

    /** Refuses a Negotiate header that is not even Base64 as a bad ticket (the library answers 500). */
    private static final class NegotiateFilter extends SpnegoAuthenticationProcessingFilter {

        private final AuthenticationFailureHandler failureHandler;

        NegotiateFilter(AuthenticationFailureHandler failureHandler) {
            this.failureHandler = failureHandler;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String header = request.getHeader("Authorization");
            if (header != null && header.startsWith("Negotiate ") && !isBase64(header.substring(10).strip())) {
                failureHandler.onAuthenticationFailure(request, response,
                        new BadCredentialsException("The Negotiate token is not Base64"));
                return;
            }
            super.doFilterInternal(request, response, chain);
        }

        private static boolean isBase64(String token) {
            try {
                Base64.getDecoder().decode(token);
                return !token.isEmpty();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
