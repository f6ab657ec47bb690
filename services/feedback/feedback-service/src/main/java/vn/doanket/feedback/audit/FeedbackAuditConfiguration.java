package vn.doanket.feedback.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;

/**
 * Switches the tamper-evident audit trail on for petitions: every {@code Petition} event is chained
 * with a keyed hash in the event store's transaction, chain heads are checkpointed and signed
 * outside the event store, and {@code verify} is served over HTTP (see {@link PetitionAuditController})
 * and from the command line ({@code vn.doanket.audit.VerifyCli}). Settings in
 * {@code audit/feedback-audit.properties}, overridable by {@code feedback.yml} and the environment.
 */
@Configuration(proxyBeanMethods = false)
@PropertySource(value = "classpath:audit/feedback-audit.properties", encoding = "UTF-8")
public class FeedbackAuditConfiguration {
}
