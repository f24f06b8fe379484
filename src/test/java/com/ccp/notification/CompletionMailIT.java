package com.ccp.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.ccp.sample.SampleSet;
import com.ccp.testing.ApiClient;
import com.ccp.testing.IntegrationTest;
import com.ccp.testing.Samples;
import com.ccp.testing.TestPdfs;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The "processing complete" e-mail through a real SMTP server (GreenMail): the owner hears when a
 * session is ready, with its counts and a link, and when it failed, with the reason. Its own
 * context (and data directory), since the mail settings differ from every other test's.
 */
@IntegrationTest
@TestPropertySource(properties = {
        "app.data-dir=target/it-data-mail",
        "spring.mail.host=127.0.0.1",
        "app.mail.domain=example.test",
        "app.mail.from=ccp@example.test",
        "app.mail.app-url=https://ccp.example.test/"
})
class CompletionMailIT {

    private static final int SMTP_PORT = freePort();

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @LocalServerPort
    int port;

    private ApiClient alice;

    @BeforeEach
    void setUp() {
        alice = new ApiClient(port, "alice");
    }

    @Test
    void tellsTheOwnerThatTheSessionIsReadyForReview() throws Exception {
        SampleSet set = Samples.small();
        String id = alice.completedSession("Mail ready", set.car(), set.receipts());
        JsonNode totals = alice.get("/api/sessions/" + id).body().path("totals");

        MimeMessage mail = receivedOne();
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("alice@example.test");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("ccp@example.test");
        assertThat(mail.getSubject()).isEqualTo("Session “Mail ready” is ready for review");
        String body = (String) mail.getContent();
        assertThat(body).contains("Employees:        " + totals.path("employees").asInt(),
                "Open issues:      " + totals.path("openIssues").asInt(),
                "https://ccp.example.test/sessions/" + id);
    }

    @Test
    void tellsTheOwnerWhyTheSessionFailed() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "mail-it"));
        Path car = TestPdfs.carWithoutReportTotal(dir.resolve("cut.pdf"));
        ApiClient.Response created = alice.createSession("Mail cut short", car, Samples.small().receipts());
        assertThat(created.status()).isEqualTo(202);
        String id = created.body().path("id").asString();
        assertThat(alice.awaitProcessed(id, Duration.ofSeconds(60)).path("status").asString()).isEqualTo("FAILED");

        MimeMessage mail = receivedOne();
        assertThat(mail.getSubject()).isEqualTo("Session “Mail cut short” could not be read");
        assertThat((String) mail.getContent()).contains("Report Total");
    }

    private static MimeMessage receivedOne() {
        assertThat(SMTP.waitForIncomingEmail(Duration.ofSeconds(20).toMillis(), 1)).as("an e-mail arrived").isTrue();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
