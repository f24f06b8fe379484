package com.ccp.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running app's REST API over real HTTP as one user (HTTP Basic). */
public final class ApiClient {

    /** A response: status and the JSON body (null node when there was none). */
    public record Response(int status, JsonNode body, HttpHeaders headers) {
        public String code() {
            return body.path("code").asString();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient client;

    public ApiClient(int port, String user) {
        this.client = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth(user, user))
                .build();
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient(RestClient.builder().baseUrl("http://localhost:" + port).build());
    }

    private ApiClient(RestClient client) {
        this.client = client;
    }

    /** The same client sending one more header on every call, e.g. the HTTP-session cookie of an earlier answer. */
    public ApiClient with(String header, String value) {
        return new ApiClient(client.mutate().defaultHeader(header, value).build());
    }

    /** The {@code name=value} part of the session cookie an answer set. */
    public static String sessionCookie(Response response) {
        return response.headers().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }

    public Response get(String path) {
        return exchange(client.get().uri(path));
    }

    /** A response whose body is kept as bytes (file downloads). */
    public record Download(int status, byte[] body, HttpHeaders headers) {
    }

    public Download download(String path) {
        return client.get().uri(path).exchange((req, res) -> new Download(res.getStatusCode().value(),
                res.getBody().readAllBytes(), res.getHeaders()));
    }

    public Response post(String path) {
        return exchange(client.post().uri(path));
    }

    public Response postJson(String path, Object body) {
        return exchange(client.post().uri(path).contentType(MediaType.APPLICATION_JSON).body(body));
    }

    public Response createSession(String name, Path car, Path receipts) {
        return multipart(name, null, car, receipts);
    }

    /** A session with a typed statement period. */
    public Response postMultipart(String period, Path car, Path receipts) {
        return multipart("Typed period", period, car, receipts);
    }

    private Response multipart(String name, String period, Path car, Path receipts) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("name", name);
        if (period != null) {
            parts.part("period", period);
        }
        if (car != null) {
            parts.part("car", new FileSystemResource(car));
        }
        if (receipts != null) {
            parts.part("receipts", new FileSystemResource(receipts));
        }
        return exchange(client.post().uri("/api/sessions").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts.build()));
    }

    /** A multipart POST: text fields, and file parts given as paths. */
    public Response postMultipart(String path, Map<String, String> fields, Map<String, Path> files) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        fields.forEach(parts::part);
        files.forEach((name, file) -> parts.part(name, new FileSystemResource(file)));
        return exchange(client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build()));
    }

    /** A PUT of a JSON document given as text, sent as it is. */
    public Response putJson(String path, String json) {
        return exchange(client.put().uri(path).contentType(MediaType.APPLICATION_JSON).body(json));
    }

    /** Creates a session naming the report profile of each file. */
    public Response createSession(String name, Path car, Path receipts, String carProfile, String receiptProfile) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("name", name);
        parts.part("car", new FileSystemResource(car));
        parts.part("receipts", new FileSystemResource(receipts));
        if (carProfile != null) {
            parts.part("carProfile", carProfile);
        }
        if (receiptProfile != null) {
            parts.part("receiptProfile", receiptProfile);
        }
        return exchange(client.post().uri("/api/sessions").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts.build()));
    }

    public Response delete(String path) {
        return exchange(client.delete().uri(path));
    }

    /** Uploads a late receipt report to a session. */
    public Response uploadReceipts(String sessionId, Path receipts, boolean replace) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("receipts", new FileSystemResource(receipts));
        parts.part("replace", String.valueOf(replace));
        return exchange(client.post().uri("/api/sessions/" + sessionId + "/receipts")
                .contentType(MediaType.MULTIPART_FORM_DATA).body(parts.build()));
    }

    /** Polls a session until its status is one of {@code statuses}; returns its body. */
    public JsonNode awaitStatus(String sessionId, Duration timeout, String... statuses) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        java.util.Set<String> wanted = java.util.Set.of(statuses);
        while (true) {
            JsonNode session = get("/api/sessions/" + sessionId).body();
            if (wanted.contains(session.path("status").asString())) {
                return session;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("session " + sessionId + " still " + session.path("status").asString()
                        + " after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    /** Creates a session from a generated set and waits until it is COMPLETED; returns its id. */
    public String completedSession(String name, Path car, Path receipts) throws InterruptedException {
        Response created = createSession(name, car, receipts);
        if (created.status() != 202) {
            throw new AssertionError("create answered " + created.status() + " " + created.body());
        }
        String id = created.body().path("id").asString();
        awaitStatus(id, Duration.ofSeconds(120), "COMPLETED");
        return id;
    }

    /** Polls a session until it leaves PROCESSING; returns its final body. */
    public JsonNode awaitProcessed(String sessionId, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode session = get("/api/sessions/" + sessionId).body();
            String status = session.path("status").asString();
            if (!status.equals("PROCESSING") && !status.equals("PENDING") && !status.equals("UPLOADING")) {
                return session;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("session " + sessionId + " still " + status + " after " + timeout);
            }
            Thread.sleep(100);
        }
    }

    private Response exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.exchange((req, res) -> {
            byte[] bytes = res.getBody().readAllBytes();
            JsonNode body = bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
            return new Response(res.getStatusCode().value(), body, res.getHeaders());
        });
    }

    public static Map<String, Object> json(Object... keyValues) {
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
