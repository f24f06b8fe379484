package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A session imported from the old tool has no report files: its export preview says the old tool
 * sent its employees and counts add up, an export is refused with a clear 409 (never a 500), and
 * the open exceptions still download.
 */
@IntegrationTest
class LegacyExportIT {

    /** One ready employee and one with a total mismatch. */
    private static final String ACTIVITY = """
            {
              "SMITH, JOHN": {
                "employee_id": "010234", "card_no": "4821", "car_total": 45.10, "rec_total": 45.10,
                "car_page_range": [3, 3], "rec_page_range": [7, 7],
                "flags": {"missing_coding_info": false, "missing_receipt": false, "total_mismatch": false},
                "receipts": {"0": [{"rec_id": "R-1", "date": "03/02/2025", "amt": 45.10, "merch_name": "Shell",
                                    "gl_acct": "6420", "gl_desc": "Fuel", "attachment": true, "coded": true}]}
              },
              "DOE, JANE": {
                "employee_id": "030303", "card_no": "1111", "car_total": 99.00, "rec_total": 0,
                "car_page_range": [4, 4], "rec_page_range": null,
                "flags": {"missing_coding_info": false, "missing_receipt": false, "total_mismatch": true},
                "receipts": {"0": [{"rec_id": "R-2", "date": "03/05/2025", "amt": 99.00, "merch_name": "Shell",
                                    "gl_acct": "6420", "gl_desc": "Fuel", "coded": true}]}
              }
            }
            """;

    @LocalServerPort
    int port;

    @Test
    void importedSessionIsNeverExportedAndSaysTheOldToolSentItsEmployees() throws Exception {
        ApiClient admin = new ApiClient(port, "admin");
        Path file = Files.writeString(Files.createDirectories(Path.of("target", "legacy-export-it"))
                .resolve(UUID.randomUUID() + ".json"), ACTIVITY);
        ApiClient.Response imported = admin.postMultipart("/api/admin/legacy-import",
                Map.of("name", "Legacy " + UUID.randomUUID(), "period", "2025-03"), Map.of("file", file));
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        String id = imported.body().path("sessionId").asString();

        for (String mode : new String[] {"DELTA", "ALL"}) {
            ApiClient.Response preview = admin.get("/api/sessions/" + id + "/export-preview?mode=" + mode);
            assertThat(preview.status()).isEqualTo(200);
            JsonNode counts = preview.body();
            assertThat(counts.path("sentByOldTool").asBoolean()).isTrue();
            assertThat(counts.path("willExport").asInt()).isZero();
            assertThat(counts.path("newEmployees").asInt()).isZero();
            assertThat(counts.path("changedEmployees").asInt()).isZero();
            assertThat(counts.path("alreadyExported").asInt()).isEqualTo(1);
            assertThat(counts.path("notReady").asInt()).isEqualTo(1);
            assertThat(counts.path("alreadyExported").asInt() + counts.path("notReady").asInt()
                    + counts.path("noDocuments").asInt()).isEqualTo(2);

            ApiClient.Response export = admin.postJson("/api/sessions/" + id + "/exports", ApiClient.json("mode", mode));
            assertThat(export.status()).as(export.body().toString()).isEqualTo(409);
            assertThat(export.code()).isEqualTo("CONFLICT");
            assertThat(export.body().path("message").asString()).contains("old tool", "already sent");
            assertThat(export.body().path("details").path("reason").asString()).isEqualTo("SENT_BY_OLD_TOOL");
            assertThat(export.body().path("details").path("willExport").asInt()).isZero();
        }
        assertThat(admin.get("/api/sessions/" + id + "/exports").body().size()).isZero();

        ApiClient.Download csv = admin.download("/api/sessions/" + id + "/exceptions.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(PvaultZip.csv(csv.body())).extracting(r -> r.get("employee_id") + "|" + r.get("flag"))
                .containsExactly("030303|TOTAL_MISMATCH");
    }
}
