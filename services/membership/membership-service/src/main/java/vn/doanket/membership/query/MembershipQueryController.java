package vn.doanket.membership.query;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.events.error.DomainException;
import vn.doanket.membership.api.MemberOrganisation;
import vn.doanket.membership.api.Position;
import vn.doanket.security.personaldata.PersonalData;
import vn.doanket.security.personaldata.PersonalDataKind;
import vn.doanket.territory.AdministrativeUnit;
import vn.doanket.territory.Level;
import vn.doanket.territory.Territory;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Queries of the membership registry, for every role within its territory: committee detail with current and past
 * members, committees of a commune (paged), and people of a unit with a search that ignores diacritics and case
 * ("nguyen van a" finds "Nguyễn Văn A"). Phone numbers are personal data: masked unless the caller is entitled.
 */
@RestController
public class MembershipQueryController {

    static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
    static final int MAX_PAGE_SIZE = 100;

    private final MongoTemplate mongo;
    private final Territory territory;

    public MembershipQueryController(MongoTemplate mongo, Territory territory) {
        this.mongo = mongo;
        this.territory = territory;
    }

    /** A person as answered; the phone is masked for callers the personal-data policy does not entitle. */
    public record PersonView(String personId, String fullName, String gender, Integer birthYear, String ethnicity,
                             String religion, Boolean partyMember, String unitCode,
                             @PersonalData(value = PersonalDataKind.PHONE, subject = "personId") String phone) {
        @Override
        public String toString() {
            return "PersonView[" + personId + ", personal data hidden]";
        }
    }

    /** A position held (or once held) on a committee. */
    public record Holding(String personId, String fullName, String position, String positionVi, String representing,
                          String representingVi, String from, String until, String endReason, String decisionNumber) {
    }

    /** A committee with its members now and before, and its vacancies. */
    public record CommitteeView(String committeeId, String areaCode, String areaName, String termStart, String termEnd,
                                String establishedOn, String dissolvedOn, int plannedDeputies, int minimumSize,
                                List<Holding> currentMembers, List<Holding> pastMembers, List<String> concurrentRoles,
                                int members, List<String> vacancies, List<Document> consolidations) {
    }

    /** A committee in a list. */
    public record CommitteeSummary(String committeeId, String areaCode, String areaName, String termStart, String termEnd,
                                   boolean dissolved, int members, List<String> vacancies) {
    }

    /** A page of results. */
    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    @GetMapping("/api/residential-areas/{areaCode}/committees/{termYear}")
    @PreAuthorize("isAuthenticated() and @scope.require(#areaCode)")
    public CommitteeView committee(@PathVariable String areaCode, @PathVariable int termYear) {
        Document c = byId(MembershipProjection.COMMITTEES, areaCode + "/" + termYear);
        if (c == null) {
            throw DomainException.notFound("committee-not-found", "Không tìm thấy ban công tác", "No such committee");
        }
        List<Document> holdings = c.getList("holdings", Document.class, List.of());
        Map<String, String> names = names(holdings.stream().map(h -> h.getString("personId")).collect(Collectors.toSet()));
        List<Holding> current = new ArrayList<>();
        List<Holding> past = new ArrayList<>();
        for (Document h : holdings) {
            Holding view = new Holding(h.getString("personId"), names.get(h.getString("personId")), h.getString("position"),
                    Position.valueOf(h.getString("position")).labelVi(), h.getString("representing"),
                    h.getString("representing") == null ? null : MemberOrganisation.valueOf(h.getString("representing")).labelVi(),
                    h.getString("from"), h.getString("until"), h.getString("endReason"), h.getString("decisionNumber"));
            (h.get("until") == null ? current : past).add(view);
        }
        Map<String, Long> positionsPerPerson = current.stream().collect(Collectors.groupingBy(Holding::personId, Collectors.counting()));
        List<String> concurrent = positionsPerPerson.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).sorted().toList();
        Document area = byId(MembershipProjection.AREAS, areaCode);
        return new CommitteeView(c.getString("_id"), areaCode, area == null ? null : area.getString("name"),
                c.getString("termStart"), c.getString("termEnd"), c.getString("establishedOn"), c.getString("dissolvedOn"),
                c.getInteger("plannedDeputies", 0), c.getInteger("minimumSize", 0), current, past, concurrent,
                positionsPerPerson.size(), vacancies(c, current), c.getList("consolidations", Document.class, List.of()));
    }

    @GetMapping("/api/units/{communeCode}/committees")
    @PreAuthorize("isAuthenticated() and @scope.require(#communeCode)")
    public Page<CommitteeSummary> committees(@PathVariable String communeCode,
                                             @RequestParam(defaultValue = "0") int page,
                                             @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        if (communeCode.length() != 5) {
            throw DomainException.invalid("commune-only", "Danh sách ban công tác theo xã/phường", "Committees are listed per commune");
        }
        List<CommitteeSummary> all = new ArrayList<>();
        for (Document c : mongo.getCollection(MembershipProjection.COMMITTEES).find(Filters.eq("communeCode", communeCode))) {
            List<Holding> current = c.getList("holdings", Document.class, List.of()).stream().filter(h -> h.get("until") == null)
                    .map(h -> new Holding(h.getString("personId"), null, h.getString("position"), null, null, null,
                            null, null, null, null)).toList();
            Document area = byId(MembershipProjection.AREAS, c.getString("areaCode"));
            all.add(new CommitteeSummary(c.getString("_id"), c.getString("areaCode"), area == null ? null : area.getString("name"),
                    c.getString("termStart"), c.getString("termEnd"), c.get("dissolvedOn") != null,
                    (int) current.stream().map(Holding::personId).distinct().count(), vacancies(c, current)));
        }
        all.sort(Comparator.comparing(CommitteeSummary::committeeId));
        return page(all, page, size);
    }

    @GetMapping("/api/units/{unitCode}/people")
    @PreAuthorize("isAuthenticated() and @scope.require(#unitCode)")
    public Page<PersonView> people(@PathVariable String unitCode, @RequestParam(defaultValue = "") String q,
                                   @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        if (q.length() > 100) {
            throw DomainException.invalid("query-too-long", "Từ khoá tối đa 100 ký tự", "The query has at most 100 characters");
        }
        String key = MembershipProjection.fold(q);
        List<PersonView> found = new ArrayList<>();
        for (Document p : mongo.getCollection(MembershipProjection.PEOPLE).find(unitFilter(unitCode))) {
            String searchKey = p.getString("searchKey");
            if (searchKey != null && (key.isEmpty() || searchKey.contains(key))) {
                found.add(new PersonView(p.getString("_id"), p.getString("fullName"), p.getString("gender"),
                        p.getInteger("birthYear"), p.getString("ethnicity"), p.getString("religion"),
                        p.getBoolean("partyMember"), p.getString("unitCode"), p.getString("phone")));
            }
        }
        found.sort(Comparator.comparing(PersonView::fullName, VIETNAMESE).thenComparing(PersonView::personId));
        return page(found, page, size);
    }

    private Bson unitFilter(String unitCode) {
        if (Territory.NATION_CODE.equals(unitCode)) {
            return Filters.empty();
        }
        if (unitCode.length() == 5 || unitCode.contains("-")) {
            return Filters.or(Filters.eq("communeCode", unitCode), Filters.eq("unitCode", unitCode));
        }
        Set<String> communes = territory.descendants(unitCode, territory.today()).stream()
                .filter(u -> u.level() == Level.COMMUNE).map(AdministrativeUnit::code).collect(Collectors.toSet());
        return Filters.in("communeCode", communes);
    }

    private static List<String> vacancies(Document c, List<Holding> current) {
        List<String> vacancies = new ArrayList<>();
        if (c.get("dissolvedOn") != null) {
            return vacancies;
        }
        if (current.stream().noneMatch(h -> h.position().equals("HEAD"))) {
            vacancies.add("NO_HEAD");
        }
        if (current.stream().filter(h -> h.position().equals("DEPUTY")).count() < c.getInteger("plannedDeputies", 0)) {
            vacancies.add("MISSING_DEPUTIES");
        }
        if (current.stream().map(Holding::personId).distinct().count() < c.getInteger("minimumSize", 0)) {
            vacancies.add("BELOW_MINIMUM_SIZE");
        }
        return vacancies;
    }

    private Map<String, String> names(Set<String> personIds) {
        Map<String, String> names = new HashMap<>();
        for (String id : personIds) {
            Document p = byId(MembershipProjection.PEOPLE, id);
            names.put(id, p == null ? null : p.getString("fullName"));
        }
        return names;
    }

    private Document byId(String collection, String id) {
        return mongo.getCollection(collection).find(Filters.eq("_id", id)).first();
    }

    private static void checkPage(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw DomainException.invalid("invalid-page", "Trang từ 0, cỡ trang từ 1 đến " + MAX_PAGE_SIZE,
                    "Page from 0, page size from 1 to " + MAX_PAGE_SIZE);
        }
    }

    private static <T> Page<T> page(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return new Page<>(all.subList(from, Math.min(from + size, all.size())), page, size, all.size());
    }
}
