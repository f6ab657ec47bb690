package vn.doanket.web.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %service}: the {@link ServiceName} of the logging thread, else the context's
 * {@code SERVICE_NAME} ({@code spring.application.name}, set by {@code logback-spring.xml}).
 */
public class ServiceNameConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        String name = ServiceName.current();
        if (name == null && getContext() != null) {
            name = getContext().getProperty("SERVICE_NAME");
        }
        return name == null ? "" : name;
    }
}
