package vn.doanket.feedback.web;

import jakarta.annotation.security.PermitAll;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.events.Actor;
import vn.doanket.events.error.DomainException;
import vn.doanket.feedback.api.Channel;
import vn.doanket.feedback.api.PetitionStatus;
import vn.doanket.feedback.api.PetitionerIdentity;
import vn.doanket.feedback.api.ReceivePetitionCommand;
import vn.doanket.feedback.command.FeedbackProperties;
import vn.doanket.feedback.command.PetitionService;
import vn.doanket.feedback.query.PetitionQueries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Open311 GeoReport v2 intake, so existing city apps can submit feedback. Mapped onto the same commands as
 * the petition API: a request is a petition received through the {@code ONLINE} channel about the client's
 * jurisdiction unit; {@code service_code} is a topic code; the citizen's name, phone and e-mail (optional) go
 * to the personal-data store, and a request without a name is anonymous.
 *
 * <p>Authentication: each city app is configured in {@code doanket.feedback.open311.clients} with an
 * {@code api_key} (sent as the {@code api_key} parameter, as GeoReport v2 specifies), a client id (recorded
 * as actor {@code open311:<client id>}, role {@code OPEN311}) and the unit its jurisdiction covers. The
 * routes are outside the bearer-token chain ({@code doanket.security.public-paths}); {@code services.json}
 * is public, requests need a valid key (else 403), and a client reads back only the requests it submitted.
 * Errors are GeoReport v2's array of {@code {code, description}} ({@link Open311Errors}), decided like the
 * rest of the platform's and in both languages.
 */
@RestController
public class Open311Controller {

    static final Set<String> CLOSED = Set.of("CLOSED", "WITHDRAWN", "MERGED", "SPLIT");

    private final FeedbackProperties properties;
    private final PetitionService petitions;
    private final PetitionQueries queries;

    public Open311Controller(FeedbackProperties properties, PetitionService petitions, PetitionQueries queries) {
        this.properties = properties;
        this.petitions = petitions;
        this.queries = queries;
    }

    /** The service list: one service per topic of the taxonomy. */
    @GetMapping(value = "/open311/v2/services.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PermitAll
    public List<Map<String, Object>> services(@RequestParam(name = "jurisdiction_id", required = false) String jurisdiction) {
        List<Map<String, Object>> services = new ArrayList<>();
        properties.getTopics().forEach((code, labels) -> {
            Map<String, Object> service = new LinkedHashMap<>();
            service.put("service_code", code);
            service.put("service_name", labels.vi());
            service.put("description", labels.vi() + " / " + labels.en());
            service.put("metadata", false);
            service.put("type", "realtime");
            service.put("keywords", labels.en());
            service.put("group", "kien-nghi");
            services.add(service);
        });
        return services;
    }

    @PostMapping(value = "/open311/v2/requests.json",
            consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PermitAll
    public List<Map<String, Object>> submitForm(@RequestParam MultiValueMap<String, String> form) {
        Map<String, Object> fields = new LinkedHashMap<>();
        form.forEach((k, v) -> fields.put(k, v.isEmpty() ? null : v.get(0)));
        return submit(fields);
    }

    @PostMapping(value = "/open311/v2/requests.json",
            consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @PermitAll
    public List<Map<String, Object>> submitJson(@RequestBody Map<String, Object> body) {
        return submit(body);
    }

    private List<Map<String, Object>> submit(Map<String, Object> fields) {
        FeedbackProperties.Client client = client(text(fields, "api_key", 200));
        String jurisdiction = text(fields, "jurisdiction_id", 64);
        if (jurisdiction != null && !jurisdiction.equals(client.jurisdictionId())) {
            throw DomainException.notFound("jurisdiction-not-found", "Không phục vụ địa bàn này",
                    "This jurisdiction is not served for your key");
        }
        String serviceCode = required(fields, "service_code", 50);
        String description = required(fields, "description", 10_000);
        String first = text(fields, "first_name", 100);
        String last = text(fields, "last_name", 100);
        String name = ((last == null ? "" : last) + " " + (first == null ? "" : first)).strip();
        PetitionerIdentity petitioner = name.isEmpty() ? null : new PetitionerIdentity(name, text(fields, "phone", 20),
                null, null, text(fields, "email", 200));
        StringBuilder content = new StringBuilder(description.strip());
        String address = text(fields, "address_string", 500);
        String lat = number(fields, "lat");
        String lon = number(fields, "long");
        if (address != null) {
            content.append("\nĐịa điểm / location: ").append(address);
        }
        if (lat != null && lon != null) {
            content.append("\nTọa độ / coordinates: ").append(lat).append(", ").append(lon);
        }
        String subject = description.strip();
        subject = subject.length() > 100 ? subject.substring(0, 100) + "…" : subject;
        String id = petitions.receive(new ReceivePetitionCommand(null, client.unitCode(), Channel.ONLINE, serviceCode,
                subject, content.toString(), petitioner == null, petitioner, null, null, List.of(), null, null,
                client.unitCode()), actor(client)).petitionId();
        Map<String, Object> created = new LinkedHashMap<>();
        created.put("service_request_id", id);
        created.put("service_notice", "Đã tiếp nhận / received");
        created.put("account_id", null);
        return List.of(created);
    }

    @GetMapping(value = "/open311/v2/requests.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PermitAll
    public List<Map<String, Object>> requests(@RequestParam(name = "api_key", required = false) String apiKey,
                                              @RequestParam(name = "service_request_id", required = false) String ids,
                                              @RequestParam(name = "service_code", required = false) String serviceCode,
                                              @RequestParam(name = "status", required = false) String status) {
        FeedbackProperties.Client client = client(apiKey);
        if (status != null && !Set.of("open", "closed").contains(status)) {
            throw DomainException.invalid("invalid-status", "Trạng thái phải là open hoặc closed",
                    "status must be open or closed");
        }
        List<String> wanted = ids == null ? null : Arrays.stream(ids.split(",")).map(String::strip).toList();
        List<Map<String, Object>> found = new ArrayList<>();
        for (Document doc : queries.page(client.unitCode(), null, 0, 1_000).items()) {
            if (!submittedBy(doc, client) || wanted != null && !wanted.contains(doc.getString("_id"))
                    || serviceCode != null && !serviceCode.equals(doc.getString("topic"))) {
                continue;
            }
            Map<String, Object> request = view(doc);
            if (status == null || status.equals(request.get("status"))) {
                found.add(request);
            }
        }
        return found;
    }

    @GetMapping(value = "/open311/v2/requests/{id}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PermitAll
    public List<Map<String, Object>> request(@PathVariable String id,
                                             @RequestParam(name = "api_key", required = false) String apiKey) {
        FeedbackProperties.Client client = client(apiKey);
        Document doc = queries.find(id).filter(d -> submittedBy(d, client)).orElseThrow(() -> DomainException.notFound(
                "request-not-found", "Không tìm thấy yêu cầu", "No such service request"));
        return List.of(view(doc));
    }

    private static boolean submittedBy(Document doc, FeedbackProperties.Client client) {
        List<Document> history = doc.getList("history", Document.class, List.of());
        return !history.isEmpty() && ("open311:" + client.clientId()).equals(history.get(0).getString("actorId"));
    }

    private Map<String, Object> view(Document doc) {
        String status = doc.getString("status");
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("service_request_id", doc.getString("_id"));
        view.put("status", CLOSED.contains(status) ? "closed" : "open");
        view.put("status_notes", PetitionStatus.valueOf(status).labelVi() + " / " + PetitionStatus.valueOf(status).labelEn());
        String topic = doc.getString("topic");
        view.put("service_name", Optional.ofNullable(properties.getTopics().get(topic)).map(FeedbackProperties.TopicLabels::vi).orElse(topic));
        view.put("service_code", topic);
        view.put("description", doc.getString("subject"));
        Document body = doc.get("body", Document.class);
        view.put("agency_responsible", body == null ? null : body.getString("name"));
        view.put("service_notice", null);
        view.put("requested_datetime", doc.getString("receivedAt"));
        view.put("updated_datetime", doc.getString("updatedAt"));
        view.put("expected_datetime", doc.getString("deadline"));
        view.put("address", null);
        return view;
    }

    private FeedbackProperties.Client client(String apiKey) {
        return properties.getOpen311().getClients().stream()
                .filter(c -> c.apiKey() != null && java.security.MessageDigest.isEqual(
                        c.apiKey().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        (apiKey == null ? "" : apiKey).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .findFirst()
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("invalid api_key"));
    }

    private static Actor actor(FeedbackProperties.Client client) {
        return new Actor("open311:" + client.clientId(), "OPEN311");
    }

    private static String required(Map<String, Object> fields, String name, int max) {
        String value = text(fields, name, max);
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("missing-" + name.replace('_', '-'), "Thiếu trường " + name,
                    "The field " + name + " is missing");
        }
        return value;
    }

    private static String text(Map<String, Object> fields, String name, int max) {
        Object value = fields.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String) && !(value instanceof Number) && !(value instanceof Boolean)) {
            throw DomainException.invalid("invalid-" + name.replace('_', '-'), "Trường " + name + " không hợp lệ",
                    "The field " + name + " is invalid");
        }
        String text = value.toString();
        if (text.length() > max) {
            throw DomainException.invalid("invalid-" + name.replace('_', '-'), "Trường " + name + " quá dài",
                    "The field " + name + " is too long");
        }
        return text.isBlank() ? null : text;
    }

    private static String number(Map<String, Object> fields, String name) {
        String value = text(fields, name, 30);
        if (value == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(value);
            if (Double.isNaN(d) || Double.isInfinite(d) || Math.abs(d) > 180) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw DomainException.invalid("invalid-" + name, "Tọa độ không hợp lệ", "Invalid coordinate");
        }
    }
}
