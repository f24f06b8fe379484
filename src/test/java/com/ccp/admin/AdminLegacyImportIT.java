package com.ccp.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The old tool's activity.json imported over real HTTP as one COMPLETED session, all or nothing. */
@IntegrationTest
class AdminLegacyImportIT {

    private static final String IMPORT = "/api/admin/legacy-import";

    /**
     * Two cardholders named SMITH, JOHN (the second keyed with its ID) and a receipt-only employee.
     * Amounts are summed as exact decimals (12345678.81 and 0.1 are not exact as doubles).
     */
    private static final String ACTIVITY = """
            {
              "SMITH, JOHN": {
                "employee_id": "010234", "card_no": "4821",
                "car_total": 1255.67, "rec_total": 1279.66,
                "car_page_range": [3, 4], "rec_page_range": [7, 9],
                "flags": {"missing_coding_info": true, "missing_receipt": false, "total_mismatch": true},
                "receipts": {
                  "0": [{"rec_id": "R-1", "date": "03/02/2025", "amt": 1234.56, "title": "Lumber", "purpose": "Framing",
                         "merch_name": "Home Depot", "merch_addy": "1200 Main St", "job": "23-104", "phase": "0300",
                         "cost_type": "M", "gl_acct": null, "gl_desc": null, "attachment": true, "coded": true}],
                  "1": [{"rec_id": "R-2", "date": "03/09/2025", "amt": 21.11, "title": null, "purpose": null,
                         "merch_name": "Amazon", "merch_addy": null, "job": null, "phase": null, "cost_type": null,
                         "gl_acct": null, "gl_desc": null, "attachment": false, "coded": false}]
                }
              },
              "SMITH, JOHN (020001)": {
                "employee_id": "020001", "card_no": "1111",
                "car_total": 12345678.91, "rec_total": 12345678.91,
                "car_page_range": [5, 5], "rec_page_range": null,
                "flags": {"missing_coding_info": false, "missing_receipt": false, "total_mismatch": false},
                "receipts": {"0": [{"rec_id": "R-3", "date": "03/15/2025", "amt": 12345678.81, "merch_name": "Shell",
                                     "gl_acct": "6420", "gl_desc": "Fuel", "coded": true},
                                    {"rec_id": "R-4", "date": "03/16/2025", "amt": 0.1, "merch_name": "Shell",
                                     "gl_acct": "6420", "gl_desc": "Fuel", "coded": true}]}
              },
              "DOE, JANE": {
                "employee_id": "030303", "card_no": null,
                "car_total": 0, "rec_total": 45.10,
                "car_page_range": null, "rec_page_range": [10, 10],
                "flags": {"missing_coding_info": false, "missing_receipt": false, "total_mismatch": true},
                "receipts": {"0": [{"rec_id": "R-5", "date": "03/05/2025", "amt": 45.10, "merch_name": "Shell",
                                     "coded": false}]}
              }
            }
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void importsOneCompletedSessionOwnedByTheAdminWithIssuesFromTheFlags() throws Exception {
        ApiClient admin = new ApiClient(port, "admin");
        String name = "Legacy " + UUID.randomUUID();
        ApiClient.Response imported = importFile(admin, name, "2025-03", ACTIVITY);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        JsonNode report = imported.body();
        assertThat(report.path("employees").asInt()).isEqualTo(3);
        assertThat(report.path("transactions").asInt()).isEqualTo(5);
        assertThat(report.path("issues").asInt()).isEqualTo(3);
        assertThat(report.path("carTotal").asString()).isEqualTo("12346934.58");
        assertThat(report.path("receiptTotal").asString()).isEqualTo("12347003.67");
        String id = report.path("sessionId").asString();

        JsonNode session = admin.get("/api/sessions/" + id).body();
        assertThat(session.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(session.path("owner").asString()).isEqualTo("admin");
        assertThat(session.path("name").asString()).isEqualTo(name);
        assertThat(session.path("period").asString()).isEqualTo("2025-03");
        assertThat(session.path("totals").path("openIssues").asInt()).isEqualTo(3);

        Map<String, JsonNode> employees = new java.util.HashMap<>();
        admin.get("/api/sessions/" + id + "/employees").body()
                .forEach(e -> employees.put(e.path("employeeId").asString(), e));
        assertThat(employees).containsOnlyKeys("010234", "020001", "030303");
        assertThat(employees.get("020001").path("name").asString()).as("the (ID) of a duplicate name is not the name")
                .isEqualTo("SMITH, JOHN");
        assertThat(employees.get("020001").path("carTotal").asString()).isEqualTo("12345678.91");
        assertThat(employees.get("020001").path("status").asString()).isEqualTo("READY");
        assertThat(employees.get("010234").path("cardLast4").asString()).isEqualTo("4821");
        assertThat(employees.get("010234").path("carPages").toString()).isEqualTo("[3,4]");
        assertThat(strings(employees.get("010234").path("flags"))).containsExactly("MISSING_CODING", "TOTAL_MISMATCH");
        JsonNode doe = employees.get("030303");
        assertThat(doe.path("name").asString()).isEqualTo("DOE, JANE");
        assertThat(doe.path("carTotal").asString()).isEqualTo("0.00");
        assertThat(doe.path("receiptTotal").asString()).isEqualTo("45.10");
        assertThat(doe.path("carPages").isNull()).isTrue();
        assertThat(doe.path("cardLast4").isNull()).isTrue();

        JsonNode smith = admin.get("/api/sessions/" + id + "/employees/010234").body();
        JsonNode mismatch = issue(smith, "TOTAL_MISMATCH");
        assertThat(mismatch.path("amountImpact").asString()).isEqualTo("-23.99");
        assertThat(mismatch.path("detail").asString()).contains("$1,255.67").contains("$1,279.66");
        assertThat(smith.path("transactions")).hasSize(2);
        JsonNode lumber = smith.path("transactions").get(0);
        assertThat(lumber.path("reference").asString()).isEqualTo("R-1");
        assertThat(lumber.path("amount").asString()).isEqualTo("1234.56");
        assertThat(lumber.path("transDate").asString()).isEqualTo("2025-03-02");
        assertThat(lumber.toString()).contains("23-104").contains("0300");
        JsonNode other = admin.get("/api/sessions/" + id + "/employees/020001").body();
        assertThat(amounts(other.path("transactions"))).containsExactly("12345678.81", "0.10");
        assertThat(issue(admin.get("/api/sessions/" + id + "/employees/030303").body(), "TOTAL_MISMATCH")
                .path("amountImpact").asString()).isEqualTo("-45.10");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM activity_log WHERE action = 'LEGACY_IMPORT' AND session_id = ? "
                + "AND actor = 'admin' AND outcome = 'OK'").param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aBadDateOrAmountIsReportedPerRecordAndNothingIsStored() throws Exception {
        ApiClient admin = new ApiClient(port, "admin");
        String name = "Legacy bad " + UUID.randomUUID();
        String bad = ACTIVITY.replace("\"03/09/2025\"", "\"02/30/2025\"").replace("\"amt\": 45.10", "\"amt\": \"4x.10\"");
        ApiClient.Response refused = importFile(admin, name, "2025-03", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("BAD_INPUT");
        assertThat(refused.body().path("message").asString()).contains("nothing was imported").contains("R-2");
        JsonNode problems = refused.body().path("details").path("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).path("employee").asString()).isEqualTo("SMITH, JOHN");
        assertThat(problems.get(0).path("record").asString()).isEqualTo("R-2");
        assertThat(problems.get(0).path("field").asString()).isEqualTo("date");
        assertThat(problems.get(0).path("value").asString()).isEqualTo("02/30/2025");
        assertThat(problems.get(1).path("record").asString()).isEqualTo("R-5");
        assertThat(problems.get(1).path("field").asString()).isEqualTo("amt");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_session WHERE name = ?").param(name)
                .query(Integer.class).single()).as("all or nothing").isZero();

        assertThat(importFile(admin, name, "2025-03", "{\"SMITH, JOHN\": ").status()).isEqualTo(400);
        assertThat(importFile(admin, name, "March", ACTIVITY).body().path("details").path("field").asString())
                .isEqualTo("period");
        assertThat(importFile(admin, " ", "2025-03", ACTIVITY).body().path("details").path("field").asString())
                .isEqualTo("name");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_session WHERE name = ?").param(name)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void onlyAnAdminImports() throws Exception {
        ApiClient.Response refused = importFile(new ApiClient(port, "bob"), "Legacy by bob", "2025-03", ACTIVITY);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("FORBIDDEN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM processing_session WHERE name = 'Legacy by bob'")
                .query(Integer.class).single()).isZero();
    }

    private static ApiClient.Response importFile(ApiClient client, String name, String period, String json)
            throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "legacy-import-it"));
        Path file = Files.writeString(dir.resolve(UUID.randomUUID() + ".json"), json);
        try {
            return client.postMultipart(IMPORT, Map.of("name", name, "period", period), Map.of("file", file));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static JsonNode issue(JsonNode employee, String flag) {
        for (JsonNode issue : employee.path("issues")) {
            if (issue.path("flag").asString().equals(flag)) {
                return issue;
            }
        }
        throw new AssertionError("no " + flag + " issue in " + employee);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> amounts(JsonNode transactions) {
        List<String> values = new ArrayList<>();
        transactions.forEach(t -> values.add(t.path("amount").asString()));
        return values;
    }
}
