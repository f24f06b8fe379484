package com.ccp.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * api.md "Support" over real HTTP: support views as alice through the session cookie, sees her
 * data, changes nothing; nobody else may impersonate, nobody may impersonate an admin or
 * themselves; start, end and refusals land in the activity log with both names.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImpersonationIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    String aliceSession;
    String aliceEmployee;
    String aliceIssue;

    @BeforeAll
    void aliceHasASessionWithAnOpenIssue() throws InterruptedException {
        ApiClient alice = new ApiClient(port, "alice");
        aliceSession = alice.createSession("Alice, seen by support", Samples.small().car(), Samples.small().receipts())
                .body().path("id").asString();
        alice.awaitProcessed(aliceSession, Duration.ofSeconds(60));
        aliceEmployee = alice.get("/api/sessions/" + aliceSession + "/employees?status=EXCEPTION").body()
                .get(0).path("employeeId").asString();
        aliceIssue = alice.get("/api/sessions/" + aliceSession + "/employees/" + aliceEmployee).body()
                .path("issues").get(0).path("id").asString();
    }

    @Test
    void supportSeesWhatAliceSeesAndChangesNothing() {
        ApiClient support = new ApiClient(port, "support");
        ApiClient.Response started = support.postJson("/api/support/impersonate", ApiClient.json("username", "alice"));
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.body().path("username").asString()).isEqualTo("support");
        assertThat(started.body().path("actingAs").asString()).isEqualTo("alice");
        assertThat(started.body().path("roles").toString()).isEqualTo("[\"USER\"]");
        ApiClient asAlice = support.with("Cookie", ApiClient.sessionCookie(started));

        JsonNode me = asAlice.get("/api/me").body();
        assertThat(me.path("username").asString()).isEqualTo("support");
        assertThat(me.path("actingAs").asString()).isEqualTo("alice");
        assertThat(owners(asAlice.get("/api/sessions?size=500").body())).containsOnly("alice").isNotEmpty();
        assertThat(asAlice.get("/api/sessions/" + aliceSession).status()).isEqualTo(200);

        ApiClient.Response resolve = asAlice.postJson("/api/sessions/" + aliceSession + "/issues/" + aliceIssue
                + "/resolve", ApiClient.json("reason", "OTHER", "note", "support tries"));
        assertThat(resolve.status()).isEqualTo(403);
        assertThat(resolve.code()).isEqualTo("READ_ONLY");
        ApiClient.Response create = asAlice.createSession("Not allowed", Samples.small().car(),
                Samples.small().receipts());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.code()).isEqualTo("READ_ONLY");
        JsonNode issue = new ApiClient(port, "alice").get("/api/sessions/" + aliceSession + "/employees/"
                + aliceEmployee).body().path("issues").get(0);
        assertThat(issue.path("id").asString()).isEqualTo(aliceIssue);
        assertThat(issue.path("resolved").asBoolean()).isFalse();

        ApiClient.Response exited = asAlice.post("/api/support/impersonate/exit");
        assertThat(exited.status()).isEqualTo(200);
        assertThat(exited.body().path("actingAs").isNull()).isTrue();
        assertThat(asAlice.get("/api/me").body().path("actingAs").isNull()).isTrue();
        assertThat(owners(asAlice.get("/api/sessions?size=500").body())).doesNotContain("alice");

        List<Map<String, Object>> log = jdbc.sql("""
                SELECT actor, acting_as, action, outcome, session_id FROM activity_log
                WHERE actor = 'support' AND acting_as = 'alice' ORDER BY id""").query().listOfRows();
        assertThat(log).extracting(row -> row.get("action") + " " + row.get("outcome"))
                .contains("IMPERSONATE_START OK", "RESOLVE_ISSUE REFUSED", "CREATE_SESSION REFUSED",
                        "IMPERSONATE_END OK");
    }

    @Test
    void theImpersonationCountsOnlyForTheSupportUserWhoStartedIt() {
        ApiClient.Response started = new ApiClient(port, "support").postJson("/api/support/impersonate",
                ApiClient.json("username", "alice"));
        String cookie = ApiClient.sessionCookie(started);
        JsonNode cookieAlone = ApiClient.anonymous(port).with("Cookie", cookie).get("/api/me").body();
        assertThat(cookieAlone.path("username").asString()).as("the cookie keeps support's sign-in").isEqualTo("support");
        assertThat(cookieAlone.path("actingAs").asString()).isEqualTo("alice");
        ApiClient.Response crossSite = ApiClient.anonymous(port).with("Cookie", cookie).with("Origin", "http://evil.example")
                .post("/api/support/impersonate/exit");
        assertThat(crossSite.status()).as("a cookie-only change from another site").isEqualTo(403);
        JsonNode bob = new ApiClient(port, "bob").with("Cookie", cookie).get("/api/me").body();
        assertThat(bob.path("username").asString()).isEqualTo("bob");
        assertThat(bob.path("actingAs").isNull()).as("bob authenticating with support's cookie is just bob").isTrue();
    }

    @Test
    void supportCannotImpersonateAnAdminOrThemselves() {
        ApiClient support = new ApiClient(port, "support");
        for (String target : new String[] {"admin", "ADMIN", "CORP\\admin", "support", "support@CORP.EXAMPLE.COM"}) {
            ApiClient.Response refused = support.postJson("/api/support/impersonate", ApiClient.json("username", target));
            assertThat(refused.status()).as(target).isEqualTo(403);
            assertThat(refused.code()).as(target).isEqualTo("FORBIDDEN");
        }
        assertThat(support.get("/api/me").body().path("actingAs").isNull()).isTrue();
        assertThat(jdbc.sql("""
                SELECT COUNT(*) FROM activity_log
                WHERE actor = 'support' AND action = 'IMPERSONATE_START' AND outcome = 'REFUSED'""")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void onlySupportMayImpersonate() {
        for (String user : new String[] {"alice", "admin"}) {
            ApiClient.Response refused = new ApiClient(port, user).postJson("/api/support/impersonate",
                    ApiClient.json("username", "bob"));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.code()).as(user).isEqualTo("FORBIDDEN");
        }
    }

    @Test
    void startingAnotherImpersonationMeansExitingFirst() {
        ApiClient support = new ApiClient(port, "support");
        ApiClient.Response started = support.postJson("/api/support/impersonate", ApiClient.json("username", "alice"));
        ApiClient asAlice = support.with("Cookie", ApiClient.sessionCookie(started));
        ApiClient.Response again = asAlice.postJson("/api/support/impersonate", ApiClient.json("username", "bob"));
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.code()).isEqualTo("READ_ONLY");
        assertThat(asAlice.post("/api/support/impersonate/exit").status()).isEqualTo(200);
    }

    private static List<String> owners(JsonNode page) {
        return page.path("items").valueStream().map(item -> item.path("owner").asString()).toList();
    }
}
