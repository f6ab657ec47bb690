package vn.doanket.dashboard.config;

import vn.doanket.context.ContextService;
import vn.doanket.dashboard.DashboardApplication;

/** The dashboard as the one-command stack sees it (META-INF/services/vn.doanket.context.ContextService). */
public final class DashboardContext implements ContextService {

    @Override
    public String name() {
        return "dashboard";
    }

    @Override
    public String label() {
        return "Bảng điều khiển / dashboard";
    }

    @Override
    public Class<?> application() {
        return DashboardApplication.class;
    }

    @Override
    public int defaultPort() {
        return 8080;
    }

    @Override
    public int startOrder() {
        return 20;
    }

    @Override
    public String tour() {
        return "/  (số liệu / figures: /api/units/VN/figures)";
    }
}
