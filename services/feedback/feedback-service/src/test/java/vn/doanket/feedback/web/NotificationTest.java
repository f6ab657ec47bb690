package vn.doanket.feedback.web;

import org.junit.jupiter.api.Test;
import vn.doanket.feedback.notify.Notification;
import vn.doanket.testing.TestPersonalData;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.doanket.feedback.web.Http.ok;

/** Notifications run after the command, from their own processor: a stuck adapter never blocks a command. */
class NotificationTest extends FeedbackIntegrationTest {

    @Test
    void aBlockedNotifierDoesNotBlockCommandsAndNotificationsFollow() throws Exception {
        Http http = http();
        notifier.gate.drainPermits(); // the adapter now blocks
        try {
            String id = CompletableFuture.supplyAsync(() -> {
                try {
                    return ok(http.post("can-bo-ba-ria", "/api/petitions", PetitionApiTest.intake("26560", false, true)), 201)
                            .get("petitionId").asText();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).get(20, TimeUnit.SECONDS);
            ok(http.post("xu-ly-don-ba-ria", "/api/petitions/" + id + "/classification", Map.of("topic", "LAND")), 200);
            ok(http.post("xu-ly-don-ba-ria", "/api/petitions/" + id + "/forwarding", Map.of("bodyId", "26560:PEOPLES_COMMITTEE")), 200);
            assertThat(notifier.sent.stream().filter(n -> n.petitionId().equals(id))).isEmpty();
            notifier.gate.release(Integer.MAX_VALUE);
            await("both notifications of " + id).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                    .until(() -> notifier.sent.stream().filter(n -> n.petitionId().equals(id)).count() >= 2);
            Notification citizen = notifier.sent.stream().filter(n -> n.petitionId().equals(id)
                    && n.recipient() == Notification.Recipient.CITIZEN).findFirst().orElseThrow();
            assertThat(citizen.email()).isEqualTo(TestPersonalData.EMAIL);
            assertThat(citizen.toString()).doesNotContain(TestPersonalData.EMAIL);
            assertThat(notifier.sent.stream().filter(n -> n.petitionId().equals(id)
                    && n.eventType().equals("PetitionForwarded"))).hasSize(1);
        } finally {
            if (notifier.gate.availablePermits() == 0) {
                notifier.gate.release(Integer.MAX_VALUE);
            }
        }
    }
}
