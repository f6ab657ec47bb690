package vn.doanket.events.error;

import java.util.Objects;

/**
 * A user-facing text in Vietnamese (first) and English. Never put personal data in one.
 */
public record LocalizedText(String vi, String en) {
    public LocalizedText {
        Objects.requireNonNull(vi, "vi");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String vi, String en) {
        return new LocalizedText(vi, en);
    }
}
