package com.ccp.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Who sees what: another user's session is "not found"; an admin sees all; the API never redirects. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionAccessIT {

    @LocalServerPort
    int port;
    String aliceSession;

    @BeforeAll
    void aliceCreatesASession() throws InterruptedException {
        ApiClient alice = new ApiClient(port, "alice");
        ApiClient.Response created = alice.createSession("Alice's month", Samples.small().car(), Samples.small().receipts());
        aliceSession = created.body().path("id").asString();
        alice.awaitProcessed(aliceSession, Duration.ofSeconds(60));
    }

    @Test
    void bobCannotSeeOrOpenAlicesSession() {
        ApiClient bob = new ApiClient(port, "bob");
        JsonNode list = bob.get("/api/sessions?size=500").body();
        list.path("items").forEach(item -> assertThat(item.path("owner").asString()).isEqualTo("bob"));
        for (String path : new String[] {"", "/employees", "/employees/004355", "/pages/car/1/1"}) {
            ApiClient.Response response = bob.get("/api/sessions/" + aliceSession + path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.code()).as(path).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void bobCannotResolveAnIssueOfAlicesSession() {
        ApiClient alice = new ApiClient(port, "alice");
        JsonNode employees = alice.get("/api/sessions/" + aliceSession + "/employees?status=EXCEPTION").body();
        String employeeId = employees.get(0).path("employeeId").asString();
        String issueId = alice.get("/api/sessions/" + aliceSession + "/employees/" + employeeId).body()
                .path("issues").get(0).path("id").asString();
        ApiClient.Response response = new ApiClient(port, "bob").postJson(
                "/api/sessions/" + aliceSession + "/issues/" + issueId + "/resolve",
                ApiClient.json("reason", "OTHER", "note", "not mine"));
        assertThat(response.status()).isEqualTo(404);
    }

    @Test
    void aliceResolvesAnIssueAndTheEmployeeBecomesReadyWhenNoneIsLeft() {
        ApiClient alice = new ApiClient(port, "alice");
        JsonNode employees = alice.get("/api/sessions/" + aliceSession + "/employees?status=EXCEPTION").body();
        JsonNode target = null;
        for (JsonNode employee : employees) {
            if (employee.path("flags").size() == 1) {
                target = employee;
                break;
            }
        }
        assertThat(target).as("an employee with a single kind of issue").isNotNull();
        String employeeId = target.path("employeeId").asString();
        JsonNode detail = alice.get("/api/sessions/" + aliceSession + "/employees/" + employeeId).body();
        for (JsonNode issue : detail.path("issues")) {
            ApiClient.Response resolved = alice.postJson("/api/sessions/" + aliceSession + "/issues/"
                    + issue.path("id").asString() + "/resolve", ApiClient.json("reason", "CORRECTED_IN_PVAULT",
                    "note", "fixed by hand"));
            assertThat(resolved.status()).isEqualTo(200);
            assertThat(resolved.body().path("resolvedBy").asString()).isEqualTo("alice");
            assertThat(resolved.body().path("resolved").asBoolean()).isTrue();
        }
        JsonNode after = alice.get("/api/sessions/" + aliceSession + "/employees/" + employeeId).body();
        assertThat(after.path("status").asString()).isEqualTo("READY");
        assertThat(after.path("flags").size()).as("flags stay, resolved or not").isEqualTo(1);
        ApiClient.Response again = alice.postJson("/api/sessions/" + aliceSession + "/issues/"
                + detail.path("issues").get(0).path("id").asString() + "/resolve", ApiClient.json("reason", "OTHER"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void adminSeesEverySession() {
        ApiClient admin = new ApiClient(port, "admin");
        assertThat(admin.get("/api/sessions/" + aliceSession).status()).isEqualTo(200);
        JsonNode mine = admin.get("/api/sessions?owner=alice&size=500").body();
        assertThat(mine.path("total").asInt()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void answersUnauthenticatedApiCallsWith401JsonNeverARedirect() {
        ApiClient.Response response = ApiClient.anonymous(port).get("/api/sessions");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.headers().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.code()).isEqualTo("UNAUTHORIZED");
    }

    @Test
    void meNamesTheSignedInUserAndRoles() {
        JsonNode me = new ApiClient(port, "admin").get("/api/me").body();
        assertThat(me.path("username").asString()).isEqualTo("admin");
        assertThat(me.path("roles").toString()).contains("ADMIN", "USER");
        assertThat(me.path("actingAs").isNull()).isTrue();
    }
}
