package vn.doanket.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical personal-data values for tests, in one place so that the log scan of
 * {@code platform/log-audit} ({@code PersonalDataNotLoggedTest}) can look for every one of them in
 * every log the test suite writes. Use these constants whenever a test needs a phone number, an ID
 * number, a date of birth, an address, a petitioner's name or an e-mail address, and never put
 * them in test names, display names or assertion descriptions (surefire's reports record those).
 *
 * <p>Realistic but invented values.
 */
public final class TestPersonalData {

    /** A mobile number as people write it. */
    public static final String PHONE = "0912 345 678";
    /** The same number, digits only. */
    public static final String PHONE_DIGITS = "0912345678";
    /** A 12-digit citizen ID number (căn cước công dân). */
    public static final String CITIZEN_ID = "079203001234";
    /** A date of birth, ISO format. */
    public static final String DATE_OF_BIRTH = "1985-04-12";
    /** The same date as Vietnamese forms write it. */
    public static final String DATE_OF_BIRTH_VN = "12/04/1985";
    /** A street address (no province part). */
    public static final String ADDRESS = "Số 12 đường Lê Lợi, Phường Bà Rịa";
    /** A petitioner's full name. */
    public static final String PETITIONER_NAME = "Nguyễn Thị Hồng Nhung";
    /** An e-mail address. */
    public static final String EMAIL = "hongnhung.nguyen85@example.vn";

    private TestPersonalData() {
    }

    /**
     * Every value, in declaration order.
     *
     * @return the values
     */
    public static List<String> values() {
        return List.copyOf(byName().values());
    }

    /**
     * Every value by its constant's name, so a report can name what it found without repeating it.
     *
     * @return constant name → value, in declaration order
     */
    public static Map<String, String> byName() {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("PHONE", PHONE);
        all.put("PHONE_DIGITS", PHONE_DIGITS);
        all.put("CITIZEN_ID", CITIZEN_ID);
        all.put("DATE_OF_BIRTH", DATE_OF_BIRTH);
        all.put("DATE_OF_BIRTH_VN", DATE_OF_BIRTH_VN);
        all.put("ADDRESS", ADDRESS);
        all.put("PETITIONER_NAME", PETITIONER_NAME);
        all.put("EMAIL", EMAIL);
        return Collections.unmodifiableMap(all);
    }
}
