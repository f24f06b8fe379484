package com.ccp.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A cookie-only change is refused unless its Origin is this server's scheme, host and port. */
class CrossSiteRequestFilterTest {

    @ParameterizedTest(name = "{0} to {1}://{2}:{3} → {4}")
    @CsvSource({
            "http://ccp.corp:8080, http, ccp.corp, 8080, 200",
            "http://CCP.corp:8080, http, ccp.corp, 8080, 200",
            "http://ccp.corp, http, ccp.corp, 80, 200",
            "https://ccp.corp, https, ccp.corp, 443, 200",
            "http://ccp.corp:8081, http, ccp.corp, 8080, 403",
            "https://ccp.corp:8080, http, ccp.corp, 8080, 403",
            "http://ccp.corp, https, ccp.corp, 443, 403",
            "http://evil.example:8080, http, ccp.corp, 8080, 403",
            "null, http, ccp.corp, 8080, 403",
            "not a uri, http, ccp.corp, 8080, 403"})
    void aCookieOnlyChangeNeedsTheSameSchemeHostAndPort(String origin, String scheme, String host, int port, int status)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/sessions/x/pause");
        request.setScheme(scheme);
        request.setServerName(host);
        request.setServerPort(port);
        request.addHeader("Origin", origin);
        MockHttpServletResponse response = new MockHttpServletResponse();

        new CrossSiteRequestFilter().doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(status);
    }
}
