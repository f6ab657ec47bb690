package vn.doanket.feedback.query;

import org.springframework.stereotype.Component;
import vn.doanket.calendar.PublicHoliday;
import vn.doanket.calendar.WorkingCalendar;
import vn.doanket.events.error.DomainException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a deadline would be: {@code workingDays} Vietnamese working days after {@code from} (the day itself not
 * counted), on the official calendar of those years — the same rule forwarding and escalation use — with the
 * days off it skipped.
 */
@Component
public class DeadlinePreviews {

    /** The largest number of working days allowed, as for a forwarding. */
    public static final int MAX_WORKING_DAYS = 365;

    private final WorkingCalendar calendar;

    public DeadlinePreviews(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** A holiday skipped on the way, named in Vietnamese and English. */
    public record SkippedHoliday(LocalDate date, String nameVi, String nameEn) {
    }

    /**
     * The preview.
     *
     * @param from            the day counting starts after (e.g. the day of forwarding)
     * @param workingDays     the time allowed
     * @param deadline        the last day
     * @param calendarDays    days from {@code from} to {@code deadline}
     * @param skippedDays     days off between them: weekends, public holidays and swapped days off
     * @param weekendDays     Saturdays and Sundays among them (not holidays, not make-up working days)
     * @param holidayDays     public holidays (incl. substitute days) among them
     * @param swappedDaysOff  other days off by government decision (swapped with a make-up working day)
     * @param holidays        the public holidays skipped
     */
    public record DeadlinePreview(LocalDate from, int workingDays, LocalDate deadline, long calendarDays,
                                  int skippedDays, int weekendDays, int holidayDays, int swappedDaysOff,
                                  List<SkippedHoliday> holidays) {
    }

    public DeadlinePreview preview(LocalDate from, int workingDays) {
        if (from == null) {
            throw DomainException.invalid("missing-date", "Thiếu ngày bắt đầu tính (from)", "The start day (from) is missing");
        }
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw DomainException.invalid("invalid-working-days", "Số ngày làm việc phải từ 1 đến " + MAX_WORKING_DAYS,
                    "The number of working days must be 1 to " + MAX_WORKING_DAYS);
        }
        LocalDate deadline;
        try {
            deadline = calendar.addWorkingDays(from, workingDays);
        } catch (IllegalArgumentException outside) {
            throw DomainException.invalid("date-outside-calendar",
                    "Ngày nằm ngoài lịch làm việc được hỗ trợ (" + WorkingCalendar.FIRST_SUPPORTED_YEAR + "–"
                            + calendar.lastSupportedYear() + ")",
                    "The date is outside the supported working calendar (" + WorkingCalendar.FIRST_SUPPORTED_YEAR
                            + "–" + calendar.lastSupportedYear() + ")");
        }
        int weekends = 0;
        int holidayDays = 0;
        int swapped = 0;
        List<SkippedHoliday> holidays = new ArrayList<>();
        for (LocalDate day = from.plusDays(1); day.isBefore(deadline); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                continue;
            }
            Optional<PublicHoliday> holiday = calendar.holiday(day);
            if (holiday.isPresent()) {
                holidayDays++;
                holidays.add(new SkippedHoliday(day, holiday.get().vietnameseName(), holiday.get().englishName()));
            } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                weekends++;
            } else {
                swapped++;
            }
        }
        return new DeadlinePreview(from, workingDays, deadline, deadline.toEpochDay() - from.toEpochDay(),
                weekends + holidayDays + swapped, weekends, holidayDays, swapped, holidays);
    }
}
