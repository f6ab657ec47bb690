package vn.doanket.competition.demo;

import vn.doanket.testing.http.TestHttp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import vn.doanket.competition.CompetitionApplication;
import vn.doanket.competition.dashboard.CompetitionProjection;
import vn.doanket.context.ContextService;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.events.EventEnvelope;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The context plug-in as the devstack uses it: found by the {@link ServiceLoader}, its demo data loaded through the
 * running service's HTTP API with real tokens (its own databases and topic), and what the dashboard would count from
 * the published messages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=competition",
        "doanket.axon.publisher.topic=" + CompetitionDemoDataTest.TOPIC,
        "doanket.membership.territory.topic=test.competition-demo.membership.events",
        "doanket.membership.territory.startup-wait=0s"})
@LocalInfrastructure
class CompetitionDemoDataTest {

    static final String TOPIC = "test.competition-demo.events";
    static final ObjectMapper JSON = TestHttp.JSON;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    JsonNode get(String account, String path) {
        TestHttp.Response response = TestHttp.to("http://127.0.0.1:" + port)
                .as(SharedInfrastructure.get().identity().bearer(account)).get(path);
        return response.status() == 200 ? response.json()
                : JSON.createObjectNode().put("httpStatus", response.status()).put("body", response.body());
    }

    JsonNode await(String account, String path, java.util.function.Predicate<JsonNode> condition) {
        return TestHttp.to("http://127.0.0.1:" + port).as(SharedInfrastructure.get().identity().bearer(account))
                .await(path, "GET " + path + " as " + account, Duration.ofSeconds(60), condition);
    }

    @Test
    void theDemoDataLoadsThroughTheApiAndTheDashboardCountsItWithoutAMark() throws Exception {
        List<ContextService> services = ServiceLoader.load(ContextService.class).stream().map(ServiceLoader.Provider::get)
                .filter(s -> s.name().equals("competition")).toList();
        assertThat(services).hasSize(1);
        ContextService service = services.get(0);
        assertThat(service.application()).isEqualTo(CompetitionApplication.class);
        assertThat(service.defaultPort()).isEqualTo(8084);
        assertThat(service.label()).contains("/");

        String summary = service.loadDemoData(new ContextService.Stack() {
            @Override
            public URI url(String name) {
                assertThat(name).isEqualTo("competition");
                return URI.create("http://127.0.0.1:" + port);
            }

            @Override
            public String bearer(String username) {
                return SharedInfrastructure.get().identity().bearer(username);
            }

            @Override
            public Object applicationContext(String name) {
                return context;
            }
        });
        assertThat(summary).contains("12.150.000 đồng").contains("12,150,000 VND");

        // the city contest is published: 19 prizes, 1/2/3/13
        JsonNode prizes = await("lanh-dao-ba-ria", "/api/contests/" + CompetitionDemoData.CITY_CONTEST + "/prizes",
                v -> v.get("prizes").size() == 19);
        Map<String, Integer> byTier = new HashMap<>();
        prizes.get("prizes").forEach(p -> byTier.merge(p.at("/tier/code").asText(), 1, Integer::sum));
        assertThat(byTier).isEqualTo(Map.of("FIRST", 1, "SECOND", 2, "THIRD", 3, "CONSOLATION", 13));
        // the ward contest's round is open: sealed for everyone, the national administrator included
        JsonNode sealed = get("quan-tri", "/api/contests/" + CompetitionDemoData.WARD_CONTEST + "/rounds/tieu-pham/results");
        assertThat(sealed.get("httpStatus").asInt()).isEqualTo(404);
        assertThat(sealed.get("body").asText()).contains("results-not-available");
        // Phường Bà Rịa's Tết gifts: 27 × 450,000 đồng
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = LocalDate.of(today.getYear(), 2, 10).isAfter(today) ? today.getYear() - 1 : today.getYear();
        // (the correction's reversal and its replacement are two gifts' events, projected in no order: 27 gifts are
        // also counted while the wrong one still stands and the replacement is not in yet, so the amount is awaited too)
        JsonNode totals = await("lanh-dao-hcm", "/api/gifts/totals?unit=26560&year=" + year,
                v -> v.get("gifts").asLong() == 27 && v.get("amountVnd").asLong() == 12_150_000L);
        assertThat(totals.get("amountVnd").asLong()).isEqualTo(12_150_000L);

        // what the dashboard counts from the published messages, by unit
        // (the publisher forwards from the event store asynchronously: the topic catches up with the API's totals, so
        // the count is awaited, never read once)
        org.awaitility.Awaitility.await("the published messages to count what the API totals")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).ignoreExceptions().untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = TopicRecords.readAll(bootstrap, TOPIC);
            CompetitionProjection projection = new CompetitionProjection();
            Map<String, Document> documents = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                EventEnvelope envelope = EnvelopeCodec.decode(record.value());
                if (projection.collection(envelope) != null) {
                    projection.apply(documents.computeIfAbsent(envelope.aggregateId(), k -> new Document("_id", k)), envelope);
                }
            }
            Map<String, Map<String, Long>> byUnit = new HashMap<>();
            for (Document document : documents.values()) {
                assertThat(document.toJson()).doesNotContain("mark").doesNotContain("\"rank");
                SortedMap<LocalDate, Map<String, Long>> timeline = projection.timeline(document);
                timeline.get(timeline.lastKey()).forEach((figure, value) -> byUnit
                        .computeIfAbsent(projection.placement(document).unitCode(), u -> new HashMap<>())
                        .merge(figure, value, Long::sum));
            }
            assertThat(byUnit.get("79")).containsEntry("contests", 1L).containsEntry("contestants", 19L)
                    .containsEntry("contestCommunes", 11L).containsEntry("prizesFirst", 1L).containsEntry("prizesSecond", 2L)
                    .containsEntry("prizesThird", 3L).containsEntry("prizesConsolation", 13L);
            assertThat(byUnit.get("26560")).containsEntry("contests", 1L).containsEntry("contestants", 4L)
                    .doesNotContainKeys("prizesFirst", "prizesSecond");
            long wardGifts = byUnit.entrySet().stream().filter(e -> e.getKey().startsWith("26560"))
                    .mapToLong(e -> e.getValue().getOrDefault("giftsVnd", 0L)).sum();
            assertThat(wardGifts).isEqualTo(12_150_000L);
            assertThat(byUnit.values().stream().mapToLong(m -> m.getOrDefault("commendations", 0L)).sum()).isEqualTo(3L);
        });
    }
}
