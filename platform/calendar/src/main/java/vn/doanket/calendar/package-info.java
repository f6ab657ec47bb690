/**
 * Vietnamese calendar for deadlines of public bodies: the lunar calendar ({@link vn.doanket.calendar.LunarCalendar}),
 * the public holidays of the Labour Code with substitute days and the government's yearly decisions, and
 * working-day arithmetic ({@link vn.doanket.calendar.WorkingCalendar}). Plain Java; Spring Boot is optional
 * ({@link vn.doanket.calendar.CalendarAutoConfiguration}).
 */
package vn.doanket.calendar;
