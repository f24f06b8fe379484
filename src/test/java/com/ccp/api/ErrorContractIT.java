package com.ccp.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad requests a client can send, to every {@code /api} endpoint: each answer is api.md's error JSON
 * with the right status — never an empty 403, an HTML page, a 500 or a 200 for a typo.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorContractIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BOUNDARY = "----ccp-error-contract";
    private static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    /** A bad request and the answer it must get; {@code code} null when only the status is fixed. */
    record Case(String name, String user, String method, String path, String contentType, byte[] body,
            Set<Integer> statuses, String code) {
        @Override
        public String toString() {
            return name;
        }
    }

    @LocalServerPort
    int port;

    String session;
    String issue;
    byte[] car;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void completedSessionWithAnIssue() throws Exception {
        SampleSet sample = Samples.small();
        ApiClient alice = new ApiClient(port, "alice");
        session = alice.completedSession("Error contract", sample.car(), sample.receipts());
        JsonNode employees = alice.get("/api/sessions/" + session + "/employees?status=EXCEPTION").body();
        String employee = employees.get(0).path("employeeId").asString();
        issue = alice.get("/api/sessions/" + session + "/employees/" + employee).body().path("issues").get(0)
                .path("id").asString();
        car = Files.readAllBytes(sample.car());
    }

    List<Case> cases() {
        String s = "/api/sessions/" + session;
        List<Case> cases = new ArrayList<>();
        for (String upload : List.of("/api/sessions", s + "/receipts", "/api/admin/legacy-import")) {
            String user = upload.contains("admin") ? "admin" : "alice";
            String part = upload.contains("admin") ? "file" : upload.endsWith("receipts") ? "receipts" : "car";
            cases.add(bad("JSON body to " + upload, user, "POST", upload, "application/json", "{\"name\":\"x\"}"));
            cases.add(bad("text body to " + upload, user, "POST", upload, "text/plain", "hello"));
            cases.add(bad("multipart without boundary to " + upload, user, "POST", upload, "multipart/form-data", "--x\r\n"));
            cases.add(new Case("multipart without closing boundary to " + upload, user, "POST", upload, MULTIPART,
                    unclosed(part), Set.of(400), "BAD_INPUT"));
            cases.add(new Case("part over the container's limit to " + upload, user, "POST", upload, MULTIPART,
                    multipart(part, "big.pdf", bigPdf(18)), Set.of(413), "TOO_LARGE"));
            cases.add(new Case("part just over MAX_FILE_SIZE_MB to " + upload, user, "POST", upload, MULTIPART,
                    multipart(part, "big.pdf", bigPdf(9)), Set.of(413), "TOO_LARGE"));
            cases.add(new Case("5000-character file name to " + upload, user, "POST", upload, MULTIPART,
                    multipart(part, "a".repeat(4996) + ".pdf", "not a pdf".getBytes()), Set.of(400), null));
            cases.add(new Case("NUL in the file name to " + upload, user, "POST", upload, MULTIPART,
                    multipart(part, "a\u0000b.pdf", "not a pdf".getBytes()), Set.of(400), null));
        }
        for (String[] post : new String[][] {{"alice", s + "/close"}, {"alice", "/api/sessions/close-all"},
                {"alice", s + "/issues/" + issue + "/resolve"}, {"alice", s + "/comparison/apply"},
                {"alice", s + "/exports"}, {"admin", "/api/exports/00000000-0000-0000-0000-000000000000/void"},
                {"admin", "/api/admin/sessions/bulk-delete"}, {"support", "/api/support/impersonate"},
                {"alice", s + "/employees/000001/resolve-all"}, {"alice", s + "/issues/" + issue + "/reopen"},
                {"alice", s + "/employees/000001/links"}, {"alice", s + "/hints/no-such-hint/dismiss"}}) {
            cases.add(bad("malformed JSON to " + post[1], post[0], "POST", post[1], "application/json", "{\"reason\":"));
            cases.add(bad("text body to " + post[1], post[0], "POST", post[1], "text/plain", "reason=x"));
        }
        cases.add(new Case("resolution note over 2000 characters", "alice", "POST", s + "/issues/" + issue + "/resolve",
                "application/json", ("{\"reason\":\"OTHER\",\"note\":\"" + "n".repeat(2500) + "\"}").getBytes(),
                Set.of(400), "BAD_INPUT"));
        cases.add(new Case("session name over 200 characters", "alice", "POST", "/api/sessions", MULTIPART,
                namedUpload("x".repeat(300)), Set.of(400), "BAD_INPUT"));
        cases.add(bad("negative page", "alice", "GET", "/api/sessions?page=-1", null, null));
        cases.add(bad("page that is not a number", "alice", "GET", "/api/sessions?page=abc", null, null));
        cases.add(bad("negative activity page", "admin", "GET", "/api/admin/activity?page=-1", null, null));
        cases.add(bad("version that is not a number", "alice", "GET", s + "/pages/car/x/1", null, null));
        cases.add(bad("malformed profile document", "admin", "PUT", "/api/admin/profiles/car-broken",
                "application/json", "{\"id\": \"car-broken\", "));
        cases.add(bad("a profile that is not JSON", "admin", "PUT", "/api/admin/profiles/car-broken", "text/plain",
                "title = CARD STATEMENT"));
        cases.add(bad("a profile check without its file", "admin", "POST", "/api/admin/profiles/check", MULTIPART,
                "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"profile\"\r\n\r\n{}\r\n--" + BOUNDARY
                        + "--\r\n"));
        cases.add(new Case("%2F in a path", "alice", "GET", "/api/sessions/a%2Fb", null, null, Set.of(400, 404), null));
        cases.add(new Case("%2F in a path, posted", "alice", "POST", "/api/sessions/a%2Fb/pause", null, null,
                Set.of(400, 404), null));
        for (String method : List.of("GET", "POST", "PUT", "DELETE")) {
            cases.add(new Case(method + " of an unknown path", "alice", method, "/api/no-such-thing", null, null,
                    Set.of(404), "NOT_FOUND"));
        }
        cases.add(new Case("unknown path under a session", "alice", "GET", s + "/no-such-thing", null, null,
                Set.of(404), "NOT_FOUND"));
        cases.add(new Case("/api itself", "alice", "GET", "/api", null, null, Set.of(404), "NOT_FOUND"));
        cases.add(new Case("PUT on the session list", "alice", "PUT", "/api/sessions", "application/json",
                "{}".getBytes(), Set.of(405), null));
        cases.add(new Case("DELETE of /api/me", "alice", "DELETE", "/api/me", null, null, Set.of(405), null));
        cases.add(new Case("PATCH of a session", "alice", "PATCH", s, "application/json", "{}".getBytes(), Set.of(405), null));
        cases.add(new Case("GET of an action", "alice", "GET", s + "/pause", null, null, Set.of(405), null));
        cases.add(new Case("unknown session", "alice", "GET", "/api/sessions/00000000-0000-0000-0000-000000000000",
                null, null, Set.of(404), "NOT_FOUND"));
        cases.add(new Case("no credentials", null, "POST", "/api/no-such-thing", null, null, Set.of(401), null));
        cases.add(new Case("a user at an admin endpoint", "alice", "GET", "/api/admin/stats", null, null, Set.of(403),
                "FORBIDDEN"));
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyBadRequestGetsTheJsonErrorContract(Case bad) throws Exception {
        HttpResponse<byte[]> response = send(bad);

        String type = response.headers().firstValue("Content-Type").orElse("");
        assertThat(response.statusCode()).as("%s: %s", bad, text(response)).isIn(bad.statuses());
        assertThat(type).as("%s: %s", bad, text(response)).startsWith("application/json");
        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("code").asString()).as(bad.name()).isNotBlank();
        if (bad.code() != null) {
            assertThat(error.path("code").asString()).as(bad.name()).isEqualTo(bad.code());
        }
        assertThat(error.path("message").asString()).as(bad.name()).isNotBlank();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pagesFarPastTheEnd")
    void aPageFarPastTheEndIsEmpty(String user, String path) throws Exception {
        HttpResponse<byte[]> response = send(new Case(path, user, "GET", path, null, null, Set.of(200), null));

        assertThat(response.statusCode()).as(text(response)).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("items").size()).isZero();
    }

    static Stream<Arguments> pagesFarPastTheEnd() {
        return Stream.of(Arguments.of("alice", "/api/sessions?page=2147483647"),
                Arguments.of("admin", "/api/admin/activity?page=2147483647&size=500"));
    }

    @org.junit.jupiter.api.Test
    void aRefusalIsJsonWhateverTheAcceptHeaderAsks() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/admin/activity")).header("Accept", "text/csv")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("bob:bob".getBytes())).build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).as(text(response)).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(JSON.readTree(response.body()).path("code").asString()).isEqualTo("FORBIDDEN");
    }

    @org.junit.jupiter.api.Test
    void aNoteOverItsLimitIsRefusedNamingTheFieldAndTheLimit() throws Exception {
        HttpResponse<byte[]> response = send(new Case("note", "alice", "POST",
                "/api/sessions/" + session + "/issues/" + issue + "/resolve", "application/json",
                ("{\"reason\":\"OTHER\",\"note\":\"" + "n".repeat(2001) + "\"}").getBytes(), Set.of(400), null));

        JsonNode error = JSON.readTree(response.body());
        assertThat(error.path("details").path("field").asString()).isEqualTo("note");
        assertThat(error.path("details").path("limit").asInt()).isEqualTo(2000);
    }

    @org.junit.jupiter.api.Test
    void aLongFileNameIsAcceptedAndKeptWithinItsLimit() throws Exception {
        String name = "c".repeat(276) + ".pdf";
        SampleSet sample = Samples.small();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nLong name\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(part("car", name, car));
        body.writeBytes(part("receipts", "r.pdf", Files.readAllBytes(sample.receipts())));
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));

        HttpResponse<byte[]> response = send(new Case("long", "alice", "POST", "/api/sessions", MULTIPART,
                body.toByteArray(), Set.of(202), null));

        assertThat(response.statusCode()).as(text(response)).isEqualTo(202);
    }

    private HttpResponse<byte[]> send(Case bad) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + bad.path()))
                .timeout(Duration.ofSeconds(60))
                .method(bad.method(), bad.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(bad.body()));
        if (bad.user() != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (bad.user() + ":" + bad.user()).getBytes(StandardCharsets.UTF_8)));
        }
        if (bad.contentType() != null) {
            request.header("Content-Type", bad.contentType());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return response.statusCode() + " " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    private static Case bad(String name, String user, String method, String path, String contentType, String body) {
        return new Case(name, user, method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                Set.of(400), "BAD_INPUT");
    }

    private static byte[] unclosed(String part) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\nnot closed\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private byte[] namedUpload(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + name + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(multipart("car", "car.pdf", car));
        return out.toByteArray();
    }

    private static byte[] part(String part, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] multipart(String part, String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(part(part, fileName, content));
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] bigPdf(int megabytes) {
        byte[] bytes = new byte[megabytes * 1024 * 1024];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, bytes, 0, head.length);
        return bytes;
    }
}
