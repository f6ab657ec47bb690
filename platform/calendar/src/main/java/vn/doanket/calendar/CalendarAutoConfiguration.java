package vn.doanket.calendar;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot auto-configuration providing {@link WorkingCalendar#official()} as a singleton bean, unless the
 * application defines its own {@link WorkingCalendar} (for instance one built with a local table of swapped
 * working days).
 *
 * <p>Spring is an optional dependency of this module: without Spring, call {@link WorkingCalendar#official()}
 * directly (this class is then simply never loaded).
 */
@AutoConfiguration
public class CalendarAutoConfiguration {

    /** Creates the auto-configuration; instantiated by Spring. */
    public CalendarAutoConfiguration() {
    }

    /**
     * The working calendar with the shipped tables.
     *
     * @return the calendar
     */
    @Bean
    @ConditionalOnMissingBean
    public WorkingCalendar workingCalendar() {
        return WorkingCalendar.official();
    }
}
