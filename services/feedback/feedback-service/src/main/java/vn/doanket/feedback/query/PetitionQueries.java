package vn.doanket.feedback.query;

import com.mongodb.client.model.Filters;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads the petition query model by {@code _id} only. */
@Component
public class PetitionQueries {

    private final MongoTemplate mongo;

    public PetitionQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** One petition's document. */
    public Optional<Document> find(String petitionId) {
        return Optional.ofNullable(mongo.getCollection(PetitionProjection.PETITIONS)
                .find(Filters.eq("_id", petitionId)).first());
    }

    /** A page of a unit's petitions (its own and those of the units below it), newest id first. */
    public Page page(String unitCode, String status, int page, int size) {
        Document index = mongo.getCollection(PetitionProjection.UNIT_PETITIONS).find(Filters.eq("_id", unitCode)).first();
        List<String> ids = index == null ? List.of() : new ArrayList<>(index.getList("ids", String.class, List.of()));
        List<Document> all = new ArrayList<>();
        for (String id : ids) {
            find(id).filter(d -> status == null || status.equals(d.getString("status"))).ifPresent(all::add);
        }
        all.sort(Comparator.comparing((Document d) -> d.getString("receivedAt")).reversed()
                .thenComparing(d -> d.getString("_id")));
        int from = Math.min(all.size(), page * size);
        return new Page(all.subList(from, Math.min(all.size(), from + size)), all.size());
    }

    /** A page and the total count. */
    public record Page(List<Document> items, long total) {
    }
}
