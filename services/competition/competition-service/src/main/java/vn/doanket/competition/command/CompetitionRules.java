package vn.doanket.competition.command;

import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.UnitsInForce;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The reference rules the competition aggregates decide with: the service's "today" (Vietnam time), the units of
 * the territory on a day, and which unit lies below another. Injected into command handlers; the decisions they
 * take with it are recorded in the events (ADR 0008), so replaying never asks the map again.
 */
public class CompetitionRules {

    /** A client-supplied id: letters, digits, {@code . _ : -}, 1–64 characters (a UUID fits). */
    public static final String ID_FORM = "[A-Za-z0-9][A-Za-z0-9._:-]{0,63}";
    /** A username of the identity provider (a judge). */
    public static final String USERNAME_FORM = "[a-z0-9][a-z0-9._-]{1,63}";
    /** A membership person id. */
    public static final String PERSON_FORM = "p-[a-z0-9][a-z0-9-]{0,40}";
    /** A membership work committee id: {@code <area>/<term year>}. */
    public static final String COMMITTEE_FORM = UnitCode.AREA_FORM + "/\\d{4}";
    /** A person's or collective's name: letters (any script, with marks), digits, spaces and . , ' ( ) / -. */
    public static final String NAME_FORM = "[\\p{L}\\p{M}\\d][\\p{L}\\p{M}\\d .,'()/-]{0,198}[\\p{L}\\p{M}\\d.)]";

    /** {@link #ID_FORM} compiled. */
    public static final Pattern ID_FORM_PATTERN = Pattern.compile(ID_FORM);
    private static final Pattern USERNAME = Pattern.compile(USERNAME_FORM);
    private static final Pattern PERSON = Pattern.compile(PERSON_FORM);
    private static final Pattern COMMITTEE = Pattern.compile(COMMITTEE_FORM);
    private static final Pattern NAME = Pattern.compile(NAME_FORM);

    private final Territory territory;
    private final Clock clock;
    /** Competition's units: a unit not yet in force is unknown on that day, named by code (never echoing input). */
    private final UnitsInForce units;

    public CompetitionRules(Territory territory, Clock clock) {
        this.territory = territory;
        this.clock = clock;
        this.units = UnitsInForce.of(territory).beforeUnit(UnitsInForce.BeforeUnit.UNKNOWN)
                .unknownUnit((unitCode, on) -> {
                    String named = UnitCode.isValid(unitCode) ? unitCode + " " : ""; // a code of the right form only: never echo input
                    return DomainException.rule("unknown-unit", "Đơn vị hành chính " + named + "không tồn tại vào ngày " + on,
                            "The administrative unit " + named + "does not exist on " + on);
                });
    }

    /** Rules whose "today" is the territory's clock. */
    public CompetitionRules(Territory territory) {
        this(territory, territory.clock());
    }

    /** Today on the service's clock (Vietnam time). */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refuses a missing day or one after today. */
    public LocalDate requirePastOrToday(LocalDate day, String whatVi, String whatEn) {
        if (day == null) {
            throw DomainException.invalid("missing-date", "Thiếu " + whatVi.toLowerCase(java.util.Locale.ROOT),
                    whatEn + " is missing");
        }
        return UnitsInForce.requireNotFuture(day, today(), whatVi, whatEn);
    }

    /**
     * Requires a unit that exists on {@code on}: a unit of the territory, or a residential area of one of its
     * communes (an area membership has not published yet counts under its commune). A unit that a reorganisation
     * has closed by then is refused with what it became.
     */
    public String requireUnit(String unitCode, LocalDate on) {
        return units.requireUnit(unitCode, on);
    }

    /**
     * The level of an organising unit: contests and movements are organised by the nation, a province, a (former)
     * district or a commune, never by a residential area.
     *
     * @param unitCode a unit in force ({@link #requireUnit})
     * @param whatVi   what the unit is, in Vietnamese ("Đơn vị tổ chức", "Đơn vị phát động")
     */
    public static vn.doanket.competition.api.OrganiserLevel requireOrganiserLevel(String unitCode, String whatVi) {
        vn.doanket.competition.api.OrganiserLevel level = vn.doanket.competition.api.OrganiserLevel.of(unitCode);
        if (level == null) {
            throw DomainException.rule("invalid-organiser", whatVi + " phải là Trung ương, tỉnh, huyện (cũ) hoặc xã",
                    "The organiser must be the nation, a province, a (former) district or a commune");
        }
        return level;
    }

    /**
     * Whether {@code unit} lies strictly below {@code organiser} on the map of {@code on} (a residential area below
     * its commune and everything above it).
     */
    public boolean isBelow(String unit, String organiser, LocalDate on) {
        if (unit == null || organiser == null || unit.equals(organiser)) {
            return false;
        }
        return isAtOrBelow(unit, organiser, on);
    }

    /** Whether {@code unit} is {@code organiser} or lies below it on the map of {@code on}. */
    public boolean isAtOrBelow(String unit, String organiser, LocalDate on) {
        if (unit == null || organiser == null) {
            return false;
        }
        if (unit.equals(organiser) || Territory.NATION_CODE.equals(organiser)) {
            return true;
        }
        String placed = UnitCode.isArea(unit) && territory.unit(unit, on).isEmpty() ? UnitCode.communeOf(unit) : unit;
        if (!placed.equals(unit) && placed.equals(organiser)) {
            return true;
        }
        try {
            return territory.rollUpChain(placed, on, MapView.asRecorded()).contains(organiser);
        } catch (RuntimeException unknown) {
            return false;
        }
    }

    /** The unit's name on a day, for messages (the code when it has none). */
    public String nameOf(String unitCode, LocalDate on) {
        try {
            String name = territory.nameOf(unitCode, on);
            return name == null ? unitCode : name;
        } catch (RuntimeException unknown) {
            return unitCode;
        }
    }

    // ------------------------------------------------------------------ forms

    /** Requires a client-supplied id of the right form. */
    public static String requireId(String id, String code, String whatVi, String whatEn) {
        if (id == null || !ID_FORM_PATTERN.matcher(id).matches()) {
            throw DomainException.invalid(code, whatVi + " không hợp lệ (1–64 ký tự: chữ, số, . _ : -)",
                    whatEn + " is invalid (1–64 characters: letters, digits, . _ : -)");
        }
        return id;
    }

    /** Requires a judge's username. */
    public static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw DomainException.invalid("invalid-judge", "Tên đăng nhập của giám khảo không hợp lệ",
                    "The judge's username is invalid");
        }
        return username;
    }

    /** Requires a person's or collective's name (2–200 characters). */
    public static String requireName(String name, String whatVi, String whatEn) {
        if (name == null || !NAME.matcher(name.strip()).matches()) {
            throw DomainException.invalid("invalid-name", whatVi + " phải có từ 2 đến 200 ký tự (chữ, số, dấu cách)",
                    whatEn + " must have 2 to 200 characters (letters, digits, spaces)");
        }
        return name.strip().replaceAll("\\s+", " ");
    }

    /** Requires an optional membership person id. */
    public static String optionalPerson(String personId) {
        if (personId != null && !PERSON.matcher(personId).matches()) {
            throw DomainException.invalid("invalid-person-id", "Mã người không hợp lệ (p-…)", "Invalid person id (p-…)");
        }
        return personId;
    }

    /** Requires an optional membership committee id. */
    public static String optionalCommittee(String committeeId) {
        if (committeeId != null && !COMMITTEE.matcher(committeeId).matches()) {
            throw DomainException.invalid("invalid-committee-id", "Mã Ban Công tác Mặt trận không hợp lệ (<khu dân cư>/<năm>)",
                    "Invalid work committee id (<area>/<year>)");
        }
        return committeeId;
    }

    /** Requires a text of 1–{@code max} characters (stripped). */
    public static String requireText(String text, int max, String code, String whatVi, String whatEn) {
        if (text == null || text.isBlank() || text.strip().length() > max) {
            throw DomainException.invalid(code, whatVi + " phải có từ 1 đến " + max + " ký tự",
                    whatEn + " must have 1 to " + max + " characters");
        }
        return text.strip();
    }

    /** Requires an optional text of at most {@code max} characters (stripped; blank is null). */
    public static String optionalText(String text, int max, String code, String whatVi, String whatEn) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return requireText(text, max, code, whatVi, whatEn);
    }
}
