package vn.doanket.devstack;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.stack.StackScenario;

import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every context's end-to-end scenarios ({@link StackScenario}, from the test-jars of the registered contexts' services)
 * on one stack: membership, dashboard, feedback and every plugged context on topics of their own, the shared broker,
 * PostgreSQL and MongoDB stand-in, and headless Chromium for pages opened without a login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StackScenariosTest {

    Pipeline pipeline;

    @BeforeAll
    void start() {
        pipeline = Pipeline.start("scenarios");
    }

    @AfterAll
    void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyContextsScenarios() {
        List<StackScenario> scenarios = new ArrayList<>();
        ServiceLoader.load(StackScenario.class).forEach(scenarios::add);
        assertThat(scenarios).as("scenarios of the plugged contexts").isNotEmpty();
        StackScenario.Stack stack = new PipelineStack(pipeline);
        return scenarios.stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> s.run(stack)));
    }

    /** The pipeline as a scenario sees it. */
    record PipelineStack(Pipeline pipeline) implements StackScenario.Stack {

        @Override
        public URI url(String service) {
            return URI.create(pipeline.service(service).url());
        }

        @Override
        public String bearer(String account) {
            return E2e.bearer(account);
        }

        @Override
        public Object applicationContext(String service) {
            return pipeline.service(service).context();
        }

        @Override
        public String kafkaBootstrap() {
            return SharedInfrastructure.get().kafka().bootstrapServers();
        }

        @Override
        public String topic(String context) {
            return switch (context) {
                case "membership" -> pipeline.topic();
                case "feedback" -> pipeline.feedbackTopic();
                default -> pipeline.namespace() + "." + vn.doanket.events.Topics.eventsOf(context);
            };
        }

        @Override
        public int redeliver(String context) throws Exception {
            String topic = topic(context);
            List<ConsumerRecord<String, byte[]>> records = TopicRecords.readAll(kafkaBootstrap(), topic);
            try (KafkaProducer<String, byte[]> producer = TopicRecords.producer(kafkaBootstrap())) {
                for (ConsumerRecord<String, byte[]> r : records) {
                    producer.send(new ProducerRecord<>(topic, null, r.key(), r.value(), r.headers())).get();
                }
            }
            return records.size();
        }

        @Override
        public String browse(String url, String screenshot) throws Exception {
            Files.createDirectories(DashboardLoginBrowserTest.SCREENSHOTS);
            try (DashboardLoginBrowserTest.Browser browser = DashboardLoginBrowserTest.Browser.open()) {
                browser.driver.get(url);
                DashboardLoginBrowserTest.waitFor(browser.driver, Duration.ofSeconds(20), "the page " + url,
                        d -> !d.findElement(By.tagName("body")).getText().isBlank());
                DashboardLoginBrowserTest.screenshot(browser.driver, screenshot);
                return browser.driver.findElement(By.tagName("body")).getText();
            }
        }
    }
}
