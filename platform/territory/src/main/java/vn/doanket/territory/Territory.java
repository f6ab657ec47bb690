package vn.doanket.territory;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The effective-dated tree of Vietnam's administrative units, with lineage between versions.
 *
 * <p>Answers "which unit was this code on that day", "what is above and below it", "what did it become" and
 * "under which unit does a fact recorded under it count, as recorded, on today's map, or on the map of a given
 * day". Facts keep the unit they were recorded under; roll-ups follow lineage edges forwards (to later maps) or
 * backwards (to earlier maps) and never rewrite history.
 *
 * <p>{@link #loadOfficial()} loads the bundled official data (see the {@code admin-units/README.md} resource):
 * the map before 1 July 2025 (63 provinces, 696 districts, 10,035 communes, treated as valid from an open past
 * until 30 June 2025), the map from 1 July 2025 (34 provinces, 3,321 communes, no districts), the old → new
 * mapping, and the later changes (renames and type changes) as later versions. Twelve old communes from the
 * mapping that are missing from the pre-2025 list are kept as communes dissolved on {@link #DISSOLVED_BEFORE}
 * with their mapping edge; they are not on the map of 30 June 2025.
 *
 * <p>Thread safety: all queries may run concurrently. The official data is immutable after loading; the runtime
 * additions ({@link #attachResidentialArea}, {@link #detachResidentialArea}, {@link #addReorganisation}) take a
 * write lock and are applied atomically, so a query never sees half of a change.
 *
 * <p>Lookups with an unknown code (or a code not in force on the given day) return empty results rather than
 * throwing, except {@link #nameOf}.
 */
public final class Territory {

    /** Code of the nation. */
    public static final String NATION_CODE = "VN";
    /** The day the two-level map (no districts) took effect. */
    public static final LocalDate REFORM_DATE = LocalDate.of(2025, 7, 1);
    /** End of validity given to the 12 old communes that are in the mapping but not in the pre-2025 list. */
    public static final LocalDate DISSOLVED_BEFORE = LocalDate.of(2025, 3, 1);
    /** Time zone used by {@link #defaultClock()}. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Vietnamese name order ({@code vi-VN} collation); same as {@link AdministrativeUnit#VIETNAMESE_ORDER}. */
    public static final Comparator<AdministrativeUnit> VIETNAMESE_ORDER = AdministrativeUnit.VIETNAMESE_ORDER;

    static final String AREA_TYPE = "Khu dân cư";
    static final String AREA_TYPE_EN = "residential_area";

    private static final Link[] NO_LINKS = new Link[0];
    /** By code, then by start of validity (open past first). */
    private static final Comparator<Node> BY_CODE = Territory::compareByCode;

    private final Clock clock;
    private final Lock readLock;
    private final Lock writeLock;
    /** Versions of each code, sorted by validFrom (open past first), never overlapping. */
    private final Map<String, Node[]> versionsByCode = new HashMap<>(32_768);
    /** Every version whose parentCode is the key, sorted by code. */
    private final Map<String, List<Node>> childrenByParentCode = new HashMap<>(4096);
    private final Map<Level, List<Node>> byLevel = new EnumMap<>(Level.class);
    /** Days on which the structure of official units changes; mutated only under the write lock (or while loading). */
    private final java.util.TreeSet<LocalDate> mapChanges = new java.util.TreeSet<>();
    /** Immutable snapshot of {@link #mapChanges}, for lock-free reads. */
    private volatile List<LocalDate> mapChangeDates = List.of();

    Territory(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        this.readLock = rw.readLock();
        this.writeLock = rw.writeLock();
        for (Level level : Level.values()) {
            byLevel.put(level, new ArrayList<>());
        }
    }

    /**
     * Loads the bundled official data; "today" comes from {@link #defaultClock()}.
     *
     * @return a new territory
     */
    public static Territory loadOfficial() {
        return loadOfficial(defaultClock());
    }

    /**
     * Loads the bundled official data.
     *
     * @param clock defines "today" for {@link MapView#current()} and {@link #currentSuccessors}
     * @return a new territory
     */
    public static Territory loadOfficial(Clock clock) {
        Territory territory = new Territory(clock);
        OfficialData.loadInto(territory);
        return territory;
    }

    /**
     * The system clock in Vietnam's time zone.
     *
     * @return a clock in {@link #ZONE}
     */
    public static Clock defaultClock() {
        return Clock.system(ZONE);
    }

    /**
     * The clock that defines "today".
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Today's date according to {@link #clock()}.
     *
     * @return today
     */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ units and tree

    /**
     * The version of {@code code} in force on {@code on}.
     *
     * @param code the unit code, e.g. {@code "79"}, {@code "748"}, {@code "26560"}
     * @param on   the day
     * @return the version, or empty if the code denotes nothing on that day
     */
    public Optional<AdministrativeUnit> unit(String code, LocalDate on) {
        readLock.lock();
        try {
            Node node = node(code, on);
            return node == null ? Optional.empty() : Optional.of(node.unit);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * All versions of a code, oldest first. Different versions may denote different territories.
     *
     * @param code the unit code
     * @return the versions, possibly empty
     */
    public List<AdministrativeUnit> versions(String code) {
        readLock.lock();
        try {
            Node[] nodes = versionsByCode.get(code);
            return nodes == null ? List.of() : units(Arrays.asList(nodes));
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The parent of a unit on a day.
     *
     * @param code the unit code
     * @param on   the day
     * @return the parent version, empty for the nation or an unknown unit
     */
    public Optional<AdministrativeUnit> parent(String code, LocalDate on) {
        readLock.lock();
        try {
            Node node = node(code, on);
            Node parent = node == null ? null : parentOf(node, on);
            return parent == null ? Optional.empty() : Optional.of(parent.unit);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The chain of parents of a unit on a day, nearest first, ending with the nation; the unit itself is not
     * included. Before the reform a commune gives district, province, nation; from 1 July 2025 province, nation.
     *
     * @param code the unit code
     * @param on   the day
     * @return the ancestors, empty for the nation or an unknown unit
     */
    public List<AdministrativeUnit> ancestors(String code, LocalDate on) {
        readLock.lock();
        try {
            Node node = node(code, on);
            List<AdministrativeUnit> result = new ArrayList<>(4);
            for (Node p = node == null ? null : parentOf(node, on); p != null; p = parentOf(p, on)) {
                result.add(p.unit);
            }
            return Collections.unmodifiableList(result);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The units directly below a unit on a day, by code. Province {@code 79} has its districts on 30 June 2025
     * and its 168 communes on 1 July 2025. Residential areas attached at runtime are the children of communes.
     *
     * @param code the unit code
     * @param on   the day
     * @return the children, empty for an unknown unit
     */
    public List<AdministrativeUnit> children(String code, LocalDate on) {
        readLock.lock();
        try {
            return units(childNodes(code, on));
        } finally {
            readLock.unlock();
        }
    }

    /**
     * All units below a unit on a day, at every level (including residential areas), depth first: each child
     * is followed by its own descendants; siblings by code.
     *
     * @param code the unit code
     * @param on   the day
     * @return the descendants, empty for an unknown unit
     */
    public List<AdministrativeUnit> descendants(String code, LocalDate on) {
        readLock.lock();
        try {
            List<AdministrativeUnit> result = new ArrayList<>();
            collectDescendants(code, on, result);
            return Collections.unmodifiableList(result);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Every unit of a level in force on a day, by code. On 30 June 2025 there are 63 provinces, 696 districts
     * and 10,035 communes; on 1 July 2025, 34 provinces, no districts and 3,321 communes.
     *
     * @param level the level
     * @param on    the day
     * @return the units
     */
    public List<AdministrativeUnit> units(Level level, LocalDate on) {
        readLock.lock();
        try {
            List<AdministrativeUnit> result = new ArrayList<>();
            for (Node node : byLevel.get(level)) {
                if (node.unit.isValidOn(on)) {
                    result.add(node.unit);
                }
            }
            return Collections.unmodifiableList(result);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The full Vietnamese name of a unit on a day.
     *
     * @param code the unit code
     * @param on   the day
     * @return the name, e.g. {@code Thành phố Đồng Nai} for {@code 75} on 1 May 2026
     * @throws NoSuchElementException if the code denotes nothing on that day
     */
    public String nameOf(String code, LocalDate on) {
        return unit(code, on)
                .map(AdministrativeUnit::name)
                .orElseThrow(() -> new NoSuchElementException("no unit " + code + " on " + on));
    }

    /**
     * Whether a code is a commune on today's map.
     *
     * @param code the unit code
     * @return {@code true} if {@code code} is a commune-level unit in force today
     */
    public boolean isCurrentCommune(String code) {
        return unit(code, today()).map(u -> u.level() == Level.COMMUNE).orElse(false);
    }

    // ------------------------------------------------------------------ lineage

    /**
     * The lineage edges leaving the version of {@code code} in force on {@code on}: where its territory went.
     *
     * @param code the unit code
     * @param on   a day on which the version was in force
     * @return the edges, empty if the version is still in force or unknown
     */
    public List<LineageEdge> successorEdges(String code, LocalDate on) {
        readLock.lock();
        try {
            Node node = node(code, on);
            return node == null ? List.of() : edges(node.out);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The lineage edges entering the version of {@code code} in force on {@code on}: where its territory came from.
     *
     * @param code the unit code
     * @param on   a day on which the version was in force
     * @return the edges, empty for a version with no recorded predecessor
     */
    public List<LineageEdge> predecessorEdges(String code, LocalDate on) {
        readLock.lock();
        try {
            Node node = node(code, on);
            return node == null ? List.of() : edges(node.in);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The units that the unit {@code code} in force on {@code recordedOn} corresponds to on the map of
     * {@code mapDate}: itself if still in force; otherwise its successors (when {@code mapDate} is later) or its
     * predecessors (when earlier), following lineage edges through any number of changes. Backwards, the
     * predecessors of a 2025 commune are the old communes (not their abolished districts), except for the
     * island special zones, whose only predecessor is their old district.
     *
     * <p>The first element is the <em>primary</em>: the unit with the same code if there is one (most new
     * communes reuse the code of one predecessor), else the lowest code. The others follow by code.
     * A residential area not in force on {@code mapDate} is mapped through its commune.
     *
     * @param code       the unit code as recorded
     * @param recordedOn the day it was recorded
     * @param mapDate    the day of the target map
     * @return the corresponding units, primary first; empty if the code was not in force on {@code recordedOn}
     *         or no lineage reaches {@code mapDate}
     */
    public List<AdministrativeUnit> unitsOnMap(String code, LocalDate recordedOn, LocalDate mapDate) {
        readLock.lock();
        try {
            return units(mapped(code, recordedOn, mapDate));
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The codes on the map of {@code targetDate} that the unit {@code code} (as in force on {@code recordedOn})
     * became; see {@link #unitsOnMap}. For a {@code targetDate} before {@code recordedOn} this gives the
     * predecessors instead.
     *
     * @param code       the unit code as recorded
     * @param recordedOn the day it was recorded
     * @param targetDate the day of the target map
     * @return the codes, primary first
     */
    public Set<String> successorsOn(String code, LocalDate recordedOn, LocalDate targetDate) {
        List<AdministrativeUnit> units = unitsOnMap(code, recordedOn, targetDate);
        Set<String> codes = new LinkedHashSet<>();
        for (AdministrativeUnit unit : units) {
            codes.add(unit.code());
        }
        return Collections.unmodifiableSet(codes);
    }

    /**
     * The codes on today's map that a unit became: a commune split in 2025 gives several new communes; an old
     * province its new province (e.g. {@code 77} gives {@code 79}); an abolished district the current communes
     * its communes went to; a unit still in force gives itself.
     *
     * @param code       the unit code as recorded
     * @param recordedOn a day on which that unit was in force
     * @return the codes, primary first
     */
    public Set<String> currentSuccessors(String code, LocalDate recordedOn) {
        return successorsOn(code, recordedOn, today());
    }

    // ------------------------------------------------------------------ roll-up

    /**
     * The units at {@code targetLevel} under which a fact recorded under {@code unitCode} on {@code recordedOn}
     * counts, on the map chosen by {@code view}.
     *
     * <p>The unit is first mapped onto the view's map ({@link #unitsOnMap}), then each result is taken up to
     * {@code targetLevel}. Examples: a fact of 2023 under a commune of former Bà Rịa city (district 748,
     * province 77) gives province {@code 79} on today's map, {@code 77} as recorded, district {@code 748} as of
     * 2023, and no district on today's map. A commune split in 2025 gives several communes (not exact).
     *
     * @param unitCode    the unit the fact was recorded under
     * @param recordedOn  the day the fact was recorded
     * @param view        the map to count on
     * @param targetLevel the level to count at
     * @return the roll-up; empty if the level does not exist on that map or lies below the recorded unit
     */
    public RollUp rollUp(String unitCode, LocalDate recordedOn, MapView view, Level targetLevel) {
        Objects.requireNonNull(targetLevel, "targetLevel");
        LocalDate mapDate = view.mapDate(recordedOn, clock);
        readLock.lock();
        try {
            List<Node> mapped = mapped(unitCode, recordedOn, mapDate);
            Node primary = null;
            Set<Node> targets = new HashSet<>();
            for (Node node : mapped) {
                Node target = ancestorOrSelfAt(node, mapDate, targetLevel);
                if (target != null) {
                    if (targets.isEmpty()) {
                        primary = target;
                    }
                    targets.add(target);
                }
            }
            return new RollUp(targetLevel, mapDate, units(primaryFirst(targets, primary)));
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The primary chain of codes for a fact on the view's map: the primary unit the recorded unit maps to (see
     * {@link #unitsOnMap}: the successor reusing the code, else the lowest code), then its ancestors up to
     * {@code VN}. For a commune of Bà Rịa city recorded in 2023: as recorded {@code [26560, 748, 77, VN]}, on
     * today's map {@code [26560, 79, VN]}.
     *
     * @param unitCode   the unit the fact was recorded under
     * @param recordedOn the day the fact was recorded
     * @param view       the map to count on
     * @return the codes from the mapped unit up to the nation; empty if the unit cannot be mapped
     */
    public List<String> rollUpChain(String unitCode, LocalDate recordedOn, MapView view) {
        LocalDate mapDate = view.mapDate(recordedOn, clock);
        readLock.lock();
        try {
            List<Node> mapped = mapped(unitCode, recordedOn, mapDate);
            if (mapped.isEmpty()) {
                return List.of();
            }
            List<String> chain = new ArrayList<>(5);
            for (Node n = mapped.get(0); n != null; n = parentOf(n, mapDate)) {
                chain.add(n.unit.code());
            }
            return Collections.unmodifiableList(chain);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * The days on which the map of official units changes structure, ascending: the effective date of every lineage
     * edge between official units (the 1 July 2025 reform, and every reorganisation added with
     * {@link #addReorganisation}, historical ones included), except a rename that keeps the code and the parent
     * (names and types change, roll-ups do not). The map is the same on every day between two of these dates, so the
     * map of a day {@code D} is the map of the day before the first change after {@code D} (or today's map when no
     * change follows). Residential-area lineage is not included.
     *
     * @return the change days, ascending (an immutable snapshot)
     */
    public List<LocalDate> mapChangeDates() {
        return mapChangeDates;
    }

    // ------------------------------------------------------------------ runtime changes

    /**
     * Attaches a residential area (created by commune staff) under a commune from {@code validFrom}.
     * The commune must be in force on {@code validFrom} and still be on the current map (possibly renamed under
     * the same code), so that the area's parent code denotes the same territory for the area's whole life.
     *
     * @param areaCode    system-assigned code; must not be an official unit's code nor overlap another version
     * @param communeCode the commune
     * @param name        the area's name, e.g. {@code Tổ dân phố 5}
     * @param validFrom   first day of the area
     * @return the new area version
     * @throws IllegalArgumentException if the commune is not an open commune on that day
     * @throws IllegalStateException    if the code is already in use on an overlapping range
     */
    public AdministrativeUnit attachResidentialArea(
            String areaCode, String communeCode, String name, LocalDate validFrom) {
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(communeCode, "communeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(validFrom, "validFrom");
        writeLock.lock();
        try {
            Node commune = node(communeCode, validFrom);
            if (commune == null || commune.unit.level() != Level.COMMUNE || !continuesToPresent(commune)) {
                throw new IllegalArgumentException(
                        communeCode + " is not a commune on the current map on " + validFrom);
            }
            Node[] existing = versionsByCode.get(areaCode);
            if (existing != null) {
                for (Node n : existing) {
                    if (n.unit.level() != Level.RESIDENTIAL_AREA) {
                        throw new IllegalStateException(areaCode + " is the code of an official unit");
                    }
                }
            }
            AdministrativeUnit area = new AdministrativeUnit(areaCode, Level.RESIDENTIAL_AREA, name, name,
                    stripDiacritics(name), AREA_TYPE, AREA_TYPE_EN, communeCode, validFrom, null);
            return add(area, false).unit;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Attaches a residential area registered under a commune that was in force on {@code validFrom} but that a
     * reorganisation has since closed (an area of 2023 under a commune merged in the 2025 reform): the area moves
     * with its commune, as areas did in the reform. One version under the commune until the day it ended, then one
     * under the commune it became (the successor reusing its code, else the lowest code), and so on to today's map;
     * consecutive versions are linked as a rename (same code), so a fact recorded under the area counts under the
     * old commune on the maps of its time and under the new one on later maps. Under a commune that continues to
     * the present this is {@link #attachResidentialArea}.
     *
     * @return the area's first version
     * @throws IllegalArgumentException if {@code communeCode} is not a commune on {@code validFrom}
     * @throws IllegalStateException    if the code is already in use
     */
    public AdministrativeUnit attachResidentialAreaThroughLineage(
            String areaCode, String communeCode, String name, LocalDate validFrom) {
        Objects.requireNonNull(areaCode, "areaCode");
        Objects.requireNonNull(name, "name");
        writeLock.lock();
        try {
            Node commune = node(communeCode, validFrom);
            if (commune == null || commune.unit.level() != Level.COMMUNE) {
                throw new IllegalArgumentException(communeCode + " is not a commune on " + validFrom);
            }
            if (versionsByCode.containsKey(areaCode)) {
                throw new IllegalStateException(areaCode + " is already in use");
            }
            Node first = null;
            Node previous = null;
            LocalDate from = validFrom;
            for (int hop = 0; hop < 16 && commune != null; hop++) {
                boolean lasts = continuesToPresent(commune);
                LocalDate to = lasts ? null : commune.unit.validTo();
                Node version = add(new AdministrativeUnit(areaCode, Level.RESIDENTIAL_AREA, name, name,
                        stripDiacritics(name), AREA_TYPE, AREA_TYPE_EN, commune.unit.code(), from, to), false);
                if (previous != null) {
                    link(previous, version, LineageKind.RENAMED, false, from, null, null);
                }
                first = first == null ? version : first;
                if (lasts) {
                    break;
                }
                previous = version;
                from = to;
                commune = successorCommune(commune, to);
            }
            return first.unit;
        } finally {
            writeLock.unlock();
        }
    }

    /** The commune a closed commune became on the day it ended: the one reusing its code, else the lowest code. */
    private static Node successorCommune(Node commune, LocalDate day) {
        Node best = null;
        for (Node n : follow(commune, day)) {
            if (n.unit.level() != Level.COMMUNE) {
                continue;
            }
            if (n.unit.code().equals(commune.unit.code())) {
                return n;
            }
            if (best == null || n.unit.code().compareTo(best.unit.code()) < 0) {
                best = n;
            }
        }
        return best;
    }

    /**
     * Closes a residential area: its open version ends on {@code validTo} (exclusive). Facts recorded under it
     * before then keep rolling up through its commune.
     *
     * @param areaCode the area
     * @param validTo  first day the area no longer exists
     * @return the closed version
     * @throws NoSuchElementException   if the area has no open version
     * @throws IllegalArgumentException if {@code validTo} is not after the area's start
     */
    public AdministrativeUnit detachResidentialArea(String areaCode, LocalDate validTo) {
        Objects.requireNonNull(validTo, "validTo");
        writeLock.lock();
        try {
            Node[] nodes = versionsByCode.get(areaCode);
            Node open = nodes == null ? null : nodes[nodes.length - 1];
            if (open == null || open.unit.level() != Level.RESIDENTIAL_AREA || !open.unit.isOpen()) {
                throw new NoSuchElementException("no open residential area " + areaCode);
            }
            close(open, validTo);
            return open.unit;
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Applies a reorganisation decision atomically (see {@link Reorganisation} for the semantics). Everything is
     * validated before anything changes.
     *
     * @param reorganisation the decision
     * @throws IllegalArgumentException if a source is not in force through the effective date, a target or
     *                                  parent does not exist, codes would overlap, partial flags are inconsistent,
     *                                  or a closed unit still has children on the effective date whose parent
     *                                  code is not re-opened (re-parent or detach them first)
     */
    public void addReorganisation(Reorganisation reorganisation) {
        reorganise(reorganisation, List.of(), true);
    }

    /**
     * Applies a reorganisation decision whose sources include units missing from the official data (e.g. a ward of
     * 2019 that no longer existed in 2025): each historical unit is added as a version from its
     * {@link Reorganisation.HistoricalUnit#validFrom()} (or the open past) and closed by the decision like any other
     * source. Atomic: if anything is rejected, nothing changes.
     *
     * @param reorganisation  the decision
     * @param historicalUnits units the decision closes that the tree does not know yet (each must be a source)
     * @throws IllegalStateException    if a historical unit's code is already in use during its validity
     * @throws IllegalArgumentException as {@link #addReorganisation(Reorganisation)}, or if a historical unit is not a
     *                                  source of the decision or its parent is not above it the day before
     */
    public void addReorganisation(Reorganisation reorganisation, List<Reorganisation.HistoricalUnit> historicalUnits) {
        reorganise(reorganisation, historicalUnits, true);
    }

    /**
     * Checks a reorganisation decision against the tree as {@link #addReorganisation(Reorganisation, List)} would,
     * without changing anything.
     *
     * @param reorganisation  the decision
     * @param historicalUnits units the decision closes that the tree does not know yet
     * @throws IllegalStateException    if a historical unit's code is already in use during its validity
     * @throws IllegalArgumentException if the decision contradicts the tree
     */
    public void checkReorganisation(Reorganisation reorganisation, List<Reorganisation.HistoricalUnit> historicalUnits) {
        reorganise(reorganisation, historicalUnits, false);
    }

    /**
     * Adds a lineage edge between two residential areas: the version of {@code fromCode} that ends on
     * {@code effectiveDate} (closed with {@link #detachResidentialArea}) and the version of {@code toCode} in force
     * that day, so facts recorded under the old area count for the new one on later maps (and back). Idempotent.
     *
     * @param fromCode      the area that ended (merged, split or renamed)
     * @param toCode        the area that received its territory
     * @param kind          {@link LineageKind#MERGED_INTO}, {@link LineageKind#SPLIT_INTO} or {@link LineageKind#RENAMED}
     * @param effectiveDate first day of {@code toCode}'s share
     * @param legalBasis    the decision, or {@code null}
     * @return whether an edge was added (false if it already existed)
     * @throws IllegalArgumentException if either side is not a residential area version as described
     */
    public boolean linkResidentialAreas(String fromCode, String toCode, LineageKind kind, LocalDate effectiveDate,
                                        String legalBasis) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        if (kind == LineageKind.ABOLISHED_INTO) {
            throw new IllegalArgumentException("residential areas are merged, split or renamed, not abolished");
        }
        writeLock.lock();
        try {
            Node from = node(fromCode, effectiveDate.minusDays(1));
            Node to = node(toCode, effectiveDate);
            if (from == null || from.unit.level() != Level.RESIDENTIAL_AREA
                    || !effectiveDate.equals(from.unit.validTo())) {
                throw new IllegalArgumentException(fromCode + " is not a residential area ending on " + effectiveDate);
            }
            if (to == null || to.unit.level() != Level.RESIDENTIAL_AREA) {
                throw new IllegalArgumentException(toCode + " is not a residential area on " + effectiveDate);
            }
            for (Link existing : from.out) {
                if (existing.to() == to) {
                    return false;
                }
            }
            link(from, to, kind, kind == LineageKind.SPLIT_INTO, effectiveDate, legalBasis, null);
            return true;
        } finally {
            writeLock.unlock();
        }
    }

    private void reorganise(Reorganisation reorganisation, List<Reorganisation.HistoricalUnit> historicalUnits,
                            boolean apply) {
        writeLock.lock();
        try {
            List<Node> added = addHistoricalUnits(reorganisation, historicalUnits);
            boolean keep = false;
            try {
                reorganiseLocked(reorganisation, apply);
                keep = apply;
            } finally {
                if (!keep) {
                    for (Node node : added) {
                        remove(node);
                    }
                }
            }
        } finally {
            writeLock.unlock();
        }
    }

    private List<Node> addHistoricalUnits(Reorganisation reorganisation,
                                          List<Reorganisation.HistoricalUnit> historicalUnits) {
        LocalDate day = reorganisation.effectiveDate();
        List<Node> added = new ArrayList<>();
        try {
            for (Reorganisation.HistoricalUnit historical : historicalUnits) {
                Reorganisation.UnitSpec spec = historical.unit();
                if (reorganisation.transfers().stream().noneMatch(t -> t.fromCode().equals(spec.code()))) {
                    throw new IllegalArgumentException("historical unit " + spec.code() + " is not a source of the decision");
                }
                if (historical.validFrom() != null && !historical.validFrom().isBefore(day)) {
                    throw new IllegalArgumentException("historical unit " + spec.code() + " must start before " + day);
                }
                AdministrativeUnit unit = new AdministrativeUnit(spec.code(), spec.level(), spec.name(),
                        spec.shortName(), spec.nameEn(), spec.type(), spec.typeEn(), spec.parentCode(),
                        historical.validFrom(), null);
                Node[] existing = versionsByCode.get(spec.code());
                if (existing != null) {
                    for (Node other : existing) {
                        if (overlaps(other.unit, unit.closedOn(day))) {
                            throw new IllegalStateException("unit " + spec.code() + " already exists before " + day);
                        }
                    }
                }
                Node parent = node(spec.parentCode(), day.minusDays(1));
                if (parent == null || !parent.unit.level().isAbove(spec.level())) {
                    throw new IllegalArgumentException("parent " + spec.parentCode() + " of historical unit "
                            + spec.code() + " is not a unit above " + spec.level() + " on " + day.minusDays(1));
                }
                added.add(add(unit, false));
            }
            return added;
        } catch (RuntimeException e) {
            for (Node node : added) {
                remove(node);
            }
            throw e;
        }
    }

    /** Removes a version without lineage (a historical unit added by a decision that was then rejected). */
    private void remove(Node node) {
        String code = node.unit.code();
        Node[] versions = versionsByCode.get(code);
        if (versions != null) {
            Node[] kept = Arrays.stream(versions).filter(n -> n != node).toArray(Node[]::new);
            if (kept.length == 0) {
                versionsByCode.remove(code);
            } else {
                versionsByCode.put(code, kept);
            }
        }
        if (node.unit.parentCode() != null) {
            List<Node> siblings = childrenByParentCode.get(node.unit.parentCode());
            if (siblings != null) {
                siblings.removeIf(n -> n == node);
            }
        }
        byLevel.get(node.unit.level()).removeIf(n -> n == node);
    }

    private void reorganiseLocked(Reorganisation reorganisation, boolean apply) {
        LocalDate day = reorganisation.effectiveDate();
        LocalDate dayBefore = day.minusDays(1);
        writeLock.lock();
        try {
            // sources, in force the day before and still open on the effective date
            Map<String, Node> sources = new LinkedHashMap<>();
            Map<String, List<Reorganisation.Transfer>> transfersBySource = new LinkedHashMap<>();
            for (Reorganisation.Transfer t : reorganisation.transfers()) {
                Node source = node(t.fromCode(), dayBefore);
                if (source == null || !source.unit.isValidOn(day)
                        || source.unit.level() == Level.NATION || source.unit.level() == Level.RESIDENTIAL_AREA) {
                    throw new IllegalArgumentException(
                            "source " + t.fromCode() + " is not an official unit in force on " + dayBefore + " and " + day);
                }
                sources.put(t.fromCode(), source);
                transfersBySource.computeIfAbsent(t.fromCode(), k -> new ArrayList<>()).add(t);
            }
            for (List<Reorganisation.Transfer> ts : transfersBySource.values()) {
                for (Reorganisation.Transfer t : ts) {
                    if (t.partial() != (ts.size() > 1)) {
                        throw new IllegalArgumentException("source " + t.fromCode()
                                + ": transfers must be partial exactly when the source has several targets");
                    }
                }
            }
            // new versions
            Map<String, AdministrativeUnit> created = new LinkedHashMap<>();
            List<Reorganisation.UnitSpec> specs = new ArrayList<>(reorganisation.newUnits());
            specs.sort(Comparator.comparing(Reorganisation.UnitSpec::level));
            for (Reorganisation.UnitSpec spec : specs) {
                if (created.containsKey(spec.code())) {
                    throw new IllegalArgumentException("unit " + spec.code() + " is created twice");
                }
                Node[] existing = versionsByCode.get(spec.code());
                if (existing != null) {
                    for (Node n : existing) {
                        boolean endsBefore = n.unit.validTo() != null && !n.unit.validTo().isAfter(day);
                        if (!endsBefore && sources.get(spec.code()) != n) {
                            throw new IllegalArgumentException(
                                    "code " + spec.code() + " is already in use on or after " + day);
                        }
                        if (n.unit.level() == Level.RESIDENTIAL_AREA) {
                            throw new IllegalArgumentException(spec.code() + " is a residential area code");
                        }
                    }
                }
                Level parentLevel = parentLevel(spec.parentCode(), day, created, sources);
                if (parentLevel == null || !parentLevel.isAbove(spec.level())) {
                    throw new IllegalArgumentException("parent " + spec.parentCode() + " of " + spec.code()
                            + " is not a unit above " + spec.level() + " on " + day);
                }
                created.put(spec.code(), new AdministrativeUnit(spec.code(), spec.level(), spec.name(),
                        spec.shortName(), spec.nameEn(), spec.type(), spec.typeEn(), spec.parentCode(), day, null));
            }
            // targets: new or continuing
            Map<String, Integer> incoming = new HashMap<>();
            for (Reorganisation.Transfer t : reorganisation.transfers()) {
                if (!created.containsKey(t.toCode())) {
                    Node target = node(t.toCode(), day);
                    if (target == null || sources.containsKey(t.toCode())
                            || target.unit.level() == Level.RESIDENTIAL_AREA) {
                        throw new IllegalArgumentException("target " + t.toCode() + " is neither created by the "
                                + "decision nor an official unit continuing on " + day);
                    }
                }
                incoming.merge(t.toCode(), 1, Integer::sum);
            }
            for (String code : created.keySet()) {
                if (!incoming.containsKey(code)) {
                    throw new IllegalArgumentException("new unit " + code + " receives no territory");
                }
            }
            // no orphans: children of closed units must be closed too or find a re-opened parent code
            for (Node source : sources.values()) {
                String code = source.unit.code();
                if (created.containsKey(code)) {
                    continue;
                }
                for (Node child : childrenByParentCode.getOrDefault(code, List.of())) {
                    if (child.unit.isValidOn(day) && !sources.containsKey(child.unit.code())) {
                        throw new IllegalArgumentException("closing " + code + " would orphan "
                                + child.unit.code() + "; close, detach or re-parent it in the same decision");
                    }
                }
            }
            if (!apply) {
                return;
            }
            // apply
            for (Node source : sources.values()) {
                close(source, day);
            }
            for (AdministrativeUnit unit : created.values()) {
                add(unit, false);
            }
            for (Reorganisation.Transfer t : reorganisation.transfers()) {
                Node from = sources.get(t.fromCode());
                Node to = node(t.toCode(), day);
                LineageKind kind;
                if (t.partial()) {
                    kind = LineageKind.SPLIT_INTO;
                } else if (from.unit.level().isAbove(to.unit.level())) {
                    kind = LineageKind.ABOLISHED_INTO;
                } else if (t.fromCode().equals(t.toCode()) && incoming.get(t.toCode()) == 1) {
                    kind = LineageKind.RENAMED;
                } else {
                    kind = LineageKind.MERGED_INTO;
                }
                link(from, to, kind, t.partial(), day, reorganisation.legalBasis(), null);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** Whether a version is open, or continues under the same code through renames to an open version. */
    private static boolean continuesToPresent(Node node) {
        Node n = node;
        while (!n.unit.isOpen()) {
            Node next = null;
            for (Link link : n.out) {
                if (link.kind() == LineageKind.RENAMED && link.to().unit.code().equals(n.unit.code())) {
                    next = link.to();
                }
            }
            if (next == null) {
                return false;
            }
            n = next;
        }
        return true;
    }

    private Level parentLevel(String parentCode, LocalDate day, Map<String, AdministrativeUnit> created,
                              Map<String, Node> sources) {
        AdministrativeUnit newParent = created.get(parentCode);
        if (newParent != null) {
            return newParent.level();
        }
        Node parent = node(parentCode, day);
        if (parent == null || sources.containsKey(parentCode)) {
            return null;
        }
        return parent.unit.level();
    }

    // ------------------------------------------------------------------ internal structure

    /** A unit version with its lineage. Mutated only under the write lock (or during loading). */
    static final class Node {
        AdministrativeUnit unit;
        Link[] out = NO_LINKS;
        Link[] in = NO_LINKS;

        Node(AdministrativeUnit unit) {
            this.unit = unit;
        }

        @Override
        public String toString() {
            return unit.code() + "@" + unit.validFrom();
        }
    }

    /** A lineage edge between two nodes. */
    record Link(Node from, Node to, LineageKind kind, boolean partial, LocalDate effectiveDate,
                String legalBasis, String confidence) {
        LineageEdge toEdge() {
            return new LineageEdge(from.unit, to.unit, kind, partial, effectiveDate, legalBasis, confidence);
        }
    }

    /** Adds a version; {@code bulk} appends without sorting (call {@link #finishLoading()} afterwards). */
    Node add(AdministrativeUnit unit, boolean bulk) {
        Node node = new Node(unit);
        Node[] existing = versionsByCode.get(unit.code());
        if (existing == null) {
            versionsByCode.put(unit.code(), new Node[] {node});
        } else {
            for (Node other : existing) {
                if (overlaps(other.unit, unit)) {
                    throw new IllegalStateException("unit " + unit.code() + " from " + unit.validFrom()
                            + " overlaps the version from " + other.unit.validFrom());
                }
            }
            Node[] versions = Arrays.copyOf(existing, existing.length + 1);
            versions[existing.length] = node;
            Arrays.sort(versions, BY_CODE);
            versionsByCode.put(unit.code(), versions);
        }
        if (unit.parentCode() != null) {
            List<Node> siblings = childrenByParentCode.computeIfAbsent(unit.parentCode(), k -> new ArrayList<>());
            insert(siblings, node, bulk);
        }
        insert(byLevel.get(unit.level()), node, bulk);
        return node;
    }

    private static int compareByCode(Node a, Node b) {
        int byCode = a.unit.code().compareTo(b.unit.code());
        if (byCode != 0) {
            return byCode;
        }
        LocalDate fromA = a.unit.validFrom();
        LocalDate fromB = b.unit.validFrom();
        if (fromA == null || fromB == null) {
            return fromA == null ? (fromB == null ? 0 : -1) : 1;
        }
        return fromA.compareTo(fromB);
    }

    private static void insert(List<Node> list, Node node, boolean bulk) {
        if (bulk) {
            list.add(node);
        } else {
            int at = Collections.binarySearch(list, node, BY_CODE);
            list.add(at < 0 ? -at - 1 : at, node);
        }
    }

    /** Sorts and trims the indexes after a bulk load. */
    void finishLoading() {
        for (List<Node> list : childrenByParentCode.values()) {
            list.sort(BY_CODE);
            ((ArrayList<Node>) list).trimToSize();
        }
        for (List<Node> list : byLevel.values()) {
            list.sort(BY_CODE);
            ((ArrayList<Node>) list).trimToSize();
        }
    }

    /** Ends a version on {@code end} (exclusive). */
    void close(Node node, LocalDate end) {
        node.unit = node.unit.closedOn(end);
    }

    void link(Node from, Node to, LineageKind kind, boolean partial, LocalDate effectiveDate,
              String legalBasis, String confidence) {
        Link link = new Link(from, to, kind, partial, effectiveDate, legalBasis, confidence);
        from.out = append(from.out, link);
        to.in = append(to.in, link);
        if (changesStructure(from.unit, to.unit, kind) && mapChanges.add(effectiveDate)) {
            mapChangeDates = List.copyOf(mapChanges);
        }
    }

    /** Whether an edge changes roll-ups: between official units, and not a rename keeping code and parent. */
    private static boolean changesStructure(AdministrativeUnit from, AdministrativeUnit to, LineageKind kind) {
        if (from.level() == Level.RESIDENTIAL_AREA || to.level() == Level.RESIDENTIAL_AREA) {
            return false;
        }
        return kind != LineageKind.RENAMED || !from.code().equals(to.code())
                || !Objects.equals(from.parentCode(), to.parentCode());
    }

    private static Link[] append(Link[] links, Link link) {
        Link[] result = Arrays.copyOf(links, links.length + 1);
        result[links.length] = link;
        return result;
    }

    private static boolean overlaps(AdministrativeUnit a, AdministrativeUnit b) {
        boolean aEndsBeforeB = a.validTo() != null && b.validFrom() != null && !a.validTo().isAfter(b.validFrom());
        boolean bEndsBeforeA = b.validTo() != null && a.validFrom() != null && !b.validTo().isAfter(a.validFrom());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    /** The version of a code in force on a day, or {@code null}. */
    Node node(String code, LocalDate on) {
        Objects.requireNonNull(on, "date");
        Node[] nodes = code == null ? null : versionsByCode.get(code);
        if (nodes != null) {
            for (Node node : nodes) {
                if (node.unit.isValidOn(on)) {
                    return node;
                }
            }
        }
        return null;
    }

    private Node parentOf(Node node, LocalDate on) {
        return node.unit.parentCode() == null ? null : node(node.unit.parentCode(), on);
    }

    private List<Node> childNodes(String code, LocalDate on) {
        if (node(code, on) == null) {
            return List.of();
        }
        List<Node> result = new ArrayList<>();
        for (Node child : childrenByParentCode.getOrDefault(code, List.of())) {
            if (child.unit.isValidOn(on)) {
                result.add(child);
            }
        }
        return result;
    }

    private void collectDescendants(String code, LocalDate on, List<AdministrativeUnit> into) {
        for (Node child : childNodes(code, on)) {
            into.add(child.unit);
            collectDescendants(child.unit.code(), on, into);
        }
    }

    private Node ancestorOrSelfAt(Node node, LocalDate on, Level level) {
        for (Node n = node; n != null; n = parentOf(n, on)) {
            if (n.unit.level() == level) {
                return n;
            }
            if (n.unit.level().isAbove(level)) {
                return null;
            }
        }
        return null;
    }

    /** The recorded unit mapped onto the map of {@code mapDate}, primary first. */
    private List<Node> mapped(String code, LocalDate recordedOn, LocalDate mapDate) {
        Objects.requireNonNull(mapDate, "mapDate");
        Node start = node(code, recordedOn);
        if (start == null) {
            return List.of();
        }
        List<Node> result = follow(start, mapDate);
        if (result.isEmpty() && start.unit.level() == Level.RESIDENTIAL_AREA) {
            Node commune = parentOf(start, recordedOn);
            if (commune != null) {
                result = follow(commune, mapDate);
            }
        }
        return result;
    }

    /**
     * Follows lineage from {@code start} to the versions in force on {@code mapDate}: forwards if the map is later
     * than {@code start}, backwards if earlier; never both, so gaps in time are not bridged. Backwards, an
     * abolished district is a predecessor only of units with no other predecessor (the island special zones).
     */
    private static List<Node> follow(Node start, LocalDate mapDate) {
        if (start.unit.isValidOn(mapDate)) {
            return List.of(start);
        }
        boolean forward = start.unit.validTo() != null && !mapDate.isBefore(start.unit.validTo());
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Node> found = new HashSet<>();
        ArrayDeque<Node> work = new ArrayDeque<>();
        work.add(start);
        seen.add(start);
        while (!work.isEmpty()) {
            Node node = work.poll();
            AdministrativeUnit unit = node.unit;
            if (unit.isValidOn(mapDate)) {
                found.add(node);
                continue;
            }
            boolean beforeMap = unit.validTo() != null && !mapDate.isBefore(unit.validTo());
            if (beforeMap != forward) {
                continue; // overshot: lineage has a gap around mapDate
            }
            Link[] links = forward ? node.out : node.in;
            boolean onlyAbolitions = forward || onlyAbolitions(links);
            for (Link link : links) {
                if (!forward && link.kind == LineageKind.ABOLISHED_INTO && !onlyAbolitions) {
                    continue; // the district edge summarises its communes' edges, which are more precise
                }
                Node next = forward ? link.to : link.from;
                if (seen.add(next)) {
                    work.add(next);
                }
            }
        }
        Node primary = null;
        for (Node node : found) {
            if (node.unit.code().equals(start.unit.code())) {
                primary = node;
            }
        }
        return primaryFirst(found, primary);
    }

    private static boolean onlyAbolitions(Link[] links) {
        for (Link link : links) {
            if (link.kind != LineageKind.ABOLISHED_INTO) {
                return false;
            }
        }
        return true;
    }

    /** The nodes sorted by code, with {@code primary} (or, if {@code null}, the lowest code) first. */
    private static List<Node> primaryFirst(Set<Node> nodes, Node primary) {
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(BY_CODE);
        if (primary != null && sorted.remove(primary)) {
            sorted.add(0, primary);
        }
        return sorted;
    }

    private static List<AdministrativeUnit> units(List<Node> nodes) {
        List<AdministrativeUnit> result = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            result.add(node.unit);
        }
        return Collections.unmodifiableList(result);
    }

    private static List<LineageEdge> edges(Link[] links) {
        List<LineageEdge> result = new ArrayList<>(links.length);
        for (Link link : links) {
            result.add(link.toEdge());
        }
        return Collections.unmodifiableList(result);
    }

    /** Removes Vietnamese diacritics ({@code đ} becomes {@code d}). */
    static String stripDiacritics(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            sb.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
        }
        return sb.toString();
    }
}
