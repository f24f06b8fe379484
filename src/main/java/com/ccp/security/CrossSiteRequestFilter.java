package com.ccp.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a state-changing API call that relies on the session cookie alone and comes from another
 * site (by {@code Sec-Fetch-Site} or {@code Origin}); calls with an Authorization header cannot be forged.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader("Authorization") != null
                || !crossSite(request)) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("{\"code\":\"FORBIDDEN\",\"message\":\"A change requested from another site"
                + " with a session cookie alone is refused.\",\"details\":{}}");
    }

    private static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return fetchSite.equals("cross-site") || fetchSite.equals("same-site");
        }
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin != null;
        }
        try {
            URI uri = URI.create(origin);
            // an origin is scheme, host and port: http://intranet:8081 is another site than http://intranet:8080
            return uri.getScheme() == null || uri.getHost() == null
                    || !uri.getScheme().equalsIgnoreCase(request.getScheme())
                    || !uri.getHost().equalsIgnoreCase(request.getServerName())
                    || port(uri.getScheme(), uri.getPort()) != port(request.getScheme(), request.getServerPort());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static int port(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
