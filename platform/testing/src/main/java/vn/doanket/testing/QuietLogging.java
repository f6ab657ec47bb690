package vn.doanket.testing;

import java.util.List;

import org.slf4j.LoggerFactory;

/**
 * Turns the chatty INFO logging of in-process infrastructure (Kafka broker and clients, ZooKeeper
 * classes, mongo-java-server) down to WARN when the application uses logback and has not chosen a
 * level for those loggers itself.
 */
final class QuietLogging {

    static final List<String> LOGGERS = List.of("kafka", "org.apache.kafka", "state.change.logger",
            "org.apache.zookeeper", "de.bwaldvogel");

    private QuietLogging() {
    }

    static void apply() {
        try {
            Object factory = LoggerFactory.getILoggerFactory();
            if ("ch.qos.logback.classic.LoggerContext".equals(factory.getClass().getName())) {
                Logback.apply(factory);
            }
        } catch (LinkageError | RuntimeException e) {
            // logging is cosmetics; never fail a start because of it
        }
    }

    private static final class Logback {
        private Logback() {
        }

        static void apply(Object factory) {
            ch.qos.logback.classic.LoggerContext context = (ch.qos.logback.classic.LoggerContext) factory;
            for (String name : LOGGERS) {
                ch.qos.logback.classic.Logger logger = context.getLogger(name);
                if (logger.getLevel() == null) {
                    logger.setLevel(ch.qos.logback.classic.Level.WARN);
                }
            }
        }
    }
}
