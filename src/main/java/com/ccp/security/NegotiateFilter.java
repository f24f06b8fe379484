package com.ccp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.kerberos.web.authentication.ResponseHeaderSettingKerberosAuthenticationSuccessHandler;
import org.springframework.security.kerberos.web.authentication.SpnegoAuthenticationProcessingFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The SPNEGO filter of one chain: signs in the caller of an {@code Authorization: Negotiate}
 * ticket. It gets Vaadin's context holder strategy (Vaadin installs it after the chains are
 * built) and is deliberately not a bean, or Boot would also register it as a servlet filter. A
 * refused ticket is one log line (the library's own warning, with the token and a stack trace, is
 * turned off in application.yml) and goes to the chain's failure handler — also when the header is
 * not even Base64, where the library would answer 500.
 */
final class NegotiateFilter extends SpnegoAuthenticationProcessingFilter {

    /** Not this class's logger: that one carries the library's noisy warning and is turned off. */
    private static final Logger log = LoggerFactory.getLogger(KerberosSignIn.class);

    private final AuthenticationFailureHandler failureHandler;

    NegotiateFilter(AuthenticationManager manager, SecurityContextHolderStrategy contextHolder,
            SecurityContextRepository repository, SessionAuthenticationStrategy sessionStrategy,
            AuthenticationFailureHandler refused) {
        this.failureHandler = (request, response, exception) -> {
            log.warn("Refused a Kerberos ticket from {}: {}", request.getRemoteAddr(), reason(exception));
            refused.onAuthenticationFailure(request, response, exception);
        };
        setAuthenticationManager(manager);
        setSecurityContextHolderStrategy(contextHolder);
        setSecurityContextRepository(repository);
        setSessionAuthenticationStrategy(sessionStrategy);
        setFailureHandler(failureHandler);
        setSuccessHandler(new ResponseHeaderSettingKerberosAuthenticationSuccessHandler());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.startsWith("Negotiate ") && !isBase64(header.substring(10).strip())) {
            failureHandler.onAuthenticationFailure(request, response,
                    new BadCredentialsException("the Negotiate token is not Base64"));
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

    private static String reason(AuthenticationException exception) {
        Throwable cause = exception;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == exception ? exception.getMessage() : exception.getMessage() + " (" + cause + ")";
    }
}
