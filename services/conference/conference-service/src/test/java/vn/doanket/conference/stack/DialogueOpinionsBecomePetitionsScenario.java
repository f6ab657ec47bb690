package vn.doanket.conference.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.doanket.testing.TopicRecords;
import vn.doanket.testing.stack.StackScenario;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.doanket.conference.stack.StackCalls.figure;

/**
 * The acceptance case through the whole stack (HTTP → PostgreSQL → Kafka → MongoDB): Phường Bà Rịa's twelve
 * residential areas and their committees are registered in membership; a dialogue conference of the ward invites the
 * twelve committees, checks ten of them in by their scanned QR codes, hears 7 delegates speaking for the 12 committees
 * raise 20 opinions, and shows 7 delegates, 12 committees represented and 20 opinions. The feedback service opens
 * exactly 20 petitions with provenance (conference, opinion, delegate) — still 20 after every conference event (and
 * every feedback event) has been delivered twice —, the conference lists each opinion's petition, and the ward's
 * dashboard shows the conference and the 20 petitions.
 */
public class DialogueOpinionsBecomePetitionsScenario implements StackScenario {

    static final String WARD = "26560";
    static final String OFFICER = "can-bo-ba-ria";
    static final String LEADER = "lanh-dao-ba-ria";
    static final String CONFERENCE = "doi-thoai-ba-ria-stack";
    static final String[] TOPICS = {"LAND", "ENVIRONMENT", "SOCIAL_POLICY", "PUBLIC_ORDER", "INFRASTRUCTURE",
            "ADMINISTRATIVE_PROCEDURES", "OFFICIALS_CONDUCT", "OTHER"};

    @Override
    public String name() {
        return "conference: a dialogue's 7 delegates for 12 committees raise 20 opinions → 20 petitions, on the dashboard";
    }

    @Override
    public void run(Stack stack) throws Exception {
        StackCalls calls = new StackCalls(stack);
        LocalDate today = StackCalls.today();

        // membership: twelve residential areas of the ward and the committee of each (term 2024–2029)
        List<String> committees = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            String area = WARD + "-KP%02d".formatted(i);
            JsonNode registered = calls.post("membership", OFFICER, "/api/residential-areas", Map.of("communeCode", WARD,
                    "areaCode", area, "name", "Khu phố " + i, "kind", "KHU_PHO", "registeredOn", "2025-07-15"), 201);
            assertThat(registered.get("areaCode").asText()).isEqualTo(area);
            calls.post("membership", OFFICER, "/api/residential-areas/" + area + "/committees", Map.of(
                    "termStart", "2024-10-01", "termEnd", "2029-09-30", "plannedDeputies", 1, "minimumSize", 5,
                    "decisionNumber", (10 + i) + "/QĐ-MTTQ", "establishedOn", "2025-07-15"), 201);
            committees.add(area + "/2024");
        }

        // the conference: planned (again with the same body: unchanged), the committees invited, opened
        Map<String, Object> plan = Map.of("conferenceId", CONFERENCE, "kind", "DIALOGUE", "unitCode", WARD,
                "title", "Hội nghị đối thoại giữa Ban Thường trực và các Ban Công tác Mặt trận khu dân cư",
                "startsAt", today + "T08:00:00", "endsAt", today + "T11:30:00",
                "venue", "Hội trường Ủy ban MTTQ phường Bà Rịa", "agenda", List.of("Khai mạc", "Đối thoại", "Kết luận"));
        calls.post("conference", OFFICER, "/api/conferences", plan, 201);
        assertThat(calls.post("conference", OFFICER, "/api/conferences", plan, 200).get("outcome").asText())
                .isEqualTo("UNCHANGED");
        List<Map<String, Object>> invitations = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            invitations.add(Map.of("invitationId", "moi-" + (i + 1), "inviteeKind", "COMMITTEE",
                    "inviteeRef", committees.get(i)));
        }
        JsonNode sent = calls.post("conference", OFFICER, "/api/conferences/" + CONFERENCE + "/invitations",
                Map.of("invitations", invitations), 201);
        assertThat(sent.get("sent").asInt()).isEqualTo(12);
        calls.post("conference", OFFICER, "/api/conferences/" + CONFERENCE + "/opening", Map.of(), 200);

        // ten committees checked in at the door by the QR code of their invitation; a code works once
        String firstCode = null;
        for (int i = 1; i <= 10; i++) {
            String code = scan(calls, "moi-" + i);
            assertThat(code).startsWith("moi-" + i + ".");
            JsonNode checkedIn = calls.post("conference", OFFICER, "/api/conferences/" + CONFERENCE + "/check-ins",
                    Map.of("code", code, "method", "SCAN"), 200);
            assertThat(checkedIn.get("attendees").asInt()).isEqualTo(i);
            firstCode = firstCode == null ? code : firstCode;
        }
        StackCalls.problem(calls.as("conference", OFFICER).post("/api/conferences/" + CONFERENCE + "/check-ins",
                Map.of("code", firstCode, "method", "CODE")), 409, "check-in-code-used");

        // seven delegates: five speak for two committees each, one for one, one for two (one of them shared)
        List<List<String>> speakFor = List.of(committees.subList(0, 2), committees.subList(2, 4),
                committees.subList(4, 6), committees.subList(6, 8), committees.subList(8, 10),
                List.of(committees.get(10)), List.of(committees.get(0), committees.get(11)));
        for (int d = 0; d < 7; d++) {
            calls.post("conference", OFFICER, "/api/conferences/" + CONFERENCE + "/delegates", Map.of(
                    "delegateId", "dai-bieu-" + (d + 1), "personId", "p-dai-bieu-" + (d + 1),
                    "committeeIds", speakFor.get(d)), 201);
        }
        // twenty opinions, each about the area of its delegate's first committee
        Map<String, String> delegateOf = new TreeMap<>();
        Map<String, String> unitOf = new TreeMap<>();
        for (int o = 1; o <= 20; o++) {
            int delegate = (o - 1) % 7;
            String area = speakFor.get(delegate).get(0).substring(0, (WARD + "-KP01").length());
            String opinionId = "y-kien-" + o;
            calls.post("conference", OFFICER, "/api/conferences/" + CONFERENCE + "/opinions", Map.of(
                    "opinionId", opinionId, "delegateId", "dai-bieu-" + (delegate + 1), "unitCode", area,
                    "topic", TOPICS[o % TOPICS.length],
                    "text", "Ý kiến số " + o + ": đề nghị chính quyền xem xét, giải quyết dứt điểm."), 201);
            delegateOf.put(opinionId, "dai-bieu-" + (delegate + 1));
            unitOf.put(opinionId, area);
        }

        JsonNode conference = calls.await("conference", LEADER, "/api/conferences/" + CONFERENCE,
                "the conference's counts", c -> c.path("opinions").asInt() == 20 && c.path("delegates").asInt() == 7
                        && c.path("attendees").asInt() == 10);
        assertThat(conference.get("delegates").asInt()).isEqualTo(7);
        assertThat(conference.get("committeesRepresented").asInt()).isEqualTo(12);
        assertThat(conference.get("communesRepresented").asInt()).isEqualTo(1);
        assertThat(conference.get("opinions").asInt()).isEqualTo(20);
        assertThat(conference.get("attendees").asInt()).isEqualTo(10);
        assertThat(conference.get("kindVi").asText()).isEqualTo("Hội nghị đối thoại");

        // feedback opens one petition per opinion, with provenance; the conference learns each opinion's petition
        String petitionsPath = "/api/petitions?unit=" + WARD + "&page=0&size=200";
        JsonNode petitions = calls.await("feedback", OFFICER, petitionsPath, "20 petitions of the ward",
                p -> p.path("total").asLong() == 20);
        Map<String, String> petitionOf = assertPetitions(petitions, delegateOf, unitOf);
        JsonNode opinions = calls.await("conference", LEADER, "/api/conferences/" + CONFERENCE
                + "/opinions?page=0&size=50", "every opinion with its petition",
                DialogueOpinionsBecomePetitionsScenario::everyOpinionPetitioned);
        assertOpinions(opinions, petitionOf);

        // closed with conclusions; an opinion after the close is refused
        calls.post("conference", OFFICER, "/api/conferences/" + CONFERENCE + "/closure",
                Map.of("conclusions", "Ủy ban nhân dân phường tiếp thu, trả lời các ý kiến trong 30 ngày."), 200);
        StackCalls.problem(calls.as("conference", OFFICER).post("/api/conferences/" + CONFERENCE + "/opinions",
                Map.of("opinionId", "y-kien-21", "delegateId", "dai-bieu-1", "unitCode", WARD + "-KP01",
                        "topic", "LAND", "text", "Ý kiến sau khi bế mạc.")), 409, "conference-closed");
        calls.await("conference", LEADER, "/api/conferences/" + CONFERENCE, "the conference closed",
                c -> "CLOSED".equals(c.path("status").asText()) && c.path("opinionsPetitioned").asInt() == 20);

        // every conference event delivered twice (and every feedback event), every consumer caught up
        String conferenceTopic = stack.topic("conference");
        String feedbackTopic = stack.topic("feedback");
        assertThat(opinionRaised(stack, conferenceTopic)).as("OpinionRaised of the conference on its topic").hasSize(20);
        // (the redelivery republishes what is on the topic now, and the publisher forwards asynchronously: the
        // conference's last event, its closure, is awaited on the topic first, so every event of it is redelivered)
        assertThat(TopicRecords.await(stack.kafkaBootstrap(), conferenceTopic, r -> CONFERENCE.equals(r.key())
                        && "ConferenceClosed".equals(eventType(r)), 1, StackCalls.PATIENCE))
                .as("the conference's closure published").hasSize(1);
        int again = stack.redeliver("conference");
        assertThat(again).isGreaterThanOrEqualTo(20 + 12 + 7 + 3);
        assertThat(opinionRaised(stack, conferenceTopic)).as("every OpinionRaised delivered twice").hasSize(40);
        assertThat(stack.redeliver("feedback")).isGreaterThanOrEqualTo(20);
        String feedbackGroup = calls.context("feedback").getEnvironment()
                .getRequiredProperty("spring.cloud.stream.bindings.conferenceEvents-in-0.group");
        String dashboardGroup = calls.context("dashboard").getEnvironment()
                .getRequiredProperty("spring.cloud.stream.bindings.contextEvents-in-0.group");
        String dashboardFeedbackGroup = calls.context("dashboard").getEnvironment()
                .getRequiredProperty("spring.cloud.stream.bindings.feedbackEvents-in-0.group");
        String conferenceGroup = calls.context("conference").getEnvironment()
                .getProperty("doanket.conference.feedback.group", "conference");
        calls.awaitCaughtUp(feedbackGroup, conferenceTopic);
        calls.awaitCaughtUp(conferenceGroup, feedbackTopic);
        calls.awaitCaughtUp(dashboardFeedbackGroup, feedbackTopic);
        calls.awaitCaughtUp(dashboardGroup, conferenceTopic);

        // exactly 20 petitions, the same ones, with provenance
        JsonNode after = calls.get("feedback", OFFICER, petitionsPath);
        assertThat(after.get("total").asLong()).isEqualTo(20);
        assertThat(assertPetitions(after, delegateOf, unitOf)).isEqualTo(petitionOf);
        String onePetition = petitionOf.get("y-kien-7");
        JsonNode detail = calls.get("feedback", OFFICER, "/api/petitions/" + onePetition);
        assertThat(detail.toString()).contains("\"source\":\"conference\"").contains("\"conferenceId\":\"" + CONFERENCE + "\"")
                .contains("\"opinionId\":\"y-kien-7\"").contains("\"delegateId\":\"" + delegateOf.get("y-kien-7") + "\"");
        JsonNode linked = calls.get("conference", LEADER, "/api/conferences/" + CONFERENCE);
        assertThat(linked.get("opinionsPetitioned").asInt()).isEqualTo(20);
        assertThat(linked.get("opinions").asInt()).isEqualTo(20);
        assertOpinions(calls.get("conference", LEADER, "/api/conferences/" + CONFERENCE + "/opinions?page=0&size=50"),
                petitionOf);
        JsonNode listed = calls.get("conference", LEADER, "/api/conferences?unit=" + WARD + "&kind=DIALOGUE&page=0&size=20");
        assertThat(listed.get("items").findValuesAsText("conferenceId")).contains(CONFERENCE);

        // the ward's dashboard: the dialogue held today, its delegates, attendees, opinions, and the 20 petitions
        // (every figure asserted below is awaited: the areas come from membership's topic, the petitions from
        // feedback's, the conference's counts from its own, in no order with one another)
        JsonNode figures = calls.awaitFigures(LEADER, WARD, "the ward's areas, conference and petitions", f ->
                figure(f, "conferencesDialogue") == 1 && figure(f, "conferenceOpinions") == 20
                        && figure(f, "conferenceDelegates") == 7 && figure(f, "conferenceAttendees") == 10
                        && figure(f, "opinionsPetitioned") == 20 && figure(f, "petitionsReceived") == 20
                        && figure(f, "petitionsByChannel_CONFERENCE") == 20 && f.path("residentialAreas").asLong() == 12);
        assertThat(figure(figures, "conferencesDialogue")).isEqualTo(1);
        assertThat(figure(figures, "conferenceDelegates")).isEqualTo(7);
        assertThat(figure(figures, "conferenceAttendees")).isEqualTo(10);
        assertThat(figure(figures, "conferenceOpinions")).isEqualTo(20);
        assertThat(figure(figures, "opinionsPetitioned")).isEqualTo(20);
        assertThat(figure(figures, "petitionsReceived")).isEqualTo(20);
        assertThat(figure(figures, "petitionsByChannel_CONFERENCE")).isEqualTo(20);
        assertThat(figures.path("derived").path("opinionsPetitionedShare").asDouble()).isEqualTo(1.0);
        assertThat(figures.get("residentialAreas").asLong()).isEqualTo(12);
    }

    /** The check-in code read from the invitation's QR image, as a scanner at the door reads it. */
    private static String scan(StackCalls calls, String invitationId) throws Exception {
        HttpResponse<byte[]> png = calls.as("conference", OFFICER)
                .getBytes("/api/conferences/" + CONFERENCE + "/invitations/" + invitationId + "/qr.png");
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/png"));
        var image = ImageIO.read(new ByteArrayInputStream(png.body()));
        String code = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(
                new BufferedImageLuminanceSource(image)))).getText();
        // the same code as the organiser's printed one
        JsonNode printed = calls.get("conference", OFFICER, "/api/conferences/" + CONFERENCE + "/invitations/" + invitationId);
        assertThat(printed.get("checkInCode").asText()).isEqualTo(code);
        return code;
    }

    /** Checks a page of feedback's petitions of the ward: 20, channel conference, provenance; opinion → petition. */
    private static Map<String, String> assertPetitions(JsonNode page, Map<String, String> delegateOf,
                                                       Map<String, String> unitOf) {
        Map<String, String> petitionOf = new TreeMap<>();
        assertThat(page.get("items")).hasSize(20);
        for (JsonNode petition : page.get("items")) {
            assertThat(petition.get("channel").asText()).isEqualTo("CONFERENCE");
            JsonNode provenance = petition.get("provenance");
            assertThat(provenance.get("source").asText()).isEqualTo("conference");
            assertThat(provenance.get("conferenceId").asText()).isEqualTo(CONFERENCE);
            String opinionId = provenance.get("opinionId").asText();
            assertThat(delegateOf).containsKey(opinionId);
            assertThat(provenance.get("delegateId").asText()).isEqualTo(delegateOf.get(opinionId));
            assertThat(petition.get("unitCode").asText()).isEqualTo(unitOf.get(opinionId));
            assertThat(petitionOf.put(opinionId, petition.get("petitionId").asText()))
                    .as("one petition for %s", opinionId).isNull();
        }
        assertThat(petitionOf.keySet()).isEqualTo(delegateOf.keySet());
        assertThat(new TreeSet<>(petitionOf.values())).hasSize(20);
        return petitionOf;
    }

    /** The conference's opinions list: 20, each with the petition feedback opened for it. */
    private static void assertOpinions(JsonNode page, Map<String, String> petitionOf) {
        assertThat(page.get("total").asInt()).isEqualTo(20);
        Map<String, String> listed = new HashMap<>();
        for (JsonNode opinion : page.get("items")) {
            listed.put(opinion.get("opinionId").asText(), opinion.get("petitionId").asText());
            assertThat(opinion.get("petitionStatus").asText()).isEqualTo("RECEIVED");
            assertThat(opinion.get("petitionStatusVi").asText()).isNotBlank();
        }
        assertThat(listed).isEqualTo(petitionOf);
    }

    private static boolean everyOpinionPetitioned(JsonNode page) {
        if (page.path("total").asInt() != 20) {
            return false;
        }
        for (JsonNode opinion : page.get("items")) {
            if (!opinion.path("petitionId").isTextual()) {
                return false;
            }
        }
        return true;
    }

    /** This conference's {@code OpinionRaised} records on the conference topic. */
    private static List<ConsumerRecord<String, byte[]>> opinionRaised(Stack stack, String topic) {
        return TopicRecords.readAll(stack.kafkaBootstrap(), topic).stream()
                .filter(r -> CONFERENCE.equals(r.key()))
                .filter(r -> "OpinionRaised".equals(eventType(r)))
                .toList();
    }

    /** A record's {@code eventType} header, null when none. */
    private static String eventType(ConsumerRecord<String, byte[]> record) {
        var header = record.headers().lastHeader("eventType");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
