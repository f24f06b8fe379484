package com.ccp.admin;

import com.ccp.audit.ActivityQuery;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The activity log searched by user, action, session and time, as JSON pages and as CSV. */
@IntegrationTest
class AdminActivityIT {

    private static final String HEADER = "id,at,actor,acting_as,action,session_id,outcome,details,client_address";

    @LocalServerPort
    int port;

    @Test
    void filtersFindExactlyTheMatchingEntriesAndCsvHoldsThem() throws Exception {
        ApiClient admin = new ApiClient(port, "admin");
        ApiClient bob = new ApiClient(port, "bob");
        String id = bob.completedSession("Activity", Samples.small().car(), Samples.small().receipts());
        assertThat(bob.postJson("/api/sessions/" + id + "/close", ApiClient.json("reason", "done", "confirm", "CLOSE"))
                .status()).isEqualTo(200);

        JsonNode all = admin.get("/api/admin/activity?session=" + id).body();
        assertThat(all.path("total").asInt()).isEqualTo(2);
        assertThat(actions(all)).containsExactly("CLOSE", "CREATE_SESSION");
        JsonNode created = admin.get("/api/admin/activity?user=bob&action=create_session&session=" + id).body();
        assertThat(created.path("total").asInt()).isEqualTo(1);
        JsonNode entry = created.path("items").get(0);
        assertThat(entry.path("actor").asString()).isEqualTo("bob");
        assertThat(entry.path("sessionId").asString()).isEqualTo(id);
        assertThat(entry.path("outcome").asString()).isEqualTo("OK");
        assertThat(java.time.Instant.parse(entry.path("at").asString())).as("an ISO-8601 instant").isNotNull();
        assertThat(admin.get("/api/admin/activity?user=alice&session=" + id).body().path("total").asInt()).isZero();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertThat(admin.get("/api/admin/activity?session=" + id + "&from=" + tomorrow).body().path("total").asInt())
                .isZero();
        assertThat(admin.get("/api/admin/activity?session=" + id + "&from=" + yesterday + "&to=" + tomorrow).body()
                .path("total").asInt()).isEqualTo(2);
        JsonNode paged = admin.get("/api/admin/activity?session=" + id + "&page=1&size=1").body();
        assertThat(paged.path("items")).hasSize(1);
        assertThat(paged.path("items").get(0).path("action").asString()).isEqualTo("CREATE_SESSION");
        assertThat(admin.get("/api/admin/activity?from=yesterday").status()).isEqualTo(400);
        assertThat(admin.get("/api/admin/activity?size=0").status()).isEqualTo(400);

        ApiClient.Download csv = admin.with("Accept", "text/csv").download("/api/admin/activity?session=" + id);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.headers().getContentDisposition().getFilename()).isEqualTo("activity.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst()).contains(HEADER);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows).extracting(r -> r.get("action")).containsExactly("CLOSE", "CREATE_SESSION");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("session_id")).isEqualTo(id);
            assertThat(r.get("actor")).isEqualTo("bob");
        });
        assertThat(rows.get(0).get("details")).contains("done");
    }

    @org.springframework.beans.factory.annotation.Autowired
    ActivityService activity;

    @Test
    void anAdminReadsActionsInWordsSessionNamesAndTheEmployeeAnIssueConcerns() throws Exception {
        ApiClient bob = new ApiClient(port, "bob");
        String id = bob.completedSession("Activity in words", Samples.small().car(), Samples.small().receipts());
        JsonNode employee = bob.get("/api/sessions/" + id + "/employees?status=EXCEPTION").body().get(0);
        String employeeId = employee.path("employeeId").asString();
        JsonNode issue = bob.get("/api/sessions/" + id + "/employees/" + employeeId).body().path("issues").get(0);
        assertThat(bob.postJson("/api/sessions/" + id + "/issues/" + issue.path("id").asString() + "/resolve",
                ApiClient.json("reason", "CORRECTED_IN_PVAULT", "note", "fixed by hand")).status()).isEqualTo(200);

        com.ccp.security.Actor admin = com.ccp.security.Actor.of("admin", com.ccp.security.Role.USER,
                com.ccp.security.Role.ADMIN);
        List<ActivityLine> lines = activity.lines(admin, new ActivityQuery(null, null, id, null, null), 0, 10);
        assertThat(lines).extracting(ActivityLine::action).containsExactly("Issue resolved", "Session created");
        assertThat(lines).allSatisfy(line -> assertThat(line.sessionName()).isEqualTo("Activity in words"));
        assertThat(lines.getFirst().employee()).isEqualTo(employeeId + " " + employee.path("name").asString());
        assertThat(lines.getLast().employee()).isNull();
    }

    @Test
    void onlyAdminsReadTheActivityLog() {
        ApiClient bob = new ApiClient(port, "bob");
        ApiClient.Response json = bob.get("/api/admin/activity");
        assertThat(json.status()).isEqualTo(403);
        assertThat(json.code()).isEqualTo("FORBIDDEN");
        assertThat(bob.with("Accept", "text/csv").download("/api/admin/activity").status()).isEqualTo(403);
        ApiClient.Response stats = bob.get("/api/admin/stats");
        assertThat(stats.status()).isEqualTo(403);
        assertThat(stats.code()).isEqualTo("FORBIDDEN");
        assertThat(ApiClient.anonymous(port).get("/api/admin/stats").status()).isEqualTo(401);
    }

    @Test
    void statsCountSessionsByStatusEmployeesAndStorage() throws Exception {
        ApiClient admin = new ApiClient(port, "admin");
        JsonNode before = admin.get("/api/admin/stats").body();
        new ApiClient(port, "bob").completedSession("Stats", Samples.small().car(), Samples.small().receipts());
        ApiClient.Response response = admin.get("/api/admin/stats");
        assertThat(response.status()).isEqualTo(200);
        JsonNode after = response.body();
        assertThat(after.path("sessionsByStatus").path("COMPLETED").asInt())
                .isEqualTo(before.path("sessionsByStatus").path("COMPLETED").asInt() + 1);
        assertThat(after.path("sessionsByStatus").path("CLOSED").isNumber()).as("every status is listed").isTrue();
        assertThat(after.path("employees").asInt()).isEqualTo(before.path("employees").asInt()
                + Samples.small().expected().employees().size());
        assertThat(after.path("openIssues").asInt()).isGreaterThan(before.path("openIssues").asInt());
        assertThat(after.path("exports").isNumber()).isTrue();
        assertThat(after.path("uploadBytes").asLong()).isPositive();
        assertThat(after.path("exportBytes").isNumber()).isTrue();
        assertThat(after.path("databaseBytes").asLong()).isPositive();
        assertThat(after.path("jobs").path("running").isNumber()).isTrue();
        assertThat(after.path("jobs").path("failed").isNumber()).isTrue();
        assertThat(after.path("months")).hasSize(AdminStatsService.MONTHS);
        assertThat(after.path("months").get(AdminStatsService.MONTHS - 1).path("sessions").asInt()).isPositive();
        assertThat(after.path("health").path("status").asString()).isEqualTo("UP");
    }

    private static List<String> actions(JsonNode page) {
        List<String> actions = new java.util.ArrayList<>();
        page.path("items").forEach(item -> actions.add(item.path("action").asString()));
        return actions;
    }
}
