package com.ccp.review;

import static com.ccp.testing.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.testing.ApiClient;
import com.ccp.testing.HandMadeMonth;
import com.ccp.testing.IntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Links, suggestions and hints through the API on a hand-made month (formats.md §3): John's meal
 * was charged with a tip, his Paris hotel with an FX fee, an order in two parts, and two equal
 * Shell charges a day apart; Jane and Bob submitted the same Home Depot receipt.
 */
@IntegrationTest
class LinksIT {

    static final String JOHN = "001234";
    static final String JANE = "005678";
    static final String BOB = "007777";
    static final String MEAL = "24492155061000000000001";
    static final String HOTEL = "24492155061000000000002";
    static final String ORDER_1 = "24492155061000000000003";
    static final String ORDER_2 = "24492155061000000000004";
    static final String FUEL_1 = "24492155061000000000005";
    static final String FUEL_2 = "24492155061000000000006";

    @LocalServerPort
    int port;
    ApiClient alice;

    @BeforeEach
    void signIn() {
        alice = new ApiClient(port, "alice");
    }

    /** The month; {@code withHotelReceipt} false leaves John's hotel receipt out (for a replacing late report). */
    static HandMadeMonth month(boolean withHotelReceipt) {
        HandMadeMonth month = new HandMadeMonth()
                .employee(JOHN, "Smith", "John")
                .charge(JOHN, MEAL, 5, "OLIVE GARDEN 1234 AUSTIN TX", "57.50")
                .charge(JOHN, HOTEL, 10, "HOTEL LUTETIA PARIS FR", "103.00")
                .charge(JOHN, ORDER_1, 25, "AMAZON MKTPLACE PMTS AMZN.COM WA", "60.00")
                .charge(JOHN, ORDER_2, 27, "AMAZON MKTPLACE PMTS AMZN.COM WA", "40.10")
                .charge(JOHN, FUEL_1, 20, "SHELL OIL 57443 ROUND ROCK TX", "45.10")
                .charge(JOHN, FUEL_2, 21, "SHELL OIL 57443  ROUND ROCK TX", "45.10")
                .receipt(JOHN, "R-001234-001", 5, "Olive Garden", "50.00")
                .receipt(JOHN, "R-001234-003", 25, "Amazon", "100.10")
                .receipt(JOHN, "R-001234-004", 20, "Shell", "45.10")
                .receipt(JOHN, "R-001234-005", 21, "Shell", "45.10")
                .employee(JANE, "Doe", "Jane")
                .charge(JANE, "24492155061000000000011", 2, "HOME DEPOT #4521 AUSTIN TX", "12.50")
                .receipt(JANE, "R-005678-001", 2, "Home Depot #4521", "12.50")
                .employee(BOB, "Roe", "Bob")
                .charge(BOB, "24492155061000000000021", 2, "HOME DEPOT #4521 AUSTIN TX", "12.50")
                .receipt(BOB, "R-007777-001", 2, "HOME DEPOT 4521", "12.50");
        if (withHotelReceipt) {
            month.receipt(JOHN, "R-001234-002", 11, "Hotel Lutetia", "100.00");
        }
        return month;
    }

    String newSession(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "links-it"));
        HandMadeMonth month = month(true);
        Path car = month.writeCar(dir.resolve("car.pdf"));
        Path receipts = month.writeReceipts(dir.resolve("receipts.pdf"));
        return alice.completedSession(name, car, receipts);
    }

    JsonNode employee(String session, String employeeId) {
        ApiClient.Response response = alice.get("/api/sessions/" + session + "/employees/" + employeeId);
        assertThat(response.status()).isEqualTo(200);
        return response.body();
    }

    static Map<String, JsonNode> issuesByKey(JsonNode employee) {
        Map<String, JsonNode> byKey = new HashMap<>();
        for (JsonNode issue : employee.path("issues")) {
            String flag = issue.path("flag").asString();
            String key = flag;
            for (String reference : List.of(MEAL, HOTEL, ORDER_1, ORDER_2, FUEL_1, FUEL_2)) {
                if (flag.equals("MISSING_RECEIPT") && issue.path("detail").asString().contains(merchantOf(reference))) {
                    key = flag + ":" + reference;
                }
            }
            byKey.put(key, issue);
        }
        return byKey;
    }

    private static String merchantOf(String reference) {
        return switch (reference) {
            case MEAL -> "OLIVE GARDEN";
            case HOTEL -> "HOTEL LUTETIA";
            case ORDER_1 -> "$60.00";
            case ORDER_2 -> "$40.10";
            default -> "SHELL";
        };
    }

    static JsonNode transaction(JsonNode employee, String reference) {
        return stream(employee.path("transactions")).filter(t -> t.path("reference").asString().equals(reference))
                .findFirst().orElseThrow();
    }

    static JsonNode receipt(JsonNode employee, String receiptId) {
        return stream(employee.path("receipts")).filter(r -> r.path("receiptId").asString().equals(receiptId))
                .findFirst().orElseThrow();
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    ApiClient.Response link(String session, String employeeId, List<String> transactions, List<String> receipts,
            String reason, String note) {
        Map<String, Object> body = new HashMap<>(json("transactions", transactions, "receipts", receipts,
                "reason", reason));
        if (note != null) {
            body.put("note", note);
        }
        return alice.postJson("/api/sessions/" + session + "/employees/" + employeeId + "/links", body);
    }

    @Test
    void suggestsTheNearMissesWithTheirReasonAndDifference() throws Exception {
        String session = newSession("Suggestions");
        JsonNode john = employee(session, JOHN);

        List<String> suggestions = new ArrayList<>();
        john.path("suggestions").forEach(s -> suggestions.add(s.path("transactions") + " " + s.path("receipts") + " "
                + s.path("reason").asString() + " " + s.path("difference").asString()));
        assertThat(suggestions).containsExactlyInAnyOrder(
                "[\"" + MEAL + "\"] [\"R-001234-001\"] TIP 7.50",
                "[\"" + HOTEL + "\"] [\"R-001234-002\"] FX_FEE 3.00",
                "[\"" + ORDER_1 + "\",\"" + ORDER_2 + "\"] [\"R-001234-003\"] SPLIT_CHARGE 0.00");
        assertThat(transaction(john, FUEL_1).path("matchedBy").asString()).isEqualTo("RULES");
        assertThat(transaction(john, MEAL).path("matchedBy").isNull()).isTrue();
        assertThat(receipt(john, "R-001234-004").path("matchedBy").asString()).isEqualTo("RULES");
        assertThat(receipt(john, "R-001234-001").path("matchedBy").isNull()).isTrue();
        assertThat(john.path("links")).isEmpty();
    }

    @Test
    void hintsAreFoundCountedAndDismissedWithoutChangingFlagsOrReadiness() throws Exception {
        String session = newSession("Hints");
        JsonNode john = employee(session, JOHN);
        assertThat(john.path("hints")).singleElement().satisfies(hint -> {
            assertThat(hint.path("type").asString()).isEqualTo("POSSIBLE_DUPLICATE_CHARGE");
            assertThat(hint.path("transactions")).extracting(JsonNode::asString).containsExactly(FUEL_1, FUEL_2);
            assertThat(hint.path("dismissed").asBoolean()).isFalse();
        });
        JsonNode jane = employee(session, JANE);
        JsonNode twice = jane.path("hints").get(0);
        assertThat(twice.path("type").asString()).isEqualTo("RECEIPT_SUBMITTED_TWICE");
        assertThat(twice.path("receipts")).extracting(JsonNode::asString)
                .containsExactly("R-005678-001", "R-007777-001");
        assertThat(employee(session, BOB).path("hints").get(0).path("id").asString())
                .isEqualTo(twice.path("id").asString());
        assertThat(jane.path("status").asString()).isEqualTo("READY");
        assertThat(jane.path("flags")).isEmpty();
        assertThat(alice.get("/api/sessions/" + session).body().path("totals").path("hints").asInt()).isEqualTo(2);
        Map<String, Integer> rowHints = new HashMap<>();
        alice.get("/api/sessions/" + session + "/employees").body()
                .forEach(row -> rowHints.put(row.path("employeeId").asString(), row.path("hints").asInt()));
        assertThat(rowHints).containsExactlyInAnyOrderEntriesOf(Map.of(JOHN, 1, JANE, 1, BOB, 1));

        String dismiss = "/api/sessions/" + session + "/hints/" + twice.path("id").asString() + "/dismiss";
        assertThat(alice.postJson(dismiss, json("note", " ")).code()).isEqualTo("BAD_INPUT");
        ApiClient.Response dismissed = alice.postJson(dismiss, json("note", "Two site visits, same order total"));
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.body().path("dismissed").asBoolean()).isTrue();
        assertThat(dismissed.body().path("dismissedBy").asString()).isEqualTo("alice");
        assertThat(dismissed.body().path("dismissedAt").isNull()).isFalse();
        assertThat(dismissed.body().path("note").asString()).isEqualTo("Two site visits, same order total");
        assertThat(alice.postJson(dismiss, json("note", "again")).code()).isEqualTo("CONFLICT");
        assertThat(alice.get("/api/sessions/" + session).body().path("totals").path("hints").asInt()).isEqualTo(1);
        assertThat(alice.get("/api/sessions/" + session + "/employees?hasHints=true").body())
                .extracting(row -> row.path("employeeId").asString()).containsExactly(JOHN);
        assertThat(employee(session, JANE).path("status").asString()).isEqualTo("READY");
        assertThat(employee(session, JOHN).path("flags")).extracting(JsonNode::asString)
                .containsExactly("MISSING_RECEIPT", "TOTAL_MISMATCH");

        ApiClient.Download pdf = alice.download("/api/sessions/" + session + "/exceptions.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            String hints = text.substring(text.indexOf("Hints (advisory)"));
            Files.write(Path.of("target", "links-it", "exceptions-with-hints.pdf"), pdf.body());
            assertThat(hints).contains(JOHN, "Possible duplicate", FUEL_1)
                    .as("a dismissed hint is not listed").doesNotContain("R-005678-001");
        }
    }

    @Test
    void linksResolveTheirIssuesAndExplainTheTotalThenUnlinkReopensExactlyWhatTheLinkResolved() throws Exception {
        String session = newSession("Links");
        ApiClient.Response tip = link(session, JOHN, List.of(MEAL), List.of("R-001234-001"), "TIP", null);
        assertThat(tip.status()).isEqualTo(201);
        JsonNode john = tip.body();
        assertThat(transaction(john, MEAL).path("matchedBy").asString()).isEqualTo("LINK");
        assertThat(receipt(john, "R-001234-001").path("matchedBy").asString()).isEqualTo("LINK");
        JsonNode mealIssue = issuesByKey(john).get("MISSING_RECEIPT:" + MEAL);
        assertThat(mealIssue.path("resolved").asBoolean()).isTrue();
        assertThat(mealIssue.path("reason").asString()).isEqualTo("LINKED");
        assertThat(mealIssue.path("note").asString()).contains("TIP", "R-001234-001");
        assertThat(mealIssue.path("resolvedBy").asString()).isEqualTo("alice");
        assertThat(issuesByKey(john).get("TOTAL_MISMATCH").path("resolved").asBoolean()).isFalse();
        assertThat(john.path("links")).singleElement().satisfies(l -> {
            assertThat(l.path("reason").asString()).isEqualTo("TIP");
            assertThat(l.path("createdBy").asString()).isEqualTo("alice");
            assertThat(l.path("transactions")).extracting(JsonNode::asString).containsExactly(MEAL);
        });
        assertThat(john.path("suggestions")).hasSize(2);

        assertThat(link(session, JOHN, List.of(HOTEL), List.of("R-001234-002"), "FX_FEE", "EUR card fee").status())
                .isEqualTo(201);
        john = link(session, JOHN, List.of(ORDER_1, ORDER_2), List.of("R-001234-003"), "SPLIT_CHARGE", null).body();
        Map<String, JsonNode> issues = issuesByKey(john);
        assertThat(issues.get("TOTAL_MISMATCH").path("resolved").asBoolean()).isTrue();
        assertThat(issues.get("TOTAL_MISMATCH").path("reason").asString()).isEqualTo("EXPLAINED_BY_LINKS");
        assertThat(john.path("status").asString()).isEqualTo("READY");
        assertThat(john.path("flags")).extracting(JsonNode::asString)
                .containsExactly("MISSING_RECEIPT", "TOTAL_MISMATCH");
        assertThat(john.path("suggestions")).isEmpty();

        String fxLink = stream(john.path("links")).filter(l -> l.path("reason").asString().equals("FX_FEE"))
                .findFirst().orElseThrow().path("id").asString();
        String reopenLinked = "/api/sessions/" + session + "/issues/" + issues.get("MISSING_RECEIPT:" + HOTEL)
                .path("id").asString() + "/reopen";
        assertThat(alice.postJson(reopenLinked, json("note", "wrong receipt")).code()).isEqualTo("CONFLICT");

        ApiClient.Response unlinked = alice.delete("/api/sessions/" + session + "/employees/" + JOHN + "/links/" + fxLink);
        assertThat(unlinked.status()).isEqualTo(200);
        Map<String, JsonNode> after = issuesByKey(unlinked.body());
        assertThat(after.get("MISSING_RECEIPT:" + HOTEL).path("resolved").asBoolean()).isFalse();
        assertThat(after.get("TOTAL_MISMATCH").path("resolved").asBoolean()).isFalse();
        for (String stillLinked : List.of(MEAL, ORDER_1, ORDER_2)) {
            assertThat(after.get("MISSING_RECEIPT:" + stillLinked).path("reason").asString()).isEqualTo("LINKED");
        }
        assertThat(transaction(unlinked.body(), HOTEL).path("matchedBy").isNull()).isTrue();
        assertThat(unlinked.body().path("status").asString()).isEqualTo("EXCEPTION");
        assertThat(unlinked.body().path("suggestions")).extracting(s -> s.path("reason").asString())
                .containsExactly("FX_FEE");
        assertThat(alice.delete("/api/sessions/" + session + "/employees/" + JOHN + "/links/" + fxLink).code())
                .isEqualTo("NOT_FOUND");
    }

    @Test
    void anIssueResolvedByTheClerkBeforeTheLinkStaysResolvedWhenTheLinkGoes() throws Exception {
        String session = newSession("Resolved first");
        String hotelIssue = issuesByKey(employee(session, JOHN)).get("MISSING_RECEIPT:" + HOTEL).path("id").asString();
        assertThat(alice.postJson("/api/sessions/" + session + "/issues/" + hotelIssue + "/resolve",
                json("reason", "CORRECTED_IN_PVAULT", "note", "fixed")).status()).isEqualTo(200);
        JsonNode john = link(session, JOHN, List.of(HOTEL), List.of("R-001234-002"), "FX_FEE", null).body();
        String linkId = john.path("links").get(0).path("id").asString();
        john = alice.delete("/api/sessions/" + session + "/employees/" + JOHN + "/links/" + linkId).body();
        JsonNode issue = issuesByKey(john).get("MISSING_RECEIPT:" + HOTEL);
        assertThat(issue.path("resolved").asBoolean()).isTrue();
        assertThat(issue.path("reason").asString()).isEqualTo("CORRECTED_IN_PVAULT");
    }

    @Test
    void refusesBadLinksWithTheApiCodesAndChangesNothing() throws Exception {
        String session = newSession("Bad links");
        JsonNode before = employee(session, JOHN);
        assertThat(link(session, JOHN, List.of(MEAL), List.of("R-005678-001"), "TIP", null).code())
                .as("a receipt of another employee").isEqualTo("BAD_INPUT");
        assertThat(link(session, JOHN, List.of("999"), List.of("R-001234-001"), "TIP", null).code())
                .as("an unknown reference").isEqualTo("BAD_INPUT");
        assertThat(link(session, JOHN, List.of(MEAL), List.of("R-NOPE"), "TIP", null).code())
                .as("an unknown receipt").isEqualTo("BAD_INPUT");
        assertThat(link(session, JOHN, List.of(), List.of("R-001234-001"), "TIP", null).code())
                .as("an empty side").isEqualTo("BAD_INPUT");
        assertThat(link(session, JOHN, List.of(ORDER_1, ORDER_2), List.of("R-001234-001", "R-001234-003"),
                "SPLIT_CHARGE", null).code()).as("several on both sides").isEqualTo("BAD_INPUT");
        assertThat(link(session, JOHN, List.of(MEAL), List.of("R-001234-001"), "GRATUITY", null).code())
                .as("an unknown reason").isEqualTo("BAD_INPUT");
        assertThat(link(session, JOHN, List.of(MEAL), List.of("R-001234-001"), "OTHER", "  ").code())
                .as("OTHER without a note").isEqualTo("BAD_INPUT");
        assertThat(link(session, JOHN, List.of(FUEL_1), List.of("R-001234-001"), "OTHER", "x").code())
                .as("a transaction matched by the rules").isEqualTo("CONFLICT");
        assertThat(link(session, JOHN, List.of(MEAL), List.of("R-001234-004"), "OTHER", "x").code())
                .as("a receipt matched by the rules").isEqualTo("CONFLICT");
        assertThat(link(session, "999999", List.of(MEAL), List.of("R-001234-001"), "TIP", null).code())
                .isEqualTo("NOT_FOUND");
        assertThat(employee(session, JOHN)).isEqualTo(before);

        assertThat(link(session, JOHN, List.of(MEAL), List.of("R-001234-001"), "OTHER", "tip and parking").status())
                .isEqualTo(201);
        assertThat(link(session, JOHN, List.of(HOTEL), List.of("R-001234-001"), "TIP", null).code())
                .as("a receipt already linked").isEqualTo("CONFLICT");
        assertThat(link(session, JOHN, List.of(MEAL), List.of("R-001234-002"), "TIP", null).code())
                .as("a transaction already linked").isEqualTo("CONFLICT");
    }

    @Test
    void resolveAllResolvesEveryOpenIssueAndReopenKeepsTheHistory() throws Exception {
        String session = newSession("Resolve all");
        String path = "/api/sessions/" + session + "/employees/" + JOHN + "/resolve-all";
        assertThat(alice.postJson(path, json("reason", "SOMETHING", "note", "x")).code()).isEqualTo("BAD_INPUT");
        ApiClient.Response resolved = alice.postJson(path, json("reason", "PERSONAL_CHARGE", "note", "repaid"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body().path("status").asString()).isEqualTo("READY");
        assertThat(resolved.body().path("issues")).allSatisfy(issue -> {
            assertThat(issue.path("reason").asString()).isEqualTo("PERSONAL_CHARGE");
            assertThat(issue.path("note").asString()).isEqualTo("repaid");
        });

        String mealIssue = issuesByKey(resolved.body()).get("MISSING_RECEIPT:" + MEAL).path("id").asString();
        String reopen = "/api/sessions/" + session + "/issues/" + mealIssue + "/reopen";
        assertThat(alice.postJson(reopen, json("note", "")).code()).isEqualTo("BAD_INPUT");
        ApiClient.Response reopened = alice.postJson(reopen, json("note", "not repaid after all"));
        assertThat(reopened.status()).isEqualTo(200);
        assertThat(reopened.body().path("resolved").asBoolean()).isFalse();
        assertThat(reopened.body().path("note").asString()).isEqualTo("not repaid after all");
        assertThat(alice.postJson(reopen, json("note", "again")).code()).isEqualTo("CONFLICT");
        JsonNode issue = issuesByKey(employee(session, JOHN)).get("MISSING_RECEIPT:" + MEAL);
        assertThat(issue.path("history")).extracting(h -> h.path("action").asString() + " "
                + h.path("reason").asString() + " " + h.path("by").asString())
                .containsExactly("RESOLVED PERSONAL_CHARGE alice", "REOPENED  alice");
        assertThat(employee(session, JOHN).path("status").asString()).isEqualTo("EXCEPTION");
    }

    @Test
    void aClosedSessionTakesNoLinks() throws Exception {
        String session = newSession("Closed");
        assertThat(alice.postJson("/api/sessions/" + session + "/close", json("reason", "done", "confirm", "CLOSE"))
                .status()).isEqualTo(200);
        ApiClient.Response refused = link(session, JOHN, List.of(MEAL), List.of("R-001234-001"), "TIP", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("INVALID_STATE");
        assertThat(alice.postJson("/api/sessions/" + session + "/employees/" + JOHN + "/resolve-all",
                json("reason", "OTHER", "note", "x")).code()).isEqualTo("INVALID_STATE");
    }

    @Test
    void twoClerksLinkingTheSameReceiptAtOnceMakeExactlyOneLink() throws Exception {
        String session = newSession("Race");
        ApiClient first = new ApiClient(port, "alice");
        ApiClient second = new ApiClient(port, "alice");
        java.util.concurrent.ExecutorService clerks = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 12; round++) {
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                var meal = clerks.submit(() -> {
                    together.await();
                    return clerk(first, session, MEAL).status();
                });
                var hotel = clerks.submit(() -> {
                    together.await();
                    return clerk(second, session, HOTEL).status();
                });
                assertThat(List.of(meal.get(), hotel.get())).as("round " + round).containsExactlyInAnyOrder(201, 409);
                JsonNode john = employee(session, JOHN);
                assertThat(john.path("links")).as("round " + round).hasSize(1);
                long linked = stream(john.path("issues")).filter(i -> i.path("reason").asString().equals("LINKED"))
                        .count();
                assertThat(linked).as("round " + round).isEqualTo(1);
                String linkId = john.path("links").get(0).path("id").asString();
                assertThat(alice.delete("/api/sessions/" + session + "/employees/" + JOHN + "/links/" + linkId)
                        .status()).isEqualTo(200);
            }
        } finally {
            clerks.shutdownNow();
        }
        JsonNode john = employee(session, JOHN);
        assertThat(john.path("links")).isEmpty();
        assertThat(stream(john.path("issues")).filter(i -> i.path("flag").asString().equals("MISSING_RECEIPT")))
                .allSatisfy(i -> assertThat(i.path("resolved").asBoolean()).isFalse());
    }

    private static ApiClient.Response clerk(ApiClient client, String session, String reference) {
        return client.postJson("/api/sessions/" + session + "/employees/" + JOHN + "/links",
                json("transactions", List.of(reference), "receipts", List.of("R-001234-001"), "reason", "OTHER",
                        "note", "race"));
    }

    @Test
    void aLateReceiptReportKeepsLinksDropsThoseWhoseItemsAreGoneAndTheRulesMatchWhatLinksLeave() throws Exception {
        String session = newSession("Late receipts");
        assertThat(link(session, JOHN, List.of(MEAL), List.of("R-001234-001"), "TIP", null).status()).isEqualTo(201);
        assertThat(link(session, JOHN, List.of(HOTEL), List.of("R-001234-002"), "FX_FEE", null).status())
                .isEqualTo(201);

        // replaces every receipt: the hotel receipt is gone, and one for the meal's full amount arrives
        HandMadeMonth late = month(false).receipt(JOHN, "R-001234-006", 5, "Olive Garden", "57.50");
        Path file = late.writeReceipts(Files.createDirectories(Path.of("target", "links-it")).resolve("late.pdf"));
        assertThat(alice.uploadReceipts(session, file, true).status()).isEqualTo(202);
        alice.awaitStatus(session, java.time.Duration.ofSeconds(60), "COMPARING_RECEIPTS");
        assertThat(employee(session, JOHN).path("links")).as("nothing changes before apply").hasSize(2);
        assertThat(alice.postJson("/api/sessions/" + session + "/comparison/apply", Map.of("accept", "ALL")).status())
                .isEqualTo(200);

        JsonNode john = employee(session, JOHN);
        assertThat(john.path("links")).singleElement()
                .satisfies(l -> assertThat(l.path("reason").asString()).isEqualTo("TIP"));
        assertThat(transaction(john, MEAL).path("matchedBy").asString()).isEqualTo("LINK");
        assertThat(receipt(john, "R-001234-006").path("matchedBy").isNull())
                .as("the rules do not take a linked transaction").isTrue();
        Map<String, JsonNode> issues = issuesByKey(john);
        assertThat(issues.get("MISSING_RECEIPT:" + MEAL).path("reason").asString()).isEqualTo("LINKED");
        JsonNode hotel = issues.get("MISSING_RECEIPT:" + HOTEL);
        assertThat(hotel.path("resolved").asBoolean()).as("the dropped link's issue is open again").isFalse();
        assertThat(hotel.path("note").asString()).contains("Link dropped");
        assertThat(issues.get("TOTAL_MISMATCH").path("resolved").asBoolean()).isFalse();

        JsonNode dropped = new ApiClient(port, "admin")
                .get("/api/admin/activity?action=LINK_DROPPED&session=" + session).body();
        assertThat(dropped.path("total").asInt()).isEqualTo(1);
        assertThat(dropped.path("items").get(0).path("details").asString()).contains(HOTEL, "R-001234-002");
    }

    @Test
    void supportViewingAsTheClerkChangesNothingAndTheRefusalsAreAudited() throws Exception {
        String session = newSession("Read-only");
        JsonNode before = employee(session, JOHN);
        ApiClient support = new ApiClient(port, "support");
        ApiClient.Response started = support.postJson("/api/support/impersonate", json("username", "alice"));
        ApiClient asAlice = support.with("Cookie", ApiClient.sessionCookie(started));
        String hint = before.path("hints").get(0).path("id").asString();

        ApiClient.Response link = asAlice.postJson("/api/sessions/" + session + "/employees/" + JOHN + "/links",
                json("transactions", List.of(MEAL), "receipts", List.of("R-001234-001"), "reason", "TIP"));
        assertThat(link.status()).isEqualTo(403);
        assertThat(link.code()).isEqualTo("READ_ONLY");
        assertThat(asAlice.postJson("/api/sessions/" + session + "/hints/" + hint + "/dismiss", json("note", "x"))
                .code()).isEqualTo("READ_ONLY");
        assertThat(asAlice.postJson("/api/sessions/" + session + "/employees/" + JOHN + "/resolve-all",
                json("reason", "OTHER", "note", "x")).code()).isEqualTo("READ_ONLY");
        assertThat(asAlice.get("/api/sessions/" + session + "/employees/" + JOHN).body()).isEqualTo(before);

        JsonNode refused = new ApiClient(port, "admin").get("/api/admin/activity?session=" + session).body();
        List<String> entries = new ArrayList<>();
        refused.path("items").forEach(e -> entries.add(e.path("action").asString() + " " + e.path("outcome").asString()));
        assertThat(entries).contains("LINK REFUSED", "DISMISS_HINT REFUSED", "RESOLVE_ALL REFUSED");
    }

    @Test
    void aGeneratedMonthHintsExactlyItsPlantedDuplicatesAndSuggestsItsNearMisses() throws Exception {
        com.ccp.sample.SampleSet set = com.ccp.testing.Samples.of(com.ccp.sample.SampleSpec.standard(3, 60));
        String session = alice.completedSession("Generated near misses", set.car(), set.receipts());
        List<com.ccp.sample.NearMiss> planted = com.ccp.sample.NearMiss.of(set.employees());
        assertThat(planted).extracting(com.ccp.sample.NearMiss::kind).contains("TIP", "FX_FEE", "SPLIT_CHARGE",
                "POSSIBLE_DUPLICATE_CHARGE", "RECEIPT_SUBMITTED_TWICE");

        java.util.Set<String> hints = new java.util.HashSet<>();
        java.util.Set<String> suggestions = new java.util.HashSet<>();
        for (com.ccp.sample.GeneratedEmployee e : set.employees()) {
            JsonNode detail = employee(session, e.employeeId());
            detail.path("hints").forEach(h -> hints.add(h.path("type").asString() + " " + sortedItems(h)));
            detail.path("suggestions").forEach(s -> suggestions.add(s.path("reason").asString() + " "
                    + sortedItems(s) + " " + s.path("difference").asString()));
        }
        assertThat(hints).containsExactlyInAnyOrderElementsOf(planted.stream().filter(com.ccp.sample.NearMiss::hint)
                .map(m -> m.kind() + " " + sorted(m.transactions(), m.receipts())).toList());
        for (com.ccp.sample.NearMiss miss : planted.stream().filter(m -> !m.hint()).toList()) {
            assertThat(suggestions).contains(miss.kind() + " " + sorted(miss.transactions(), miss.receipts()) + " "
                    + miss.difference().setScale(2));
        }
        long hintCount = planted.stream().filter(com.ccp.sample.NearMiss::hint).count();
        assertThat(alice.get("/api/sessions/" + session).body().path("totals").path("hints").asLong())
                .isEqualTo(hintCount);
    }

    private static String sortedItems(JsonNode node) {
        List<String> transactions = new ArrayList<>();
        List<String> receipts = new ArrayList<>();
        node.path("transactions").forEach(t -> transactions.add(t.asString()));
        node.path("receipts").forEach(r -> receipts.add(r.asString()));
        return sorted(transactions, receipts);
    }

    private static String sorted(List<String> transactions, List<String> receipts) {
        return transactions.stream().sorted().toList() + " " + receipts.stream().sorted().toList();
    }
}
