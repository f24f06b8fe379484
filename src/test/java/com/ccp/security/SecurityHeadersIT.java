package com.ccp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import jakarta.servlet.ServletContext;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** The usual security headers on pages and API answers, the 401 of the API, and the idle timeout. */
@IntegrationTest
class SecurityHeadersIT {

    @LocalServerPort
    int port;
    @Autowired
    ServletContext servletContext;
    @Autowired
    Environment environment;

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        HttpHeaders headers = get("/login").headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'"));
        assertThat(headers.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }

    @Test
    void apiAnswersCarryTheStrictestPolicyAndRefuseStrangersWithJson() {
        ApiClient.Response anonymous = ApiClient.anonymous(port).get("/api/me");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("UNAUTHORIZED");
        assertThat(anonymous.headers().get("WWW-Authenticate")).containsExactly("Basic realm=\"Credit Card Processor\"");
        ApiClient.Response me = new ApiClient(port, "alice").get("/api/me");
        assertThat(me.headers().getFirst("Content-Security-Policy")).isEqualTo("default-src 'none'; frame-ancestors 'none'");
        assertThat(me.headers().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aSignInExpiresAfterTheConfiguredIdleTime() {
        assertThat(servletContext.getSessionTimeout()).as("minutes, SESSION_TIMEOUT_MINUTES by default").isEqualTo(480);
        assertThat(environment.getProperty("vaadin.close-idle-sessions"))
                .as("an open tab's heartbeat does not keep the sign-in alive").isEqualTo("true");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
