package com.ccp.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.Expected;
import com.ccp.sample.LateReceiptSet;
import com.ccp.sample.Layout;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.sample.SampleWording;
import com.ccp.testing.ApiClient;
import com.ccp.testing.ExpectedEmployees;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Report profiles through the API (api.md "Report profiles"): a profile an admin stores reads a
 * report in its wording to the generator's truth, late receipts too, and deleting it afterwards
 * changes nothing of the session; every bad document is refused whole with its problems listed.
 */
@IntegrationTest
class ReportProfilesIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeProfiles() {
        jdbc.sql("DELETE FROM report_profile").update();
    }

    static Stream<Arguments> wordings() {
        return Stream.of(Arguments.of(SampleWording.HARBOR, Layout.STANDARD),
                Arguments.of(SampleWording.MERIDIAN, Layout.ALT));
    }

    @ParameterizedTest
    @MethodSource("wordings")
    void aStoredProfileReadsItsWordingExactlyAndDeletingItChangesNoSession(SampleWording wording, Layout layout)
            throws Exception {
        SampleSpec spec = SampleSpec.of(41, 18, layout).in(wording);
        SampleSet set = Samples.of(spec);
        LateReceiptSet late = Samples.late(spec);
        ApiClient admin = new ApiClient(port, "admin");
        ApiClient alice = new ApiClient(port, "alice");
        String carId = id(wording.carProfile());
        String receiptsId = id(wording.receiptProfile());

        ApiClient.Response stored = admin.putJson("/api/admin/profiles/" + carId, wording.carProfile());
        assertThat(stored.status()).as(stored.body().toString()).isEqualTo(200);
        assertThat(stored.body().path("id").asString()).isEqualTo(carId);
        assertThat(admin.putJson("/api/admin/profiles/" + receiptsId, wording.receiptProfile()).status())
                .isEqualTo(200);
        JsonNode list = alice.get("/api/profiles").body();
        assertThat(ids(list)).containsExactly("car-standard", "receipts-standard", carId, receiptsId);
        assertThat(list.get(0).path("builtIn").asBoolean()).isTrue();
        assertThat(list.get(2).path("builtIn").asBoolean()).isFalse();
        assertThat(list.get(2).path("updatedBy").asString()).isEqualTo("admin");
        assertThat(alice.get("/api/profiles/" + carId).body().path("lines").path("transaction").asString())
                .isEqualTo(JSON.readTree(wording.carProfile()).path("lines").path("transaction").asString());

        String id = alice.completedSession(wording + " month", set.car(), set.receipts());
        JsonNode session = alice.get("/api/sessions/" + id).body();
        assertThat(session.path("profiles").path("car").asString()).isEqualTo(carId);
        assertThat(session.path("profiles").path("receipts").get(0).path("id").asString()).isEqualTo(receiptsId);
        assertThat(session.path("period").asString()).isEqualTo(set.expected().period());
        ExpectedEmployees.assertRows(employees(alice, id), set.expected());

        ApiClient.Response upload = alice.uploadReceipts(id, late.receipts(), false);
        assertThat(upload.status()).as(upload.body().toString()).isEqualTo(202);
        alice.awaitStatus(id, WAIT, "COMPARING_RECEIPTS");
        Map<String, JsonNode> changes = ExpectedEmployees.byEmployee(alice.get("/api/sessions/" + id + "/comparison").body()
                .path("changes"));
        assertThat(changes).hasSize(late.changes().size());
        for (LateReceiptSet.Change expected : late.changes()) {
            JsonNode change = changes.get(expected.employeeId());
            assertThat(change.path("type").asString()).as(expected.employeeId()).isEqualTo(expected.category().name());
            assertThat(new BigDecimal(change.path("newReceiptTotal").asString())).as(expected.employeeId())
                    .isEqualByComparingTo(expected.newReceiptTotal());
        }
        assertThat(alice.postJson("/api/sessions/" + id + "/comparison/apply", Map.of("accept", "ALL")).status())
                .isEqualTo(200);
        ExpectedEmployees.assertMergedMonth(employees(alice, id), late.expected());
        JsonNode before = employees(alice, id);

        assertThat(admin.delete("/api/admin/profiles/" + carId).body().path("id").asString()).isEqualTo(carId);
        assertThat(admin.delete("/api/admin/profiles/" + receiptsId).status()).isEqualTo(200);
        assertThat(employees(alice, id)).as("the session is unchanged").isEqualTo(before);
        assertThat(alice.get("/api/sessions/" + id).body().path("profiles").path("car").asString()).isEqualTo(carId);
        assertThat(alice.get("/api/profiles/" + carId).status()).isEqualTo(404);

        ApiClient.Response unknownNow = alice.uploadReceipts(id, late.receipts(), false);
        assertThat(unknownNow.status()).isEqualTo(400);
        assertThat(unknownNow.code()).isEqualTo("WRONG_REPORT_KIND");
        assertThat(unknownNow.body().path("message").asString()).contains("EMPLOYEE RECEIPT REPORT");
        assertThat(jdbc.sql("SELECT action FROM activity_log WHERE action LIKE 'PROFILE_%' AND details LIKE ?")
                .param("%" + carId + "%").query(String.class).list())
                .contains("PROFILE_CREATE", "PROFILE_DELETE");
    }

    @Test
    void aNamedProfileMustFitItsFileAndAnUnknownTitleNamesTheKnownOnes() {
        SampleSet harbor = Samples.of(SampleSpec.of(42, 6, Layout.STANDARD).in(SampleWording.HARBOR));
        SampleSet standard = Samples.of(SampleSpec.of(42, 6, Layout.STANDARD));
        ApiClient admin = new ApiClient(port, "admin");
        ApiClient alice = new ApiClient(port, "alice");
        int sessions = countSessions();

        ApiClient.Response unknownTitle = alice.createSession("Harbor", harbor.car(), harbor.receipts());
        assertThat(unknownTitle.status()).isEqualTo(400);
        assertThat(unknownTitle.code()).isEqualTo("WRONG_REPORT_KIND");
        assertThat(unknownTitle.body().path("details").path("file").asString()).isEqualTo("car");
        assertThat(unknownTitle.body().path("message").asString())
                .contains("PURCHASING CARD STATEMENT DETAIL", "'CARDHOLDER ACTIVITY REPORT'", "admin");

        admin.putJson("/api/admin/profiles/car-harbor-bank", SampleWording.HARBOR.carProfile());
        ApiClient.Response mismatch = alice.createSession("Named", standard.car(), standard.receipts(),
                "car-harbor-bank", null);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("WRONG_REPORT_KIND");
        assertThat(mismatch.body().path("message").asString()).contains("PURCHASING CARD STATEMENT DETAIL");

        ApiClient.Response noSuch = alice.createSession("Named", standard.car(), standard.receipts(), null,
                "receipts-nowhere");
        assertThat(noSuch.status()).isEqualTo(400);
        assertThat(noSuch.code()).isEqualTo("BAD_INPUT");
        assertThat(noSuch.body().path("details").path("file").asString()).isEqualTo("receipts");
        assertThat(countSessions()).as("nothing stored").isEqualTo(sessions);

        ApiClient.Response named = alice.createSession("Named", standard.car(), standard.receipts(), "car-standard",
                "receipts-standard");
        assertThat(named.status()).isEqualTo(202);
    }

    @Test
    void anInvalidDocumentIsRefusedWholeWithEveryProblemByField() throws Exception {
        ApiClient admin = new ApiClient(port, "admin");
        ObjectNode document = (ObjectNode) JSON.readTree(SampleWording.HARBOR.carProfile());
        document.put("colour", "blue");
        document.put("dates", "yyyy-MM-dd HH:mm");
        ((ObjectNode) document.path("amounts")).put("negative", "-1,234.57");
        ObjectNode lines = (ObjectNode) document.path("lines");
        lines.put("transaction", "{postDate} {transDate} {reference} {merchant} {amount} {tip}");
        lines.remove("cardholderTotal");
        lines.put("cardholder", "Name: {employeeId}");

        ApiClient.Response refused = admin.putJson("/api/admin/profiles/car-harbor-bank", document.toString());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("BAD_INPUT");
        List<String> fields = new ArrayList<>();
        refused.body().path("details").path("problems").forEach(p -> fields.add(p.path("field").asString()));
        assertThat(fields).contains("colour", "dates", "amounts", "lines.cardholderTotal", "lines.cardholder",
                "lines.transaction");
        assertThat(admin.get("/api/profiles/car-harbor-bank").status()).as("nothing stored").isEqualTo(404);

        ObjectNode badKind = (ObjectNode) JSON.readTree(SampleWording.HARBOR.carProfile());
        badKind.put("kind", "INVOICE");
        badKind.put("id", "Car Harbor!");
        List<String> kindFields = new ArrayList<>();
        admin.putJson("/api/admin/profiles/car-harbor-bank", badKind.toString()).body().path("details")
                .path("problems").forEach(p -> kindFields.add(p.path("field").asString()));
        assertThat(kindFields).contains("kind", "id");

        ApiClient.Response otherId = admin.putJson("/api/admin/profiles/car-other", SampleWording.HARBOR.carProfile());
        assertThat(otherId.status()).isEqualTo(400);
        assertThat(admin.putJson("/api/admin/profiles/car-harbor-bank", "{not json").code()).isEqualTo("BAD_INPUT");
    }

    @Test
    void titlesAreUniquePerKindBuiltInsAreReadOnlyAndOnlyAdminsWrite() throws Exception {
        ApiClient admin = new ApiClient(port, "admin");
        ApiClient alice = new ApiClient(port, "alice");
        assertThat(admin.putJson("/api/admin/profiles/car-harbor-bank", SampleWording.HARBOR.carProfile()).status())
                .isEqualTo(200);
        ObjectNode sameTitle = (ObjectNode) JSON.readTree(SampleWording.HARBOR.carProfile());
        sameTitle.put("id", "car-harbor-copy");
        sameTitle.put("title", "purchasing   card statement detail");
        assertThat(admin.putJson("/api/admin/profiles/car-harbor-copy", sameTitle.toString()).code())
                .isEqualTo("CONFLICT");
        ObjectNode builtInTitle = (ObjectNode) JSON.readTree(SampleWording.HARBOR.carProfile());
        builtInTitle.put("id", "car-acme-copy");
        builtInTitle.put("title", "Cardholder Activity Report");
        assertThat(admin.putJson("/api/admin/profiles/car-acme-copy", builtInTitle.toString()).code())
                .isEqualTo("CONFLICT");

        String standard = alice.get("/api/profiles/car-standard").body().toString();
        assertThat(admin.putJson("/api/admin/profiles/car-standard", standard).code()).isEqualTo("CONFLICT");
        assertThat(admin.delete("/api/admin/profiles/car-standard").code()).isEqualTo("CONFLICT");
        assertThat(admin.delete("/api/admin/profiles/car-nothing").status()).isEqualTo(404);

        ApiClient.Response notAdmin = alice.putJson("/api/admin/profiles/car-alice", sameTitle.toString());
        assertThat(notAdmin.status()).isEqualTo(403);
        ApiClient support = new ApiClient(port, "support");
        ApiClient.Response started = support.postJson("/api/support/impersonate", ApiClient.json("username", "alice"));
        ApiClient asAlice = support.with("Cookie", ApiClient.sessionCookie(started));
        assertThat(asAlice.delete("/api/admin/profiles/car-harbor-bank").code()).isEqualTo("READ_ONLY");
        assertThat(alice.get("/api/profiles/car-harbor-bank").status()).isEqualTo(200);
    }

    @Test
    void checkingAProfileAgainstAPdfShowsWhatItReadsAndStoresNothing() {
        SampleSet meridian = Samples.of(SampleSpec.of(43, 9, Layout.ALT).in(SampleWording.MERIDIAN));
        Expected expected = meridian.expected();
        ApiClient admin = new ApiClient(port, "admin");
        int sessions = countSessions();

        ApiClient.Response car = admin.postMultipart("/api/admin/profiles/check",
                Map.of("profile", SampleWording.MERIDIAN.carProfile()), Map.of("file", meridian.car()));

        assertThat(car.status()).as(car.body().toString()).isEqualTo(200);
        JsonNode body = car.body();
        assertThat(body.path("kind").asString()).isEqualTo("CAR");
        assertThat(body.path("period").asString()).isEqualTo(expected.period());
        assertThat(body.path("company").asString()).isEqualTo(expected.company());
        assertThat(body.path("pages").asInt()).isEqualTo(expected.carPageCount());
        assertThat(body.path("sections").asInt()).isEqualTo(expected.cardholders());
        assertThat(body.path("records").asInt()).isEqualTo(expected.transactions());
        assertThat(new BigDecimal(body.path("printedTotal").asString())).isEqualByComparingTo(expected.reportTotal());
        boolean misprinted = expected.employees().stream().anyMatch(e -> e.flags().contains("FILE_INTEGRITY"));
        assertThat(body.path("totalsAgree").asBoolean()).isEqualTo(!misprinted);
        assertThat(body.path("first").size()).isEqualTo(Math.min(5, expected.transactions()));

        ApiClient.Response receipts = admin.postMultipart("/api/admin/profiles/check",
                Map.of("profile", SampleWording.MERIDIAN.receiptProfile()), Map.of("file", meridian.receipts()));
        assertThat(receipts.status()).isEqualTo(200);
        assertThat(receipts.body().path("records").asInt()).isEqualTo(expected.receipts());

        ApiClient.Response wrongKind = admin.postMultipart("/api/admin/profiles/check",
                Map.of("profile", SampleWording.HARBOR.carProfile()), Map.of("file", meridian.car()));
        assertThat(wrongKind.code()).isEqualTo("WRONG_REPORT_KIND");
        ApiClient.Response invalid = admin.postMultipart("/api/admin/profiles/check",
                Map.of("profile", "{\"id\": \"x\"}"), Map.of("file", meridian.car()));
        assertThat(invalid.code()).isEqualTo("BAD_INPUT");
        assertThat(invalid.body().path("details").path("problems").size()).isGreaterThan(3);
        assertThat(new ApiClient(port, "alice").postMultipart("/api/admin/profiles/check",
                Map.of("profile", SampleWording.MERIDIAN.carProfile()), Map.of("file", meridian.car())).status())
                .isEqualTo(403);
        assertThat(countSessions()).isEqualTo(sessions);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM report_profile").query(Integer.class).single()).isZero();
    }

    private int countSessions() {
        return jdbc.sql("SELECT COUNT(*) FROM processing_session").query(Integer.class).single();
    }

    private static String id(String document) {
        return JSON.readTree(document).path("id").asString();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(p -> ids.add(p.path("id").asString()));
        return ids;
    }

    private static JsonNode employees(ApiClient client, String id) {
        ApiClient.Response response = client.get("/api/sessions/" + id + "/employees");
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }
}
