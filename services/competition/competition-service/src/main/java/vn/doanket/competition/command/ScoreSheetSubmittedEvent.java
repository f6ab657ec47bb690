package vn.doanket.competition.command;

import vn.doanket.competition.api.CriterionScore;

import java.time.LocalDate;
import java.util.List;

/**
 * A judge's sheet for one contestant in an open round. <strong>Internal and never published</strong>: it does not
 * implement {@code DomainEvent}, so the Kafka publisher (which carries only {@code DomainEvent}s) never sends it. Only
 * this service's event store and its sealed {@code judge_sheet} table hold it; the sheet is shown to its judge
 * alone, and a round's marks become visible (and published, as means) only with {@code RoundLockedEvent}
 * (ADR 0011).
 *
 * @param contestId    the contest
 * @param roundId      the round
 * @param contestantId the contestant
 * @param judge        the judge's username
 * @param scores       points per criterion
 * @param submittedOn  the day it was recorded
 */
public record ScoreSheetSubmittedEvent(String contestId, String roundId, String contestantId, String judge,
                                       List<CriterionScore> scores, LocalDate submittedOn) {

    @Override
    public String toString() {
        return "ScoreSheetSubmittedEvent[contestId=" + contestId + ", roundId=" + roundId + ", sealed]";
    }
}
