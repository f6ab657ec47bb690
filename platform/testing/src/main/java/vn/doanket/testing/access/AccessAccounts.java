package vn.doanket.testing.access;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The demo accounts of the access matrix and the territory truth table they imply — shared by the stack's
 * {@code AccessMatrixTest} and every context's {@link AccessMatrixRows}.
 */
public final class AccessAccounts {

    private AccessAccounts() {
    }

    /** Demo accounts → their scope as issued by the identity provider (null account = no token). */
    public static final Map<String, String> SCOPE = scopes();

    private static Map<String, String> scopes() {
        Map<String, String> scope = new LinkedHashMap<>();
        scope.put(null, null);
        scope.put("trung-uong", "VN");
        scope.put("quan-tri", "VN");
        scope.put("lanh-dao-hcm", "79");
        scope.put("can-bo-hcm", "79");
        scope.put("kiem-tra-hcm", "79");
        scope.put("lanh-dao-ha-noi", "01");
        scope.put("can-bo-cao-bang", "04");
        scope.put("lanh-dao-ba-ria", "26560");
        scope.put("can-bo-ba-ria", "26560");
        scope.put("xu-ly-don-ba-ria", "26560");
        scope.put("ban-cong-tac-kp-phuoc-trung", "26560-KP01");
        return Collections.unmodifiableMap(scope);
    }

    /** Accounts with the OFFICER role, and the administrator. */
    public static final Set<String> OFFICERS = Set.of("can-bo-hcm", "can-bo-cao-bang", "can-bo-ba-ria", "quan-tri");
    /** The national administrator. */
    public static final Set<String> ADMINISTRATORS = Set.of("quan-tri");
    /** The residential-area committee account. */
    public static final String COMMITTEE = "ban-cong-tac-kp-phuoc-trung";

    /**
     * Which scopes cover which units: 26560 Phường Bà Rịa and 26506 Phường Vũng Tàu are in 79 Hồ Chí Minh City;
     * 26554 Phường Phước Nguyên of the former Bà Rịa city (province 77) merged into 26560 on 1 July 2025; 00004 is in
     * 01 Hà Nội.
     */
    public static final Map<String, Set<String>> COVERS = Map.of(
            "79", Set.of("79", "26560", "26506", "26554", "26560-KP01", "26506-KP01"),
            "01", Set.of("01", "00004", "00004-TDP01"),
            "04", Set.of("04"),
            "26560", Set.of("26560", "26554", "26560-KP01"),
            "26560-KP01", Set.of("26560-KP01"));

    public static boolean covers(String scope, String unit) {
        return "VN".equals(scope) || COVERS.getOrDefault(scope, Set.of()).contains(unit);
    }

    /** Every signed-in role reads within its territory: 401 without a token, 404 outside, {@code ok} inside. */
    public static BiFunction<String, String, Integer> readers(String unit, int ok) {
        return (account, scope) -> account == null ? 401 : covers(scope, unit) ? ok : 404;
    }

    /**
     * Officers and administrators record within their territory: 401 without a token, 403 for other roles, 404
     * outside, {@code ok} inside.
     */
    public static BiFunction<String, String, Integer> recorders(String unit, int ok) {
        return (account, scope) -> account == null ? 401 : !OFFICERS.contains(account) ? 403
                : !covers(scope, unit) ? 404 : ok;
    }

    /** Like {@link #recorders}, the residential-area committee too (for its own area). */
    public static BiFunction<String, String, Integer> recordersAndCommittee(String unit, int ok) {
        return (account, scope) -> account == null ? 401
                : !OFFICERS.contains(account) && !COMMITTEE.equals(account) ? 403
                : !covers(scope, unit) ? 404 : ok;
    }

    /** Administrators only: 401, 403 for every other role, {@code ok}. */
    public static BiFunction<String, String, Integer> administrators(int ok) {
        return (account, scope) -> account == null ? 401 : ADMINISTRATORS.contains(account) ? ok : 403;
    }

    /** Public: {@code status} for everyone, signed in or not. */
    public static BiFunction<String, String, Integer> everyone(int status) {
        return (account, scope) -> status;
    }
}
