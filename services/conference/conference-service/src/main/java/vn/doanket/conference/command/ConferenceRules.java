package vn.doanket.conference.command;

import vn.doanket.events.UnitCode;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.Topic;
import vn.doanket.security.UnitsInForce;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The reference rules the conference aggregates decide with: "today" on the service's clock (Vietnam time), the
 * forms of ids, the units of the territory (a residential area for a Unity Day, a unit within the organiser's for an
 * opinion or a committee), and feedback's topic taxonomy. Injected into command handlers; it reads the territory
 * tree (kept current from membership's published facts) and never a query model.
 */
public class ConferenceRules {

    /** A client-supplied id: letters, digits, '_' and '-', 1–64, no '/', ':' or '.' (reserved for derived ids). */
    public static final String ID_FORM = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
    /** A membership person id. */
    public static final String PERSON_FORM = "p-[a-z0-9][a-z0-9-]{0,40}";
    /** A Front Work Committee id: {@code <area code>/<first year of the term>}. */
    public static final String COMMITTEE_FORM = UnitCode.AREA_FORM + "/\\d{4}";
    /** A name (letters of any script with marks, spaces, dots, apostrophes, hyphens), 2–100 characters. */
    public static final String NAME_FORM = "[\\p{L}\\p{M}][\\p{L}\\p{M} .'-]{0,98}[\\p{L}\\p{M}.]";

    private static final Pattern ID = Pattern.compile(ID_FORM);
    private static final Pattern PERSON = Pattern.compile(PERSON_FORM);
    private static final Pattern COMMITTEE = Pattern.compile(COMMITTEE_FORM);
    private static final Pattern NAME = Pattern.compile(NAME_FORM);
    private static final Set<String> TOPICS = Arrays.stream(Topic.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private final Territory territory;
    private final Clock clock;
    /** The platform's defaults: form checked, a unit not yet in force refused by code, unpublished areas only. */
    private final UnitsInForce units;

    public ConferenceRules(Territory territory, Clock clock) {
        this.territory = territory;
        this.clock = clock;
        this.units = UnitsInForce.of(territory);
    }

    /** The day a command is recorded on: today on the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Refuses a day after today (422 {@code date-in-future}). */
    public void requireNotFuture(LocalDate day, String whatVi, String whatEn) {
        UnitsInForce.requireNotFuture(day, today(), whatVi, whatEn);
    }

    /** Requires a client-supplied id of the form {@link #ID_FORM} (400 {@code invalid-id}). */
    public static String requireId(String id, String whatVi, String whatEn) {
        if (id == null || !ID.matcher(id).matches()) {
            throw DomainException.invalid("invalid-id", whatVi + " không hợp lệ (1–64 chữ, số, '_' hoặc '-')",
                    whatEn + " is invalid (1–64 letters, digits, '_' or '-')");
        }
        return id;
    }

    /** Whether a string is a membership person id. */
    public static boolean isPersonId(String id) {
        return id != null && PERSON.matcher(id).matches();
    }

    /** Whether a string is a committee id ({@code <area>/<year>}). */
    public static boolean isCommitteeId(String id) {
        return id != null && COMMITTEE.matcher(id).matches();
    }

    /** The residential area of a committee id. */
    public static String areaOfCommittee(String committeeId) {
        return committeeId.substring(0, committeeId.indexOf('/'));
    }

    /** Whether a string is a person's name of the accepted form. */
    public static boolean isName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    /** Requires a topic of feedback's taxonomy (422 {@code unknown-topic}). */
    public String requireTopic(String topic) {
        if (topic == null || !TOPICS.contains(topic)) {
            throw DomainException.rule("unknown-topic", "Lĩnh vực không có trong danh mục",
                    "The topic is not in the taxonomy");
        }
        return topic;
    }

    /**
     * Requires a unit that exists on {@code on}: a unit of the territory, or a residential area of one of its
     * communes (an area membership has not published is accepted under its commune). A unit or area that a
     * reorganisation has closed by then is refused with what it became (422 {@code unit-closed}); a unit not yet
     * in force with {@code date-before-unit}; anything else with {@code unknown-unit}.
     */
    public String requireUnit(String unitCode, LocalDate on) {
        return units.requireUnit(unitCode, on);
    }

    /** Requires a residential area that exists on {@code on} (a Great Unity Day is held by one). */
    public String requireArea(String unitCode, LocalDate on) {
        if (!UnitCode.isArea(unitCode)) {
            throw DomainException.rule("unity-day-area",
                    "Ngày hội Đại đoàn kết toàn dân tộc do khu dân cư tổ chức (mã khu dân cư, ví dụ 26560-KP01)",
                    "A Great Unity Day is held by a residential area (an area code, e.g. 26560-KP01)");
        }
        return requireUnit(unitCode, on);
    }

    /**
     * Whether {@code unitCode} is {@code organiser} or a unit below it, on the map of {@code on} or today's (an
     * area the tree has not placed counts through its commune).
     */
    public boolean within(String unitCode, String organiser, LocalDate on) {
        if (unitCode == null || organiser == null) {
            return false;
        }
        if (unitCode.equals(organiser) || Territory.NATION_CODE.equals(organiser)) {
            return true;
        }
        String unit = unitCode;
        if (UnitCode.isArea(unitCode)) {
            if (UnitCode.isArea(organiser)) {
                return false;
            }
            if (territory.unit(unitCode, on).isEmpty()) {
                unit = UnitCode.communeOf(unitCode);
                if (unit.equals(organiser)) {
                    return true;
                }
            }
        }
        try {
            return territory.rollUpChain(unit, on, MapView.asOf(on)).contains(organiser)
                    || territory.rollUpChain(unit, on, MapView.current()).contains(organiser);
        } catch (RuntimeException unknownUnit) {
            return false;
        }
    }

    /** The commune of a unit (itself for a commune, its commune for an area), or null above the commune level. */
    public static String communeOf(String unitCode) {
        return UnitCode.communeOf(unitCode);
    }
}
