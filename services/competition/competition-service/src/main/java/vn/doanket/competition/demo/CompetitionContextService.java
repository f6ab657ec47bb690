package vn.doanket.competition.demo;

import vn.doanket.competition.CompetitionApplication;
import vn.doanket.context.ContextService;

/**
 * The competition service as the one-command stack sees it (listed in
 * {@code META-INF/services/vn.doanket.context.ContextService}): configuration {@code competition.yml}, databases and
 * topic {@code competition}, port 8084, demo data through its own HTTP API.
 */
public class CompetitionContextService implements ContextService {

    @Override
    public String name() {
        return "competition";
    }

    @Override
    public String label() {
        return "Thi đua, khen thưởng / competition and emulation";
    }

    @Override
    public Class<?> application() {
        return CompetitionApplication.class;
    }

    @Override
    public int defaultPort() {
        return 8084;
    }

    @Override
    public String tour() {
        return "/api/contests?unit=79";
    }

    @Override
    public String loadDemoData(Stack stack) throws Exception {
        return new CompetitionDemoData(stack.url(name()), stack::bearer).load();
    }
}
