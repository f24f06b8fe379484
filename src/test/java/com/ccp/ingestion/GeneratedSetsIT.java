package com.ccp.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.pdf.sample.Expected;
import com.ccp.pdf.sample.Layout;
import com.ccp.pdf.sample.SampleSet;
import com.ccp.pdf.sample.SampleSpec;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
        String who = expected.employeeId() + " " + expected.notes();
        assertThat(actual.path("employeeId").asString()).isEqualTo(expected.employeeId());
        assertThat(actual.path("name").asString()).as(who)
                .isEqualTo(expected.carName() != null ? expected.carName() : expected.receiptName());
        assertThat(new BigDecimal(actual.path("carTotal").asString())).as(who).isEqualByComparingTo(expected.carTotal());
        assertThat(actual.path("carTotal").asString()).as(who).matches("-?\\d+\\.\\d{2}");
        assertThat(new BigDecimal(actual.path("receiptTotal").asString())).as(who)
                .isEqualByComparingTo(expected.receiptTotal());
        assertThat(actual.path("transactionCount").asInt()).as(who).isEqualTo(expected.transactionCount());
        assertThat(actual.path("receiptCount").asInt()).as(who).isEqualTo(expected.receiptCount());
        assertThat(pages(actual.path("carPages"))).as(who).isEqualTo(expected.carPages());
        assertThat(pages(actual.path("receiptPages"))).as(who).isEqualTo(expected.receiptPages());
        List<String> flags = new ArrayList<>();
        actual.path("flags").forEach(flag -> flags.add(flag.asString()));
        assertThat(flags).as(who).isEqualTo(expected.flags());
        assertThat(actual.path("status").asString()).as(who).isEqualTo(expected.ready() ? "READY" : "EXCEPTION");
        assertThat(actual.path("revision").asInt()).isEqualTo(1);
    }

    private static List<Integer> pages(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        return List.of(node.get(0).asInt(), node.get(1).asInt());
    }
}
