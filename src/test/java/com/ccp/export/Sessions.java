package com.ccp.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.testing.ApiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** Test steps over the API: a processed session, its employees, resolving their issues. */
final class Sessions {

    private final ApiClient client;

    Sessions(ApiClient client) {
        this.client = client;
    }

    String processed(String name, SampleSet set) throws InterruptedException {
        ApiClient.Response created = client.createSession(name, set.car(), set.receipts());
        assertThat(created.status()).as(created.body().toString()).isEqualTo(202);
        String id = created.body().path("id").asString();
        assertThat(client.awaitProcessed(id, Duration.ofSeconds(120)).path("status").asString()).isEqualTo("COMPLETED");
        return id;
    }

    List<JsonNode> employees(String sessionId) {
        List<JsonNode> employees = new ArrayList<>();
        client.get("/api/sessions/" + sessionId + "/employees").body().forEach(employees::add);
        return employees;
    }

    List<JsonNode> ready(String sessionId) {
        return employees(sessionId).stream().filter(e -> e.path("status").asString().equals("READY")).toList();
    }

    List<JsonNode> notReady(String sessionId) {
        return employees(sessionId).stream().filter(e -> !e.path("status").asString().equals("READY")).toList();
    }

    JsonNode employee(String sessionId, String employeeId) {
        return client.get("/api/sessions/" + sessionId + "/employees/" + employeeId).body();
    }

    /** Resolves every open issue of the employee, so they become ready. */
    void resolveAll(String sessionId, String employeeId) {
        for (JsonNode issue : employee(sessionId, employeeId).path("issues")) {
            if (!issue.path("resolved").asBoolean()) {
                ApiClient.Response resolved = client.postJson("/api/sessions/" + sessionId + "/issues/"
                        + issue.path("id").asString() + "/resolve", ApiClient.json("reason", "OTHER", "note", "test"));
                assertThat(resolved.status()).as(resolved.body().toString()).isEqualTo(200);
            }
        }
    }

    /** Every open issue of the session as "employeeId|flag|detail". */
    List<String> openIssues(String sessionId) {
        List<String> issues = new ArrayList<>();
        for (JsonNode employee : notReady(sessionId)) {
            String id = employee.path("employeeId").asString();
            for (JsonNode issue : employee(sessionId, id).path("issues")) {
                if (!issue.path("resolved").asBoolean()) {
                    issues.add(id + "|" + issue.path("flag").asString() + "|" + issue.path("detail").asString());
                }
            }
        }
        return issues;
    }

    ApiClient.Response export(String sessionId, String mode) {
        return client.postJson("/api/sessions/" + sessionId + "/exports", ApiClient.json("mode", mode));
    }

    JsonNode preview(String sessionId, String mode) {
        ApiClient.Response preview = client.get("/api/sessions/" + sessionId + "/export-preview?mode=" + mode);
        assertThat(preview.status()).isEqualTo(200);
        return preview.body();
    }
}
