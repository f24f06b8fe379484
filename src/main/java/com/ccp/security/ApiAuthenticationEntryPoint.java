package com.ccp.security;

import com.ccp.base.AppProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.stereotype.Component;

/**
 * {@code 401} JSON with the challenges ({@code Negotiate} when Kerberos is configured, and
 * {@code Basic}), whatever the Accept header: scripts never get a login page.
 */
@Component
class ApiAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final boolean negotiate;

    ApiAuthenticationEntryPoint(AppProperties properties) {
        this.negotiate = properties.kerberos().enabled();
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        if (negotiate) {
            response.addHeader("WWW-Authenticate", "Negotiate");
        }
        response.addHeader("WWW-Authenticate", "Basic realm=\"Credit Card Processor\"");
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"code\":\"UNAUTHORIZED\",\"message\":\"Sign in first: send your credentials"
                + " with " + (negotiate ? "Negotiate (Kerberos) or HTTP Basic" : "HTTP Basic")
                + ".\",\"details\":{}}");
    }
}
