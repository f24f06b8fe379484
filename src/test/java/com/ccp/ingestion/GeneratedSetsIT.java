package com.ccp.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.Expected;
import com.ccp.sample.Layout;
import com.ccp.sample.SampleSet;
import com.ccp.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.ExpectedEmployees;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Uploads generated sets over real HTTP and compares what the API shows with the generator's truth. */
@IntegrationTest
class GeneratedSetsIT {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @EnumSource(Layout.class)
    void apiShowsExactlyTheGeneratedEmployees(Layout layout) throws InterruptedException {
        SampleSet set = Samples.of(SampleSpec.of(21, 24, layout));
        ApiClient alice = new ApiClient(port, "alice");
        ApiClient.Response created = alice.createSession("Generated " + layout, set.car(), set.receipts());
        assertThat(created.status()).isEqualTo(202);
        String id = created.body().path("id").asString();

        JsonNode session = alice.awaitProcessed(id, Duration.ofSeconds(120));
        Expected expected = set.expected();
        assertThat(session.path("status").asString()).isEqualTo("COMPLETED");
        assertThat(session.path("period").asString()).isEqualTo(expected.period());
        assertThat(session.path("totals").path("employees").asInt()).isEqualTo(expected.employees().size());
        assertThat(session.path("totals").path("ready").asInt())
                .isEqualTo((int) expected.employees().stream().filter(Expected.Employee::ready).count());
        assertThat(session.path("progress").path("pagesDone").asInt())
                .isEqualTo(expected.carPageCount() + expected.receiptPageCount());

        JsonNode employees = alice.get("/api/sessions/" + id + "/employees").body();
        assertThat(employees.size()).isEqualTo(expected.employees().size());
        for (int i = 0; i < employees.size(); i++) {
            assertEmployee(employees.get(i), expected.employees().get(i));
        }
        JsonNode exceptions = alice.get("/api/sessions/" + id + "/employees?status=EXCEPTION").body();
        assertThat(exceptions.size()).isEqualTo((int) expected.employees().stream().filter(e -> !e.ready()).count());
    }

    private static void assertEmployee(JsonNode actual, Expected.Employee expected) {
        ExpectedEmployees.assertRow(actual, expected);
        assertThat(actual.path("revision").asInt()).isEqualTo(1);
    }
}
