package com.ccp.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ccp.base.AppException;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.security.Actor;
import com.ccp.security.Role;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Before a close: what it leaves undone (open issues, ready employees never exported), and the
 * exact sessions "Close all" will close — it closes those and refuses when the list went stale.
 */
@IntegrationTest
class CloseImpactIT {

    @LocalServerPort
    int port;
    @Autowired
    LifecycleService lifecycle;

    @Test
    void closeWarnsWithOpenIssuesAndReadyEmployeesNeverExported() throws Exception {
        String user = "alice";
        ApiClient client = new ApiClient(port, user);
        SampleSet set = Samples.of(SampleSpec.standard(11, 10));
        String id = client.completedSession("Impact", set.car(), set.receipts());
        int openIssues = 0;
        int ready = 0;
        for (JsonNode employee : client.get("/api/sessions/" + id + "/employees").body()) {
            ready += employee.path("status").asString().equals("READY") ? 1 : 0;
            for (JsonNode issue : client.get("/api/sessions/" + id + "/employees/" + employee.path("employeeId")
                    .asString()).body().path("issues")) {
                openIssues += issue.path("resolved").asBoolean() ? 0 : 1;
            }
        }
        Actor actor = Actor.of(user, Role.USER);

        CloseImpact before = lifecycle.impact(actor, id);
        assertThat(before.openIssues()).isEqualTo(openIssues).isPositive();
        assertThat(before.readyNeverExported()).isEqualTo(ready).isPositive();

        assertThat(client.postJson("/api/sessions/" + id + "/exports", ApiClient.json("mode", "DELTA")).status())
                .isEqualTo(201);
        assertThat(lifecycle.impact(actor, id).readyNeverExported()).isZero();
        assertThat(lifecycle.impact(actor, id).openIssues()).isEqualTo(openIssues);
    }

    @Test
    void closeAllClosesExactlyTheListedSessionsAndRefusesAStaleList() throws Exception {
        String user = "bob";
        ApiClient client = new ApiClient(port, user);
        SampleSet set = Samples.of(SampleSpec.standard(11, 10));
        String first = client.completedSession("First", set.car(), set.receipts());
        Actor actor = Actor.of(user, Role.USER);
        List<CloseImpact> listed = lifecycle.closeable(actor);
        assertThat(listed.getFirst().sessionId()).as("newest first").isEqualTo(first);
        assertThat(listed.getFirst().name()).isEqualTo("First");

        String second = client.completedSession("Second", set.car(), set.receipts());
        List<String> stale = listed.stream().map(CloseImpact::sessionId).toList();
        assertThatThrownBy(() -> lifecycle.closeListed(actor, "Year end", "CLOSE", stale))
                .isInstanceOf(AppException.class).hasMessageContaining("nothing was closed");
        assertThat(client.get("/api/sessions/" + first).body().path("status").asString()).isEqualTo("COMPLETED");

        List<String> fresh = lifecycle.closeable(actor).stream().map(CloseImpact::sessionId).toList();
        assertThat(fresh).startsWith(second, first).hasSize(stale.size() + 1);
        assertThat(lifecycle.closeListed(actor, "Year end", "CLOSE", fresh)).isEqualTo(fresh.size());
        assertThat(client.get("/api/sessions/" + second).body().path("status").asString()).isEqualTo("CLOSED");
        assertThat(lifecycle.closeable(actor)).isEmpty();
    }
}
