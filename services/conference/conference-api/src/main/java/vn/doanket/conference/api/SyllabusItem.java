package vn.doanket.conference.api;

/**
 * One item of a training class's syllabus.
 *
 * @param title what is taught
 * @param hours teaching hours (0 when not stated)
 */
public record SyllabusItem(String title, int hours) {
}
