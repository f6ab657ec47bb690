package vn.doanket.testing;

import org.springframework.context.ApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The HTTP endpoints of a running Spring MVC application, from its request mappings (controllers
 * and actuator endpoints), for access-matrix tests that no new endpoint can escape.
 */
public final class Endpoints {

    private Endpoints() {
    }

    /**
     * "METHOD pattern" (e.g. {@code POST /api/residential-areas}) → handler, for every request
     * mapping of the application; a mapping without a method condition is listed as GET.
     *
     * @param context the running application's context
     * @return the endpoints, in mapping order
     */
    public static Map<String, HandlerMethod> of(ApplicationContext context) {
        Map<String, HandlerMethod> endpoints = new LinkedHashMap<>();
        for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mapping.getHandlerMethods().entrySet()) {
                Set<String> methods = new TreeSet<>();
                e.getKey().getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
                if (methods.isEmpty()) {
                    methods.add("GET");
                }
                for (String pattern : e.getKey().getPatternValues()) {
                    for (String method : methods) {
                        endpoints.put(method + " " + pattern, e.getValue());
                    }
                }
            }
        }
        return endpoints;
    }
}
