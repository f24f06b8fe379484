package com.ccp.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.browser.Browser;
import com.ccp.testing.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Windows SSO end to end, against a real KDC and a real LDAP directory in this JVM: the app runs
 * with its service principal's keytab; clients get tickets from the KDC and send them with SPNEGO.
 * One more Spring context (and embedded database) than the other ITs, on purpose: only here is
 * Kerberos configured, so there are no demo users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.data-dir=target/it-kerberos-data",
        "app.demo-data=false",
        "app.admin-users=frank"
})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KerberosIT {

    private static final String SERVICE = "HTTP@localhost";
    private static TestKdc kdc;
    private static TestDirectory directory;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void realmAndDirectory(DynamicPropertyRegistry registry) throws Exception {
        kdc = TestKdc.start(Path.of("target", "kdc"));
        for (String user : new String[] {"alice", "carol", "dave", "frank", "Gina"}) {
            kdc.addUser(user, password(user));
        }
        kdc.addService("HTTP/elsewhere@" + TestKdc.REALM);
        directory = new TestDirectory();
        registry.add("app.kerberos.principal", () -> TestKdc.SERVICE);
        registry.add("app.kerberos.keytab", () -> kdc.keytab().toAbsolutePath().toString());
        registry.add("app.ldap.url", directory::url);
        registry.add("app.ldap.base-dn", () -> TestDirectory.BASE_DN);
        registry.add("app.ldap.admin-group", () -> TestDirectory.ADMIN_GROUP_DN);
        registry.add("app.ldap.support-group", () -> TestDirectory.SUPPORT_GROUP);
        registry.add("app.ldap.user", () -> TestDirectory.READER_DN);
        registry.add("app.ldap.password", () -> TestDirectory.READER_PASSWORD);
    }

    @AfterAll
    static void stopRealmAndDirectory() {
        directory.close();
        kdc.close();
    }

    @Test
    void aDomainUserIsSignedInByTheirTicket() {
        ApiClient.Response me = negotiating("alice").get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("username").asString()).isEqualTo("alice");
        assertThat(me.body().path("roles").toString()).isEqualTo("[\"USER\"]");
        assertThat(me.body().path("actingAs").isNull()).isTrue();
        assertThat(negotiating("Gina").get("/api/me").body().path("username").asString())
                .as("Gina@EXAMPLE.TEST normalises to gina").isEqualTo("gina");
    }

    @Test
    void rolesComeFromDirectoryGroupsAndTheLists() {
        assertThat(roles(negotiating("carol").get("/api/me").body())).as("support group").isEqualTo("[\"USER\",\"SUPPORT\"]");
        assertThat(roles(negotiating("dave").get("/api/me").body())).as("admin group").isEqualTo("[\"USER\",\"ADMIN\"]");
        assertThat(roles(negotiating("frank").get("/api/me").body())).as("ADMIN_USERS").isEqualTo("[\"USER\",\"ADMIN\"]");
    }

    @Test
    void aMissingOrBadTicketIsRefusedWithTheChallenges() {
        String foreignTicket = TestKdc.negotiate("alice", password("alice"), "HTTP@elsewhere");
        for (String authorization : new String[] {null, foreignTicket, "Negotiate "
                + Base64.getEncoder().encodeToString("not a ticket".getBytes()), "Negotiate %%%"}) {
            ApiClient client = ApiClient.anonymous(port);
            ApiClient.Response refused = (authorization == null ? client : client.with("Authorization", authorization))
                    .get("/api/me");
            String what = authorization == null ? "no ticket" : authorization.substring(0, 13);
            assertThat(refused.status()).as(what).isEqualTo(401);
            assertThat(refused.code()).as(what).isEqualTo("UNAUTHORIZED");
            assertThat(refused.headers().get("WWW-Authenticate")).as(what)
                    .contains("Negotiate", "Basic realm=\"Credit Card Processor\"");
        }
    }

    @Test
    void basicCredentialsAreCheckedByTheKdcAndThereAreNoDemoUsers() {
        ApiClient.Response alice = ApiClient.anonymous(port)
                .with("Authorization", basic("EXAMPLE\\alice", password("alice"))).get("/api/me");
        assertThat(alice.status()).isEqualTo(200);
        assertThat(alice.body().path("username").asString()).isEqualTo("alice");
        assertThat(ApiClient.anonymous(port).with("Cookie", ApiClient.sessionCookie(alice)).get("/api/me").body()
                .path("username").asString()).as("the answer's cookie spares the next call the KDC").isEqualTo("alice");
        assertThat(ApiClient.anonymous(port).with("Authorization", basic("alice", "wrong")).get("/api/me").status())
                .isEqualTo(401);
        assertThat(new ApiClient(port, "support").get("/api/me").status()).as("demo user support").isEqualTo(401);
    }

    @Test
    void aNegotiatingBrowserGetsTheViewsWithoutAPromptAndKeepsTheSignIn() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> anonymous = http.send(page("/").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().allValues("WWW-Authenticate")).containsExactly("Negotiate");
        assertThat(anonymous.body()).as("the login form, for browsers that cannot negotiate").contains("<html");

        HttpResponse<String> negotiated = http.send(page("/").header("Authorization",
                TestKdc.negotiate("alice", password("alice"), SERVICE)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(negotiated.statusCode()).isEqualTo(200);
        String cookie = negotiated.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID=")).map(value -> value.substring(0, value.indexOf(';')))
                .findFirst().orElseThrow();
        HttpResponse<String> again = http.send(page("/").header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the sign-in is kept in the HTTP session").isEqualTo(200);
        assertThat(ApiClient.anonymous(port).with("Cookie", cookie).get("/api/me").body().path("username").asString())
                .isEqualTo("alice");
    }

    @Test
    void supportFromTheDirectoryImpersonatesAUserButNotAnAdmin() {
        ApiClient.Response admin = negotiating("carol").postJson("/api/support/impersonate",
                ApiClient.json("username", "dave"));
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.code()).isEqualTo("FORBIDDEN");
        ApiClient.Response started = negotiating("carol").postJson("/api/support/impersonate",
                ApiClient.json("username", "alice"));
        assertThat(started.status()).isEqualTo(200);
        JsonNode me = negotiating("carol").with("Cookie", ApiClient.sessionCookie(started)).get("/api/me").body();
        assertThat(me.path("username").asString()).isEqualTo("carol");
        assertThat(me.path("actingAs").asString()).isEqualTo("alice");
    }

    @Test
    void aBrowserThatCannotNegotiateSignsInWithTheFormAgainstTheKdc() {
        try (Browser browser = new Browser(port)) {
            browser.open("/");
            browser.waitUntil(d -> !browser.all("vaadin-login-form").isEmpty());
            assertThat(browser.byId("windows-hint").getText()).contains("Windows user name and password");
            browser.screenshot("kerberos-login-fallback");
            browser.submitLogin("alice", "wrong");
            browser.waitUntil(d -> d.getCurrentUrl().contains("error"));
            browser.signIn("alice", password("alice"));
            assertThat(browser.byId("user-name").getText()).isEqualTo("alice");
        }
    }

    private ApiClient negotiating(String user) {
        return ApiClient.anonymous(port).with("Authorization", TestKdc.negotiate(user, password(user), SERVICE));
    }

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html");
    }

    private static String roles(JsonNode me) {
        return me.path("roles").toString();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static String password(String user) {
        return user.toLowerCase() + "-kdc-secret";
    }
}
