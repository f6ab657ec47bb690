package vn.doanket.security.personaldata;

import java.lang.reflect.Array;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kinds of personal data, each with the masked form shown to callers not entitled to the value.
 * Masks keep a hint of the shape only, never enough to identify a person.
 */
public enum PersonalDataKind {

    /** Phone number: {@code 0912 345 678} → {@code 09•• ••• •78}. */
    PHONE("Số điện thoại", "Phone number", "•••"),
    /** Citizen ID / passport number: last 3 characters, {@code 079203001234} → {@code •••••••••234}. */
    ID_NUMBER("Số định danh", "ID number", "•••"),
    /** Date of birth: the year only, {@code 1985-04-12} → {@code 1985}. */
    DATE_OF_BIRTH("Ngày sinh", "Date of birth", "••••"),
    /**
     * Address: the province part only when the last part names one ({@code …, Tỉnh Đồng Nai} →
     * {@code •••, Tỉnh Đồng Nai}), else {@code •••}.
     */
    ADDRESS("Địa chỉ", "Address", "•••"),
    /** A petition's submitter: name and contact, always {@code Ẩn danh / Hidden}. */
    PETITIONER_IDENTITY("Danh tính người kiến nghị", "Petitioner identity", "Ẩn danh / Hidden"),
    /** E-mail address: first character and domain, {@code nhung@example.vn} → {@code n•••@example.vn}. */
    EMAIL("Thư điện tử", "E-mail", "•••");

    /** The masking character. */
    public static final String DOT = "•";

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)");
    private static final Pattern PROVINCE = Pattern.compile("^(tỉnh|thành phố|tp\\.|tp\\s).*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final String labelVi;
    private final String labelEn;
    private final String opaque;

    PersonalDataKind(String labelVi, String labelEn, String opaque) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.opaque = opaque;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /**
     * The mask for a value that has no shape to hint at (an object, a map, an unparseable value).
     *
     * @return e.g. {@code •••}
     */
    public String opaqueMask() {
        return opaque;
    }

    /**
     * The masked form of a value: strings, numbers and dates by this kind's rule, collections and
     * arrays element by element (as a list), {@link Optional} by its content, anything else
     * {@link #opaqueMask()}.
     *
     * @param value the value, may be null
     * @return null for null (and empty optionals), a {@code String} or a {@code List} otherwise
     */
    public Object mask(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(this::mask).orElse(null);
        }
        if (value instanceof Collection<?> collection) {
            List<Object> masked = new ArrayList<>(collection.size());
            collection.forEach(element -> masked.add(mask(element)));
            return masked;
        }
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            List<Object> masked = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                masked.add(mask(Array.get(value, i)));
            }
            return masked;
        }
        if (this == DATE_OF_BIRTH && value instanceof TemporalAccessor temporal
                && temporal.isSupported(ChronoField.YEAR)) {
            return String.valueOf(temporal.get(ChronoField.YEAR));
        }
        if (value instanceof CharSequence || value instanceof Number) {
            return maskText(value.toString());
        }
        return opaque;
    }

    /**
     * The masked form of a text value by this kind's rule.
     *
     * @param value the text, may be null
     * @return null for null, blank text unchanged, the mask otherwise
     */
    public String maskText(String value) {
        if (value == null || value.isBlank()) {
            return value;
        }
        String text = value.strip();
        return switch (this) {
            case PHONE -> maskPhone(text);
            case ID_NUMBER -> maskIdNumber(text);
            case DATE_OF_BIRTH -> maskDateOfBirth(text);
            case ADDRESS -> maskAddress(text);
            case PETITIONER_IDENTITY -> opaque;
            case EMAIL -> maskEmail(text);
        };
    }

    private String maskPhone(String text) {
        String digits = text.replaceAll("\\D", "");
        if (digits.length() == 11 && digits.startsWith("84")) {
            digits = "0" + digits.substring(2); // +84 912 345 678 → 0912 345 678
        }
        if (digits.length() < 6) {
            return opaque;
        }
        String shape = digits.substring(0, 2) + DOT.repeat(digits.length() - 4) + digits.substring(digits.length() - 2);
        // grouped 4-3-rest, as numbers are read out: 09•• ••• •78
        StringBuilder grouped = new StringBuilder(shape.substring(0, 4));
        if (shape.length() > 4) {
            grouped.append(' ').append(shape, 4, Math.min(7, shape.length()));
        }
        if (shape.length() > 7) {
            grouped.append(' ').append(shape, 7, shape.length());
        }
        return grouped.toString();
    }

    private String maskIdNumber(String text) {
        String characters = text.replaceAll("[^\\p{Alnum}]", "");
        if (characters.length() <= 3) {
            return opaque;
        }
        return DOT.repeat(characters.length() - 3) + characters.substring(characters.length() - 3);
    }

    private String maskDateOfBirth(String text) {
        Matcher year = YEAR.matcher(text);
        return year.find() ? year.group(1) : opaque;
    }

    private String maskAddress(String text) {
        String[] parts = text.split(",");
        String last = parts[parts.length - 1].strip();
        return PROVINCE.matcher(last.toLowerCase(Locale.ROOT)).matches() ? opaque + ", " + last : opaque;
    }

    private String maskEmail(String text) {
        int at = text.lastIndexOf('@');
        if (at <= 0 || at == text.length() - 1) {
            return opaque;
        }
        return text.substring(0, text.offsetByCodePoints(0, 1)) + DOT.repeat(3) + text.substring(at);
    }
}
