package vn.doanket.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/** Settings of the services' security ({@code doanket.security.*}). */
@ConfigurationProperties("doanket.security")
public class DoanketSecurityProperties {

    /**
     * Whether this application is a JWT resource server guarded by the platform's filter chain.
     * Off only for the identity provider itself.
     */
    private boolean resourceServer = true;

    /** Paths reachable without a token, besides health, info and the error page. */
    private List<String> publicPaths = new ArrayList<>();

    public boolean isResourceServer() {
        return resourceServer;
    }

    public void setResourceServer(boolean resourceServer) {
        this.resourceServer = resourceServer;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }
}
