package vn.doanket.conference.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.doanket.conference.api.*;
import vn.doanket.conference.command.InviteeNameRecordedEvent;
import vn.doanket.events.EnvelopeCodec;
import vn.doanket.territory.Territory;

import java.sql.Timestamp;
import java.text.Collator;
import java.util.Locale;

/**
 * The query model of conferences and invitations in the service's PostgreSQL tables ({@code conference_view},
 * {@code conference_unit}, {@code invitation_view}, {@code delegate_view}, {@code opinion_view},
 * {@code presentation_view}), written by the pooled streaming processor {@value #GROUP} in the same transaction as its
 * token (so each event is applied exactly once, across restarts). Counts are copied from the events, which the
 * aggregate decided. Read by {@link ConferenceQueries} in pages.
 */
@Component
@ProcessingGroup(ConferenceProjection.GROUP)
public class ConferenceProjection {

    public static final String GROUP = "conference-projection";

    /** Vietnamese order for names: the collation key's bytes sort like the collator (RuleBasedCollator is thread-safe). */
    static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    private final JdbcTemplate jdbc;
    private final Territory territory;

    public ConferenceProjection(JdbcTemplate jdbc, Territory territory) {
        this.jdbc = jdbc;
        this.territory = territory;
    }

    static byte[] sortKey(String text) {
        return VIETNAMESE.getCollationKey(text == null ? "" : text).toByteArray();
    }

    static String json(Object value) {
        try {
            return EnvelopeCodec.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    @EventHandler
    void on(ConferencePlannedEvent e) {
        jdbc.update("insert into conference_view (conference_id, kind, unit_code, title, starts_at, ends_at, venue, "
                        + "agenda, status, recorded_on) values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) "
                        + "on conflict (conference_id) do nothing",
                e.conferenceId(), e.kind().name(), e.unitCode(), e.title(), Timestamp.valueOf(e.startsAt()),
                e.endsAt() == null ? null : Timestamp.valueOf(e.endsAt()), e.venue(), json(e.agenda()),
                ConferenceStatus.PLANNED.name(), e.recordedOn());
        for (String unit : UnitChains.of(territory, e.unitCode(), e.startsAt().toLocalDate())) {
            jdbc.update("insert into conference_unit (unit_code, conference_id, starts_at) values (?, ?, ?) "
                    + "on conflict do nothing", unit, e.conferenceId(), Timestamp.valueOf(e.startsAt()));
        }
    }

    @EventHandler
    void on(ConferencePostponedEvent e) {
        if (e.newStartsAt() != null) {
            reschedule(e.conferenceId(), e.newStartsAt(), e.newEndsAt());
            jdbc.update("update conference_view set reason = ?, updated_at = now() where conference_id = ?",
                    e.reason(), e.conferenceId());
        } else {
            jdbc.update("update conference_view set status = ?, reason = ?, updated_at = now() where conference_id = ?",
                    ConferenceStatus.POSTPONED.name(), e.reason(), e.conferenceId());
        }
    }

    @EventHandler
    void on(ConferenceRescheduledEvent e) {
        reschedule(e.conferenceId(), e.startsAt(), e.endsAt());
        jdbc.update("update conference_view set status = ? where conference_id = ?", e.status().name(),
                e.conferenceId());
    }

    private void reschedule(String conferenceId, java.time.LocalDateTime startsAt, java.time.LocalDateTime endsAt) {
        jdbc.update("update conference_view set starts_at = ?, ends_at = ?, updated_at = now() where conference_id = ?",
                Timestamp.valueOf(startsAt), endsAt == null ? null : Timestamp.valueOf(endsAt), conferenceId);
        jdbc.update("update conference_unit set starts_at = ? where conference_id = ?", Timestamp.valueOf(startsAt),
                conferenceId);
    }

    @EventHandler
    void on(ConferenceCancelledEvent e) {
        jdbc.update("update conference_view set status = ?, reason = ?, updated_at = now() where conference_id = ?",
                ConferenceStatus.CANCELLED.name(), e.reason(), e.conferenceId());
    }

    @EventHandler
    void on(InvitationsSentEvent e) {
        jdbc.update("update conference_view set invitations = ?, status = case when status = 'PLANNED' then 'INVITING' "
                + "else status end, updated_at = now() where conference_id = ?", e.invitations(), e.conferenceId());
    }

    @EventHandler
    void on(RegistrationRecordedEvent e) {
        jdbc.update("update conference_view set accepted = ?, declined = ?, updated_at = now() where conference_id = ?",
                e.accepted(), e.declined(), e.conferenceId());
    }

    @EventHandler
    void on(ConferenceOpenedEvent e) {
        jdbc.update("update conference_view set status = ?, opened_on = ?, updated_at = now() where conference_id = ?",
                ConferenceStatus.IN_SESSION.name(), e.openedOn(), e.conferenceId());
    }

    @EventHandler
    void on(AttendeeCheckedInEvent e) {
        jdbc.update("update conference_view set attendees = ?, communes_represented = ?, walk_ins = walk_ins + ?, "
                        + "updated_at = now() where conference_id = ?", e.attendees(), e.communesRepresented(),
                e.method() == CheckInMethod.WALK_IN ? 1 : 0, e.conferenceId());
    }

    @EventHandler
    void on(HeadcountRecordedEvent e) {
        jdbc.update("update conference_view set headcount = ?, updated_at = now() where conference_id = ?",
                e.headcount(), e.conferenceId());
    }

    @EventHandler
    void on(DelegateRegisteredEvent e, @SequenceNumber long seq) {
        jdbc.update("insert into delegate_view (conference_id, delegate_id, person_id, committee_ids, registered_on, seq) "
                        + "values (?, ?, ?, ?::jsonb, ?, ?) on conflict do nothing", e.conferenceId(), e.delegateId(),
                e.personId(), json(e.committeeIds()), e.registeredOn(), seq);
        jdbc.update("update conference_view set delegates = ?, committees_represented = ?, communes_represented = ?, "
                        + "updated_at = now() where conference_id = ?", e.delegates(), e.committeesRepresented(),
                e.communesRepresented(), e.conferenceId());
    }

    @EventHandler
    void on(OpinionRaisedEvent e, @SequenceNumber long seq) {
        jdbc.update("insert into opinion_view (conference_id, opinion_id, delegate_id, delegate_person_id, committee_ids, "
                        + "unit_code, topic, text, raised_on, seq) values (?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing", e.getConferenceId(), e.getOpinionId(), e.getDelegateId(),
                e.getDelegatePersonId(), json(e.getCommitteeIds()), e.getUnitCode(), e.getTopic(), e.getText(),
                e.getRaisedOn(), seq);
        jdbc.update("update conference_view set opinions = (select count(*) from opinion_view where conference_id = ?), "
                + "updated_at = now() where conference_id = ?", e.getConferenceId(), e.getConferenceId());
    }

    @EventHandler
    void on(OpinionPetitionLinkedEvent e) {
        jdbc.update("update conference_view set opinions_petitioned = ?, updated_at = now() where conference_id = ?",
                e.opinionsPetitioned(), e.conferenceId());
    }

    @EventHandler
    void on(PresentationRecordedEvent e, @SequenceNumber long seq) {
        jdbc.update("insert into presentation_view (conference_id, presentation_id, title, presenter, seq) "
                + "values (?, ?, ?, ?, ?) on conflict do nothing", e.conferenceId(), e.presentationId(), e.title(),
                e.presenter(), seq);
        jdbc.update("update conference_view set presentations = ?, updated_at = now() where conference_id = ?",
                e.presentations(), e.conferenceId());
    }

    @EventHandler
    void on(PropagandaTopicsRecordedEvent e) {
        jdbc.update("update conference_view set topics = ?::jsonb, updated_at = now() where conference_id = ?",
                json(e.topics()), e.conferenceId());
    }

    @EventHandler
    void on(UnityDayActivitiesRecordedEvent e) {
        jdbc.update("update conference_view set activities = ?::jsonb, updated_at = now() where conference_id = ?",
                json(e.activities()), e.conferenceId());
    }

    @EventHandler
    void on(ConferenceClosedEvent e) {
        jdbc.update("update conference_view set status = ?, closed_on = ?, conclusions = ?, updated_at = now() "
                + "where conference_id = ?", ConferenceStatus.CLOSED.name(), e.closedOn(), e.conclusions(), e.conferenceId());
    }

    // ------------------------------------------------------------------ invitations

    @EventHandler
    void on(InvitationSentEvent e) {
        jdbc.update("insert into invitation_view (conference_id, invitation_id, invitee_kind, invitee_ref, "
                        + "invitee_unit_code, sort_key, walk_in, sent_on) values (?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing", e.conferenceId(), e.invitationId(), e.inviteeKind().name(),
                e.inviteeRef(), e.inviteeUnitCode(), sortKey(e.inviteeRef() == null ? e.invitationId() : e.inviteeRef()),
                e.walkIn(), e.sentOn());
    }

    @EventHandler
    void on(InviteeNameRecordedEvent e) {
        jdbc.update("update invitation_view set display_name = ?, sort_key = ? where conference_id = ? and invitation_id = ?",
                e.displayName(), sortKey(e.displayName()), e.conferenceId(), e.invitationId());
    }

    @EventHandler
    void on(InvitationRespondedEvent e) {
        jdbc.update("update invitation_view set response = ?, responded_on = ? where conference_id = ? and invitation_id = ?",
                e.response().name(), e.respondedOn(), e.conferenceId(), e.invitationId());
    }

    @EventHandler
    void on(InvitationCheckedInEvent e) {
        jdbc.update("update invitation_view set checked_in_on = ?, check_in_method = ? where conference_id = ? "
                + "and invitation_id = ?", e.checkedInOn(), e.method().name(), e.conferenceId(), e.invitationId());
    }
}
