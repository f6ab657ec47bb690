package vn.doanket.feedback.command;

import vn.doanket.events.UnitCode;

import vn.doanket.calendar.WorkingCalendar;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.HandlingLevel;
import vn.doanket.security.UnitsInForce;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.MapView;
import vn.doanket.territory.Territory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The reference rules the {@link Petition} aggregate decides with: the topic taxonomy, the units, the SLA
 * policy per topic and level, and Vietnamese working days. Injected into command handlers.
 */
public class FeedbackRules {


    private final FeedbackProperties properties;
    private final Territory territory;
    private final WorkingCalendar calendar;
    private final Clock clock;
    /** Feedback's units: any code asked of the map, a unit not yet in force named, any area under its commune. */
    private final UnitsInForce units;

    /** Rules whose "today" is the territory's. */
    public FeedbackRules(FeedbackProperties properties, Territory territory, WorkingCalendar calendar) {
        this(properties, territory, calendar, territory.clock());
    }

    /** Rules whose "today" comes from {@code clock} (the service's clock, Vietnam time). */
    public FeedbackRules(FeedbackProperties properties, Territory territory, WorkingCalendar calendar, Clock clock) {
        this.properties = properties;
        this.territory = territory;
        this.calendar = calendar;
        this.clock = clock;
        this.units = UnitsInForce.of(territory).checkingForm(false)
                .beforeUnit(UnitsInForce.BeforeUnit.REFUSED_NAMING_UNIT)
                .areasUnderCommune(UnitsInForce.AreasUnderCommune.ANY)
                .unknownUnit((code, day) -> DomainException.rule("unknown-unit",
                        "Đơn vị hành chính không tồn tại vào ngày tiếp nhận",
                        "The administrative unit does not exist on the day of receipt"));
    }

    /** The day a command is recorded on: today on the service's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Refuses a day after {@code today}: a receipt, forwarding, … cannot be recorded before it happens.
     *
     * @param whatVi / whatEn what the day is, e.g. "Ngày tiếp nhận" / "The day of receipt"
     */
    public void requireNotFuture(LocalDate day, LocalDate today, String whatVi, String whatEn) {
        UnitsInForce.requireNotFuture(day, today, whatVi, whatEn);
    }

    /**
     * Whether a fact that happened on {@code happenedOn} and is entered on {@code recordedOn} is <em>recorded
     * late</em>: more than {@code doanket.feedback.recorded-late-after-days} (default 7) calendar days after it.
     */
    public boolean recordedLate(LocalDate happenedOn, LocalDate recordedOn) {
        return happenedOn.plusDays(properties.getRecordedLateAfterDays()).isBefore(recordedOn);
    }

    /** The topic codes of the taxonomy. */
    public List<String> topics() {
        return List.copyOf(properties.getTopics().keySet());
    }

    /** Requires a topic code of the taxonomy. */
    public String requireTopic(String topic) {
        if (topic == null || !properties.getTopics().containsKey(topic)) {
            throw DomainException.rule("unknown-topic", "Lĩnh vực không có trong danh mục",
                    "The topic is not in the taxonomy");
        }
        return topic;
    }

    /**
     * Requires a unit that exists on {@code on}: a unit of the territory, or a residential area of one of its
     * communes. A unit or area that a reorganisation has closed by then (the tree follows membership's
     * decisions and area mergers and splits) is refused with the units it became.
     */
    public String requireUnit(String unitCode, LocalDate on) {
        return units.requireUnit(unitCode, on);
    }

    /** The level that first handles a petition about a unit. */
    public HandlingLevel levelOf(String unitCode) {
        return initialLevel(unitCode);
    }

    /**
     * The level that first handles a petition about a unit: decided from the code alone (the nation, a province,
     * else the commune of the unit), so it needs no map.
     */
    public static HandlingLevel initialLevel(String unitCode) {
        if (Territory.NATION_CODE.equals(unitCode)) {
            return HandlingLevel.NATIONAL;
        }
        return unitCode.length() == 2 ? HandlingLevel.PROVINCE : HandlingLevel.COMMUNE;
    }

    /**
     * The unit of the Front that first handles a petition about a unit, at {@link #initialLevel}: the unit itself
     * (the commune of a residential area), from the code alone.
     */
    public static String initialHandlingUnit(String unitCode) {
        String unit = UnitCode.isArea(unitCode) ? UnitCode.communeOf(unitCode) : unitCode;
        return initialLevel(unitCode) == HandlingLevel.NATIONAL ? Territory.NATION_CODE : unit;
    }

    /**
     * The unit of the Front at a level for a petition about a unit, <em>on the map as of {@code day}</em> (never
     * today's): the unit is read as it was on {@code day} (or, if a reorganisation had closed it by then, as it
     * last existed) and taken up to its province on the map of {@code day}. Used to upcast stored events that did
     * not record their handling unit; deterministic as long as the map of {@code day} is. Empty when no province
     * can be found.
     */
    public java.util.Optional<String> handlingUnitAsOf(String unitCode, HandlingLevel level, LocalDate day) {
        String unit = UnitCode.isArea(unitCode) ? UnitCode.communeOf(unitCode) : unitCode;
        if (level != HandlingLevel.PROVINCE || unit.length() == 2) {
            return java.util.Optional.of(switch (level) {
                case NATIONAL -> Territory.NATION_CODE;
                case PROVINCE, COMMUNE -> unit;
            });
        }
        LocalDate readOn = day;
        if (territory.unit(unit, day).isEmpty()) {
            List<AdministrativeUnit> versions = territory.versions(unit);
            if (!versions.isEmpty()) {
                AdministrativeUnit last = versions.get(versions.size() - 1);
                readOn = last.validTo() == null || last.validFrom() != null && !last.validTo().minusDays(1)
                        .isAfter(last.validFrom()) ? last.validFrom() : last.validTo().minusDays(1);
            }
        }
        try {
            return territory.rollUp(unit, readOn, MapView.asOf(day), Level.PROVINCE).primary()
                    .map(AdministrativeUnit::code);
        } catch (RuntimeException unknown) {
            return java.util.Optional.empty();
        }
    }

    /** The unit of the Front at a level for a petition about a unit (the commune of an area; the province; VN). */
    public String handlingUnit(String unitCode, HandlingLevel level, LocalDate on) {
        String unit = UnitCode.isArea(unitCode) ? UnitCode.communeOf(unitCode) : unitCode;
        return switch (level) {
            case NATIONAL -> Territory.NATION_CODE;
            case PROVINCE -> unit.length() == 2 ? unit : provinceOf(unit, on);
            case COMMUNE -> unit;
        };
    }

    private String provinceOf(String unit, LocalDate on) {
        try {
            var primary = territory.rollUp(unit, on, MapView.current(), Level.PROVINCE).primary();
            if (primary.isPresent()) {
                return primary.get().code();
            }
        } catch (RuntimeException unknown) {
            // falls through
        }
        throw DomainException.rule("no-province", "Không xác định được tỉnh/thành phố của đơn vị",
                "The unit's province cannot be determined");
    }

    /** Working days allowed for a topic at a level. */
    public int workingDays(String topic, HandlingLevel level) {
        Map<HandlingLevel, Integer> byTopic = properties.getSla().getTopics().get(topic);
        if (byTopic != null && byTopic.get(level) != null) {
            return byTopic.get(level);
        }
        return properties.getSla().getWorkingDays().getOrDefault(level, 15);
    }

    /** The deadline {@code days} working days after {@code from} (the day itself not counted). */
    public LocalDate deadline(LocalDate from, int days) {
        try {
            return calendar.addWorkingDays(from, days);
        } catch (IllegalArgumentException outsideCalendar) {
            throw DomainException.rule("date-outside-calendar", "Ngày nằm ngoài lịch làm việc được hỗ trợ",
                    "The date is outside the supported working calendar");
        }
    }
}
