package vn.doanket.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class InfrastructurePropertiesTest {

    @Test
    void uniqueNamesAreValidDatabaseNames() {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            names.add(InfrastructureProperties.uniqueName("Membership Service"));
        }
        assertThat(names).hasSize(100).allSatisfy(name -> {
            assertThat(name).matches("membership_service_\\d+_[a-z0-9]+");
            assertThat(name.length()).isLessThanOrEqualTo(63);
        });
        assertThat(InfrastructureProperties.uniqueName("9lives")).startsWith("t_9lives_");
        assertThat(InfrastructureProperties.uniqueName("x".repeat(100))).hasSizeLessThanOrEqualTo(63);
    }

    @Test
    void mongoConnectionStringKeepsOptions() {
        MongoEndpoint plain = () -> "mongodb://127.0.0.1:1234";
        MongoEndpoint withOptions = () -> "mongodb://localhost:32768/?directConnection=true";
        MongoEndpoint withDatabase = () -> "mongodb://h:1/old?replicaSet=rs0";
        assertThat(plain.connectionString("a")).isEqualTo("mongodb://127.0.0.1:1234/a");
        assertThat(withOptions.connectionString("a")).isEqualTo("mongodb://localhost:32768/a?directConnection=true");
        assertThat(withDatabase.connectionString("b")).isEqualTo("mongodb://h:1/b?replicaSet=rs0");
    }

    @Test
    void sharedInfrastructureStartsEachServerOnceAndPropertiesPointAtThem() {
        SharedInfrastructure infra = SharedInfrastructure.get();
        assertThat(SharedInfrastructure.get()).isSameAs(infra);
        assertThat(infra.kind()).isEqualTo(InfrastructureKind.LOCAL);
        assertThat(infra.postgres()).isSameAs(infra.postgres()).isInstanceOf(PostgresServer.class);
        assertThat(infra.mongo()).isSameAs(infra.mongo()).isInstanceOf(MongoStandIn.class);

        var first = InfrastructureProperties.forNewContext("svc");
        var second = InfrastructureProperties.forNewContext("svc");
        assertThat(first.get("spring.datasource.url")).isNotEqualTo(second.get("spring.datasource.url"));
        assertThat(first.get("spring.data.mongodb.database")).isNotEqualTo(second.get("spring.data.mongodb.database"));
        assertThat(first.get("spring.data.mongodb.uri")).endsWith("/" + first.get("spring.data.mongodb.database"));
        assertThat(first.get("spring.kafka.bootstrap-servers"))
                .isEqualTo(first.get("spring.cloud.stream.kafka.binder.brokers"))
                .isEqualTo(infra.kafka().bootstrapServers());
        assertThat(first).containsEntry("doanket.infra.kind", "local");
        assertThat(InfrastructureProperties.asCommandLineArguments(first))
                .contains("--spring.datasource.url=" + first.get("spring.datasource.url"))
                .hasSize(first.size());
    }
}
