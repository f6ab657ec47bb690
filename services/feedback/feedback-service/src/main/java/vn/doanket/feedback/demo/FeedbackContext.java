package vn.doanket.feedback.demo;

import org.springframework.context.ApplicationContext;
import vn.doanket.context.ContextService;
import vn.doanket.feedback.FeedbackApplication;

import java.time.Duration;

/** Feedback as the one-command stack sees it (META-INF/services/vn.doanket.context.ContextService). */
public final class FeedbackContext implements ContextService {

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public String label() {
        return "Ý kiến / feedback API";
    }

    @Override
    public Class<?> application() {
        return FeedbackApplication.class;
    }

    @Override
    public int defaultPort() {
        return 8082;
    }

    @Override
    public int startOrder() {
        return 30;
    }

    @Override
    public String tour() {
        return "/api/petitions?unit=VN  (Open311: /open311/v2/services.json)";
    }

    /** 300 petitions in every state, then the overdue ones escalated (after membership's demo data). */
    @Override
    public String loadDemoData(Stack stack) throws Exception {
        ApplicationContext feedback = (ApplicationContext) stack.applicationContext("feedback");
        int petitions = FeedbackDemoData.load(feedback, 300);
        String escalated = FeedbackDemoData.escalateOverdue(feedback, Duration.ofSeconds(60)) + "";
        return petitions + " ý kiến, kiến nghị / petitions; chuyển cấp trên / escalated: " + escalated;
    }
}
