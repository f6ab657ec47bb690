package vn.doanket.conference;

import org.springframework.context.ApplicationContext;
import vn.doanket.conference.demo.DemoConferences;
import vn.doanket.context.ContextService;

/** The conference service as the one-command stack sees it (declared in {@code META-INF/services}). */
public class ConferenceContextService implements ContextService {

    @Override
    public String name() {
        return "conference";
    }

    @Override
    public String label() {
        return "Hội nghị / conferences";
    }

    @Override
    public Class<?> application() {
        return ConferenceApplication.class;
    }

    @Override
    public int defaultPort() {
        return 8083;
    }

    @Override
    public String tour() {
        return "/api/conferences?unit=26560";
    }

    /**
     * Conferences of every kind around Phường Bà Rịa (26560) and its residential areas, Phường Vũng Tàu (26506), Hà
     * Nội and Cao Bằng: Great Unity Days of 2025 and 2026 (coverage), a dialogue conference whose opinions go to the
     * feedback service, a thematic conference with presentations and checked-in invitations, a briefing, propaganda
     * sessions, a study tour, a training class whose trainees who attended every session complete it, a conference
     * recorded in 2023 under a commune merged since, and one still to come with invitations sent.
     */
    @Override
    public String loadDemoData(Stack stack) {
        DemoConferences.Summary summary = DemoConferences.load((ApplicationContext) stack.applicationContext(name()));
        return summary.conferences() + " hội nghị, buổi tuyên truyền, Ngày hội / conferences, sessions, Unity Days; "
                + summary.trainees() + " học viên tập huấn / trainees";
    }
}
