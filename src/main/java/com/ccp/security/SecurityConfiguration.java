package com.ccp.security;

import com.ccp.base.AppProperties;
import com.ccp.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.kerberos.web.authentication.SpnegoEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.authentication.session.NullAuthenticatedSessionStrategy;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Two chains. {@code /api}: Negotiate (with Kerberos) and HTTP Basic on every call, 401 JSON and
 * never a redirect, cookie-only state changes from other sites refused; the HTTP session only
 * carries impersonation. Views: Negotiate (with Kerberos) and the login form, the sign-in kept in
 * the HTTP session. Passwords are checked by the KDC with Kerberos, else against the configured users.
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    /** What Vaadin needs (inline bootstrap script, functions built from server-sent JS, inline styles), no more. */
    private static final String VIEW_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval';"
            + " style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    private static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    private static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=()";

    @Bean
    AuthenticationManager authenticationManager(AppProperties properties, ConfiguredUsers users, UserRoles roles)
            throws Exception {
        boolean kerberos = properties.kerberos().enabled();
        SignInAccounts accounts = new SignInAccounts(users, roles, kerberos);
        return kerberos ? KerberosSignIn.authenticationManager(properties.kerberos(), accounts)
                : new ProviderManager(new DaoAuthenticationProvider(accounts));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, AuthenticationManager manager,
            ApiAuthenticationEntryPoint entryPoint, SecurityContextHolderStrategy contextHolder,
            AppProperties properties) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
                // calls carrying Authorization need no token; cookie-only calls are checked by origin below
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new CrossSiteRequestFilter(), BasicAuthenticationFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .headers(headers -> commonHeaders(headers).contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY)));
        if (properties.kerberos().enabled()) {
            // like Basic, a ticket signs in one call; the session cookie of a call carries impersonation only
            http.addFilterBefore(new NegotiateFilter(manager, contextHolder,
                    new RequestAttributeSecurityContextRepository(), new NullAuthenticatedSessionStrategy(),
                    entryPoint::commence), BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain viewSecurity(HttpSecurity http, AuthenticationManager manager,
            SecurityContextHolderStrategy contextHolder, AppProperties properties) throws Exception {
        http.authenticationManager(manager)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/styles.css", "/images/**").permitAll())
                .headers(headers -> commonHeaders(headers)
                        .frameOptions(frame -> frame.sameOrigin())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(VIEW_POLICY)))
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        if (properties.kerberos().enabled()) {
            // a browser that does not negotiate gets the login form (status 401 with the Negotiate challenge)
            SpnegoEntryPoint loginForm = new SpnegoEntryPoint("/login", HttpMethod.GET);
            http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(loginForm))
                    .addFilterBefore(new NegotiateFilter(manager, contextHolder,
                            new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                                    new HttpSessionSecurityContextRepository()),
                            new ChangeSessionIdAuthenticationStrategy(), loginForm::commence),
                            UsernamePasswordAuthenticationFilter.class);
        }
        return http.build();
    }

    private static HeadersConfigurer<HttpSecurity> commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                // Vaadin's pages bypass the commit-time writing (only its own X-Frame-Options arrived): write first
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        return headers
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
    }
}
