package vn.doanket.membership.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.membership.api.MemberAppointedEvent;
import vn.doanket.membership.api.MemberDismissedEvent;
import vn.doanket.membership.api.MemberPositionChangedEvent;
import vn.doanket.membership.api.PersonRegisteredEvent;
import vn.doanket.membership.api.PersonUpdatedEvent;
import vn.doanket.membership.api.ResidentialAreaMergedEvent;
import vn.doanket.membership.api.ResidentialAreaRegisteredEvent;
import vn.doanket.membership.api.ResidentialAreaRenamedEvent;
import vn.doanket.membership.api.ResidentialAreaSplitEvent;
import vn.doanket.membership.api.WorkCommitteeConsolidatedEvent;
import vn.doanket.membership.api.WorkCommitteeDissolvedEvent;
import vn.doanket.membership.api.WorkCommitteeEstablishedEvent;
import vn.doanket.membership.command.PersonIdentityRecordedEvent;
import vn.doanket.membership.territory.ReorganisationTranslation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The membership query model in MongoDB: one document per committee (current and past holdings), per person (with a
 * folded search key: no diacritics, lower case) and per residential area. Every read and write is by {@code _id};
 * each document keeps the last applied sequence of its aggregate, so a redelivered event changes nothing
 * ("read by _id, decide in code, write by _id", see ARCHITECTURE.md).
 */
@Component
@ProcessingGroup(MembershipProjection.GROUP)
public class MembershipProjection {

    public static final String GROUP = "membership-queries";
    public static final String COMMITTEES = "committees";
    public static final String PEOPLE = "people";
    public static final String AREAS = "residential_areas";

    private final MongoTemplate mongo;

    public MembershipProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The search key of a name: no diacritics ({@code đ} → {@code d}), lower case, single spaces. */
    public static String fold(String s) {
        return ReorganisationTranslation.withoutDiacritics(s == null ? "" : s).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    // residential areas

    @EventHandler
    void on(ResidentialAreaRegisteredEvent e, @SequenceNumber long seq) {
        update(AREAS, e.areaCode(), seq, d -> {
            d.put("communeCode", e.communeCode());
            d.put("name", e.name());
            d.put("kind", e.kind().name());
            d.put("registeredOn", e.registeredOn().toString());
        });
    }

    @EventHandler
    void on(ResidentialAreaRenamedEvent e, @SequenceNumber long seq) {
        update(AREAS, e.areaCode(), seq, d -> {
            d.put("name", e.name());
            d.put("kind", e.kind().name());
        });
    }

    @EventHandler
    void on(ResidentialAreaMergedEvent e, @SequenceNumber long seq) {
        update(AREAS, e.areaCode(), seq, d -> {
            d.put("closedOn", e.mergedOn().toString());
            d.put("successors", List.of(e.intoAreaCode()));
        });
    }

    @EventHandler
    void on(ResidentialAreaSplitEvent e, @SequenceNumber long seq) {
        update(AREAS, e.areaCode(), seq, d -> {
            d.put("closedOn", e.splitOn().toString());
            d.put("successors", e.intoAreaCodes());
        });
    }

    // committees

    @EventHandler
    void on(WorkCommitteeEstablishedEvent e, @SequenceNumber long seq) {
        update(COMMITTEES, e.committeeId(), seq, d -> {
            d.put("areaCode", e.areaCode());
            d.put("communeCode", vn.doanket.events.UnitCode.communeOf(e.areaCode()));
            d.put("termStart", e.termStart().toString());
            d.put("termEnd", e.termEnd().toString());
            d.put("plannedDeputies", e.plannedDeputies());
            d.put("minimumSize", e.minimumSize());
            d.put("establishedOn", e.establishedOn().toString());
            d.put("decisionNumber", e.decisionNumber());
            d.put("holdings", new ArrayList<Document>());
            d.put("consolidations", new ArrayList<Document>());
        });
    }

    @EventHandler
    void on(MemberAppointedEvent e, @SequenceNumber long seq) {
        update(COMMITTEES, e.committeeId(), seq, d -> holdings(d).add(new Document("personId", e.personId())
                .append("position", e.position().name()).append("representing", e.representing().name())
                .append("from", e.appointedOn().toString()).append("decisionNumber", e.decisionNumber())));
    }

    @EventHandler
    void on(MemberPositionChangedEvent e, @SequenceNumber long seq) {
        update(COMMITTEES, e.committeeId(), seq, d -> {
            Document ended = end(d, e.personId(), e.from().name(), e.changedOn().toString(), "Chuyển chức danh / position changed",
                    e.decisionNumber());
            holdings(d).add(new Document("personId", e.personId()).append("position", e.to().name())
                    .append("representing", ended == null ? null : ended.getString("representing"))
                    .append("from", e.changedOn().toString()).append("decisionNumber", e.decisionNumber()));
        });
    }

    @EventHandler
    void on(MemberDismissedEvent e, @SequenceNumber long seq) {
        update(COMMITTEES, e.committeeId(), seq, d -> end(d, e.personId(), e.position().name(), e.dismissedOn().toString(),
                e.reason(), e.decisionNumber()));
    }

    @EventHandler
    void on(WorkCommitteeConsolidatedEvent e, @SequenceNumber long seq) {
        update(COMMITTEES, e.committeeId(), seq, d -> {
            List<Document> list = new ArrayList<>(d.getList("consolidations", Document.class, List.of()));
            list.add(new Document("on", e.consolidatedOn().toString()).append("decisionNumber", e.decisionNumber()));
            d.put("consolidations", list);
        });
    }

    @EventHandler
    void on(WorkCommitteeDissolvedEvent e, @SequenceNumber long seq) {
        update(COMMITTEES, e.committeeId(), seq, d -> {
            d.put("dissolvedOn", e.dissolvedOn().toString());
            d.put("dissolutionReason", e.reason());
        });
    }

    // people

    @EventHandler
    void on(PersonRegisteredEvent e, @SequenceNumber long seq) {
        update(PEOPLE, e.personId(), seq, d -> {
            d.put("unitCode", e.unitCode());
            d.put("communeCode", e.unitCode().substring(0, Math.min(5, e.unitCode().length())));
            attributes(d, e.gender().name(), e.birthYear(), e.ethnicity(), e.religion(), e.partyMember());
        });
    }

    @EventHandler
    void on(PersonUpdatedEvent e, @SequenceNumber long seq) {
        update(PEOPLE, e.personId(), seq, d -> attributes(d, e.gender().name(), e.birthYear(), e.ethnicity(),
                e.religion(), e.partyMember()));
    }

    @EventHandler
    void on(PersonIdentityRecordedEvent e, @SequenceNumber long seq) {
        update(PEOPLE, e.personId(), seq, d -> {
            d.put("fullName", e.fullName());
            d.put("searchKey", fold(e.fullName()));
            d.put("phone", e.phone());
        });
    }

    private static void attributes(Document d, String gender, int birthYear, String ethnicity, String religion, boolean party) {
        d.put("gender", gender);
        d.put("birthYear", birthYear);
        d.put("ethnicity", ethnicity);
        d.put("religion", religion);
        d.put("partyMember", party);
    }

    private static List<Document> holdings(Document committee) {
        List<Document> list = new ArrayList<>(committee.getList("holdings", Document.class, List.of()));
        committee.put("holdings", list);
        return list;
    }

    private static Document end(Document committee, String personId, String position, String on, String reason, String decision) {
        for (Document h : holdings(committee)) {
            if (h.getString("personId").equals(personId) && h.getString("position").equals(position) && h.get("until") == null) {
                h.put("until", on);
                h.put("endReason", reason);
                h.put("endDecisionNumber", decision);
                return h;
            }
        }
        return null;
    }

    /** Read by {@code _id}, skip if already applied, change in code, write back by {@code _id} with the sequence. */
    private void update(String collection, String id, long seq, Consumer<Document> change) {
        MongoCollection<Document> c = mongo.getCollection(collection);
        Document doc = c.find(Filters.eq("_id", id)).first();
        if (doc == null) {
            doc = new Document("_id", id);
        } else if (doc.get("lastSeq") != null && ((Number) doc.get("lastSeq")).longValue() >= seq) {
            return;
        }
        change.accept(doc);
        doc.put("lastSeq", seq);
        c.replaceOne(Filters.eq("_id", id), doc, new ReplaceOptions().upsert(true));
    }
}
