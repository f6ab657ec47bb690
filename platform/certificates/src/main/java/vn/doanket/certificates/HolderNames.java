package vn.doanket.certificates;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How the public verification page shows a holder's name: the <b>first word (the family name) is kept</b>; every
 * other word shows only its <b>first letter followed by one {@code *} per further letter</b>; words are separated by
 * one space. {@code Nguyễn Văn An} → {@code Nguyễn V** A*}; {@code Trần Thị Bích Ngọc} → {@code Trần T** B*** N***}.
 * A one-word name shows only its first letter ({@code Bình} → {@code B***}), so a given name alone is never shown.
 * Letters are counted after NFC normalisation, so a letter with diacritics counts once however it was typed.
 */
public final class HolderNames {

    private HolderNames() {
    }

    /** The masked form of a full name (empty for a blank name). */
    public static String mask(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        String[] words = Normalizer.normalize(fullName.strip(), Normalizer.Form.NFC).split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (i == 0 && words.length > 1) {
                out.add(words[0]);
            } else {
                out.add(initialAndStars(words[i]));
            }
        }
        return String.join(" ", out);
    }

    private static String initialAndStars(String word) {
        int[] codePoints = word.codePoints().toArray();
        StringBuilder masked = new StringBuilder().appendCodePoint(codePoints[0]);
        masked.append("*".repeat(codePoints.length - 1));
        return masked.toString();
    }
}
