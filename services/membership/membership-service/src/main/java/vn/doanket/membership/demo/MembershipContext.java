package vn.doanket.membership.demo;

import vn.doanket.context.ContextService;
import vn.doanket.membership.MembershipApplication;

/** Membership as the one-command stack sees it (META-INF/services/vn.doanket.context.ContextService). */
public final class MembershipContext implements ContextService {

    @Override
    public String name() {
        return "membership";
    }

    @Override
    public String label() {
        return "Thành viên / membership API";
    }

    @Override
    public Class<?> application() {
        return MembershipApplication.class;
    }

    @Override
    public int defaultPort() {
        return 8081;
    }

    @Override
    public int startOrder() {
        return 10;
    }

    @Override
    public String tour() {
        return "/api/residential-areas";
    }

    @Override
    public String loadDemoData(Stack stack) throws Exception {
        return MembershipDemoData.load(stack.url("membership").toString(), stack.bearer("quan-tri"))
                + " khu dân cư / residential areas";
    }
}
