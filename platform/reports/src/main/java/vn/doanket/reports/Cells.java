package vn.doanket.reports;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/** How cell values become text: ISO in CSV (machine-readable), Vietnamese conventions in documents. */
final class Cells {

    /** Vietnam's time zone: date-times are shown as local time there. */
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Locale VI = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Cells() {
    }

    /** @return the value as written in CSV (ISO dates, plain numbers) */
    static String csv(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Instant || value instanceof OffsetDateTime || value instanceof ZonedDateTime) {
            return vietnamTime(value).toOffsetDateTime().toString();
        }
        return value.toString();
    }

    /** @return the value as shown in a printable document */
    static String display(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "Có" : "Không";
        }
        if (value instanceof Number n) {
            NumberFormat format = NumberFormat.getNumberInstance(VI);
            format.setMaximumFractionDigits(2);
            return format.format(n);
        }
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (value instanceof LocalDateTime t) {
            return DATE_TIME.format(t);
        }
        if (value instanceof TemporalAccessor && (value instanceof Instant || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime)) {
            return DATE_TIME.format(vietnamTime(value));
        }
        return value.toString();
    }

    /** @return an instant-like value as Vietnam local time */
    static ZonedDateTime vietnamTime(Object value) {
        if (value instanceof Instant i) {
            return i.atZone(VIETNAM);
        }
        if (value instanceof OffsetDateTime o) {
            return o.atZoneSameInstant(VIETNAM);
        }
        if (value instanceof ZonedDateTime z) {
            return z.withZoneSameInstant(VIETNAM);
        }
        throw new IllegalArgumentException("not an instant: " + value.getClass().getName());
    }
}
