package vn.doanket.security.personaldata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.doanket.security.Role;
import vn.doanket.security.personaldata.Dtos.BadSubject;
import vn.doanket.security.personaldata.Dtos.LegacyPerson;
import vn.doanket.security.personaldata.Dtos.PersonView;
import vn.doanket.security.personaldata.Dtos.PetitionPage;
import vn.doanket.security.personaldata.Dtos.PetitionView;
import vn.doanket.security.personaldata.Dtos.Petitioner;
import vn.doanket.security.personaldata.Dtos.WorkCommitteeView;
import vn.doanket.testing.TestPersonalData;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.doanket.testing.TestPersonalData.ADDRESS;
import static vn.doanket.testing.TestPersonalData.CITIZEN_ID;
import static vn.doanket.testing.TestPersonalData.DATE_OF_BIRTH;
import static vn.doanket.testing.TestPersonalData.EMAIL;
import static vn.doanket.testing.TestPersonalData.PETITIONER_NAME;
import static vn.doanket.testing.TestPersonalData.PHONE;

/**
 * Masking and revealing through an ObjectMapper with the module, for callers from real {@code Jwt}s.
 * Test names never contain the personal values (surefire's reports record them).
 */
class PersonalDataSerializationTest {

    static final Instant NOW = Instant.parse("2025-11-18T02:15:00Z");
    static final String HIDDEN = "Ẩn danh / Hidden";
    static final PersonView PERSON = new PersonView("person-7", "HEAD", PHONE, CITIZEN_ID,
            LocalDate.parse(DATE_OF_BIRTH), ADDRESS, EMAIL);

    final List<PersonalDataReveal> reveals = new CopyOnWriteArrayList<>();
    ObjectMapper mapper;

    @BeforeEach
    void setUp() {
        mapper = mapper(PersonalDataPolicy.defaults(), List.of(reveals::add));
    }

    @AfterEach
    void tearDown() {
        Tokens.signOut();
    }

    static ObjectMapper mapper(PersonalDataPolicy policy, List<PersonalDataRevealListener> listeners) {
        Supplier<List<PersonalDataRevealListener>> all = () -> listeners;
        return JsonMapper.builder()
                .findAndAddModules()
                .addModule(new PersonalDataModule(() -> policy, all, Clock.fixed(NOW, ZoneOffset.UTC)))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    JsonNode write(Object value) throws Exception {
        return mapper.readTree(mapper.writeValueAsString(value));
    }

    JsonNode write(PersonalDataContext context, Object value) throws Exception {
        return mapper.readTree(PersonalDataContext.with(context, () -> mapper.writeValueAsString(value)));
    }

    // ------------------------------------------------------------------ the kinds other than petitioner identity

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICER", "COMMITTEE", "ADMINISTRATOR"})
    void entitledRolesSeeEveryKindOtherThanPetitionerIdentity(Role role) throws Exception {
        Tokens.signIn("user-1", role);

        JsonNode json = write(PERSON);

        assertThat(json.get("phone").asText()).isEqualTo(PHONE);
        assertThat(json.get("idNumber").asText()).isEqualTo(CITIZEN_ID);
        assertThat(json.get("dateOfBirth").asText()).isEqualTo(DATE_OF_BIRTH);
        assertThat(json.get("address").asText()).isEqualTo(ADDRESS);
        assertThat(json.get("email").asText()).isEqualTo(EMAIL);
        assertThat(json.get("personId").asText()).isEqualTo("person-7");
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"LEADER", "AUDITOR", "PETITION_HANDLER"})
    void otherRolesSeeMasks(Role role) throws Exception {
        Tokens.signIn("user-2", role);

        JsonNode json = write(PERSON);

        assertMasked(json);
        assertThat(reveals).isEmpty();
    }

    @Test
    void unauthenticatedCallersAndTokensWithoutScopeSeeMasks() throws Exception {
        assertMasked(write(PERSON));

        Tokens.signInWithoutScope("user-3", Role.OFFICER);
        assertMasked(write(PERSON));
    }

    @Test
    void rolesAddUpSoALeaderWhoIsAlsoAnOfficerSeesValues() throws Exception {
        Tokens.signIn("user-4", Role.LEADER, Role.OFFICER);

        assertThat(write(PERSON).get("phone").asText()).isEqualTo(PHONE);
    }

    static void assertMasked(JsonNode json) {
        assertThat(json.get("phone").asText()).isEqualTo("09•• ••• •78");
        assertThat(json.get("idNumber").asText()).isEqualTo("•••••••••234");
        assertThat(json.get("dateOfBirth").asText()).isEqualTo("1985");
        assertThat(json.get("address").asText()).isEqualTo("•••");
        assertThat(json.get("email").asText()).isEqualTo("h•••@example.vn");
        assertThat(json.get("personId").asText()).isEqualTo("person-7");
        assertThat(json.get("position").asText()).isEqualTo("HEAD");
        assertThat(json.toString()).doesNotContain(TestPersonalData.values());
    }

    // ------------------------------------------------------------------ petitioner identity

    static PetitionView petition(String id) {
        return new PetitionView(id, "roads", PETITIONER_NAME, new Petitioner(PETITIONER_NAME, PHONE));
    }

    @Test
    void petitionerIdentityIsRevealedToTheHandlerWhoHandlesThePetition() throws Exception {
        Tokens.signIn("handler-1", Role.PETITION_HANDLER);

        JsonNode json = write(PersonalDataContext.handling("P-1", List.of("handler-1", "handler-9")), petition("P-1"));

        assertThat(json.get("petitionerName").asText()).isEqualTo(PETITIONER_NAME);
        // the nested petitioner finds its subject on the enclosing petition
        assertThat(json.get("petitioner").get("name").asText()).isEqualTo(PETITIONER_NAME);
        assertThat(json.get("petitioner").get("phone").asText()).isEqualTo(PHONE);
    }

    @Test
    void petitionerIdentityIsMaskedForAnotherHandler() throws Exception {
        Tokens.signIn("handler-2", Role.PETITION_HANDLER);

        JsonNode json = write(PersonalDataContext.handling("P-1", List.of("handler-1")), petition("P-1"));

        assertIdentityHidden(json);
        assertThat(reveals).isEmpty();
    }

    @Test
    void petitionerIdentityIsMaskedWhenNoContextWasDeclared() throws Exception {
        Tokens.signIn("handler-1", Role.PETITION_HANDLER);

        assertIdentityHidden(write(petition("P-1")));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = "PETITION_HANDLER", mode = EnumSource.Mode.EXCLUDE)
    void petitionerIdentityIsMaskedForEveryOtherRoleEvenIfListedAsHandler(Role role) throws Exception {
        Tokens.signIn("user-5", role);

        assertIdentityHidden(write(PersonalDataContext.handling("P-1", List.of("user-5")), petition("P-1")));
    }

    static void assertIdentityHidden(JsonNode json) {
        assertThat(json.get("petitionerName").asText()).isEqualTo(HIDDEN);
        assertThat(json.get("petitioner").get("name").asText()).isEqualTo(HIDDEN);
        assertThat(json.get("petitioner").get("phone").asText()).isEqualTo(HIDDEN);
        assertThat(json.get("petitionId").asText()).isEqualTo("P-1");
        assertThat(json.get("topic").asText()).isEqualTo("roads");
        assertThat(json.toString()).doesNotContain(TestPersonalData.values());
    }

    @Test
    void inAListEachPetitionIsDecidedOnItsOwnHandlers() throws Exception {
        Tokens.signIn("handler-1", Role.PETITION_HANDLER);
        PersonalDataContext context = PersonalDataContext.handling("P-1", List.of("handler-1"))
                .andHandling("P-2", List.of("handler-2"));

        JsonNode json = write(context, new PetitionPage(List.of(petition("P-1"), petition("P-2")), 2));

        assertThat(json.get("items").get(0).get("petitionerName").asText()).isEqualTo(PETITIONER_NAME);
        assertThat(json.get("items").get(0).get("petitioner").get("phone").asText()).isEqualTo(PHONE);
        assertThat(json.get("items").get(1).get("petitionerName").asText()).isEqualTo(HIDDEN);
        assertThat(json.get("items").get(1).get("petitioner").get("phone").asText()).isEqualTo(HIDDEN);
        assertThat(reveals).extracting(PersonalDataReveal::subject).containsOnly("P-1");
    }

    // ------------------------------------------------------------------ the reveal log

    @Test
    void everyRevealOfPetitionerIdentityIsRecordedWithTheSubjectAndNeverTheValue() throws Exception {
        Tokens.signIn("handler-1", Role.PETITION_HANDLER);

        write(PersonalDataContext.handling("P-1", List.of("handler-1")), petition("P-1"));

        assertThat(reveals).hasSize(3);
        assertThat(reveals).allSatisfy(reveal -> {
            assertThat(reveal.userId()).isEqualTo("handler-1");
            assertThat(reveal.roles()).containsExactly(Role.PETITION_HANDLER);
            assertThat(reveal.kind()).isEqualTo(PersonalDataKind.PETITIONER_IDENTITY);
            assertThat(reveal.subjectProperty()).isEqualTo("petitionId");
            assertThat(reveal.subject()).isEqualTo("P-1");
            assertThat(reveal.subjectReference()).isEqualTo("petitionId:P-1");
            assertThat(reveal.at()).isEqualTo(NOW);
            assertThat(reveal.requestId()).isNull(); // not in a request here
            assertThat(reveal.toString()).doesNotContain(TestPersonalData.values());
        });
        assertThat(reveals).extracting(PersonalDataReveal::field)
                .containsExactly("PetitionView.petitionerName", "Petitioner.name", "Petitioner.phone");
    }

    @Test
    void revealsOfIdNumbersAreRecordedButNotOfOtherKinds() throws Exception {
        Tokens.signIn("officer-1", Role.OFFICER);

        write(PERSON);

        assertThat(reveals).singleElement().satisfies(reveal -> {
            assertThat(reveal.kind()).isEqualTo(PersonalDataKind.ID_NUMBER);
            assertThat(reveal.subjectReference()).isEqualTo("personId:person-7");
            assertThat(reveal.field()).isEqualTo("PersonView.idNumber");
            assertThat(reveal.toString()).doesNotContain(TestPersonalData.values());
        });
    }

    @Test
    void aValueWhoseRevealCannotBeRecordedIsMasked() throws Exception {
        mapper = mapper(PersonalDataPolicy.defaults(), List.of(reveal -> {
            throw new IllegalStateException("audit store down");
        }));
        Tokens.signIn("officer-1", Role.OFFICER);

        JsonNode json = write(PERSON);

        assertThat(json.get("idNumber").asText()).isEqualTo("•••••••••234");
        assertThat(json.get("phone").asText()).isEqualTo(PHONE); // not a recorded kind
    }

    // ------------------------------------------------------------------ shapes

    @Test
    void nullsStayNullForEveryKindAndRole() throws Exception {
        PersonView empty = new PersonView("person-8", null, null, null, null, null, null);
        for (Role role : Role.values()) {
            Tokens.signIn("user-6", role);
            JsonNode json = write(empty);
            for (String property : List.of("phone", "idNumber", "dateOfBirth", "address", "email")) {
                assertThat(json.get(property).isNull()).as("%s for %s", property, role).isTrue();
            }
            JsonNode petition = write(PersonalDataContext.handling("P-3", List.of("user-6")),
                    new PetitionView("P-3", "roads", null, new Petitioner(null, null)));
            assertThat(petition.get("petitionerName").isNull()).isTrue();
            assertThat(petition.get("petitioner").get("name").isNull()).isTrue();
        }
        Tokens.signOut();
        assertThat(write(empty).get("phone").isNull()).isTrue();
        assertThat(reveals).isEmpty();
    }

    @Test
    void nestedDtosAndListsAreMaskedElementByElement() throws Exception {
        Tokens.signIn("leader-1", Role.LEADER);
        WorkCommitteeView committee = new WorkCommitteeView("wc-1", List.of(PERSON, PERSON),
                List.of(PHONE, "028 3829 6000"));

        JsonNode json = write(committee);

        assertMasked(json.get("members").get(0));
        assertMasked(json.get("members").get(1));
        assertThat(json.get("hotlines").get(0).asText()).isEqualTo("09•• ••• •78");
        assertThat(json.get("hotlines").get(1).asText()).isEqualTo("02•• ••• ••00");
        assertThat(json.toString()).doesNotContain(TestPersonalData.values());

        Tokens.signIn("officer-1", Role.OFFICER);
        JsonNode revealed = write(committee);
        assertThat(revealed.get("hotlines").get(0).asText()).isEqualTo(PHONE);
        assertThat(revealed.get("members").get(1).get("email").asText()).isEqualTo(EMAIL);
    }

    @Test
    void annotationOnAFieldAppliesToItsGetter() throws Exception {
        Tokens.signIn("leader-1", Role.LEADER);

        JsonNode json = write(new LegacyPerson(PHONE, "chairman"));

        assertThat(json.get("phone").asText()).isEqualTo("09•• ••• •78");
        assertThat(json.get("name").asText()).isEqualTo("chairman");
    }

    @Test
    void aSubjectThatIsItselfPersonalDataIsRefused() {
        Tokens.signIn("officer-1", Role.OFFICER);

        assertThatThrownBy(() -> mapper.writeValueAsString(new BadSubject(CITIZEN_ID, PHONE)))
                .hasStackTraceContaining("must be an opaque id");
    }

    @Test
    void rulesAreReplacedByAnotherPolicy() throws Exception {
        PersonalDataPolicy leadersToo = new DefaultPersonalDataPolicy() {
            @Override
            public boolean mayReveal(vn.doanket.security.Caller caller, PersonalDataKind kind, String subject,
                                     PersonalDataContext context) {
                return (kind == PersonalDataKind.DATE_OF_BIRTH && caller.has(Role.LEADER))
                        || super.mayReveal(caller, kind, subject, context);
            }
        };
        mapper = mapper(leadersToo, List.of(reveals::add));
        Tokens.signIn("leader-1", Role.LEADER);

        JsonNode json = write(PERSON);

        assertThat(json.get("dateOfBirth").asText()).isEqualTo(DATE_OF_BIRTH);
        assertThat(json.get("phone").asText()).isEqualTo("09•• ••• •78");
    }

    @Test
    void toStringOfDtosRedactsPersonalData() {
        String text = PERSON + " " + petition("P-1") + " " + Arrays.asList(petition("P-2"));

        assertThat(text).doesNotContain(TestPersonalData.values())
                .contains("PersonView[personId=person-7, position=HEAD, phone=•••")
                .contains("petitioner=Petitioner[name=•••, phone=•••]");
        assertThat(new PersonView("person-9", null, null, null, null, null, null).toString()).contains("phone=null");
    }

    @Test
    void contextsCombine() {
        PersonalDataContext a = PersonalDataContext.handling("P-1", List.of("h1"));
        PersonalDataContext b = PersonalDataContext.handling("P-1", List.of("h2")).andHandling("P-2", Set.of("h3"));

        PersonalDataContext both = a.and(b);

        assertThat(both.isHandledBy("P-1", "h1")).isTrue();
        assertThat(both.isHandledBy("P-1", "h2")).isTrue();
        assertThat(both.isHandledBy("P-2", "h3")).isTrue();
        assertThat(both.isHandledBy("P-2", "h1")).isFalse();
        assertThat(both.isHandledBy(null, "h1")).isFalse();
        assertThat(PersonalDataContext.none().isHandledBy("P-1", "h1")).isFalse();
        assertThat(PersonalDataContext.current()).isSameAs(PersonalDataContext.none());
        assertThatThrownBy(a::bindToRequest).isInstanceOf(IllegalStateException.class);
        List<String> seen = new ArrayList<>();
        PersonalDataContext.with(a, () -> seen.add(String.valueOf(PersonalDataContext.current().isHandledBy("P-1", "h1"))));
        assertThat(seen).containsExactly("true");
        assertThat(PersonalDataContext.current()).isSameAs(PersonalDataContext.none());
    }
}
