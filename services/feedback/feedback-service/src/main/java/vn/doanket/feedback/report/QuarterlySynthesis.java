package vn.doanket.feedback.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The quarterly synthesis of opinions and petitions (báo cáo tổng hợp ý kiến, kiến nghị) of a unit:
 * the quarter's items (received in the quarter, plus those carried in unanswered from before),
 * grouped by topic and by recipient body, counted by status at the end of the quarter, with the
 * answers received in the quarter and the unanswered items carried over to the next quarter.
 *
 * @param unitCode the unit (its petitions and those of the units below it)
 * @param unitName its name
 * @param year year
 * @param quarter 1–4
 * @param from first day of the quarter
 * @param to last day of the quarter
 * @param generatedAt when it was computed
 * @param totals the figures of the whole unit
 * @param byTopic one line per topic
 * @param byRecipient one line per recipient body ("not forwarded" for those not forwarded by the end of the quarter)
 * @param byStatus count per status at the end of the quarter
 * @param carriedOver the unanswered items carried over to the next quarter
 */
public record QuarterlySynthesis(String unitCode, String unitName, int year, int quarter, LocalDate from, LocalDate to,
                                 Instant generatedAt, Figures totals, List<Line> byTopic, List<Line> byRecipient,
                                 List<StatusCount> byStatus, List<CarriedItem> carriedOver) {

    /**
     * Figures of a group.
     *
     * @param items items of the quarter (new + carried in)
     * @param receivedInQuarter received during the quarter
     * @param carriedIn received before the quarter and still unanswered when it began
     * @param answeredInQuarter answers received during the quarter
     * @param carriedOver still unanswered at the end of the quarter (carried to the next)
     */
    public record Figures(int items, int receivedInQuarter, int carriedIn, int answeredInQuarter, int carriedOver) {
    }

    /**
     * One group (topic or recipient).
     *
     * @param key topic code or body id ({@code NONE} for not forwarded)
     * @param labelVi label, Vietnamese
     * @param labelEn label, English
     * @param figures its figures
     */
    public record Line(String key, String labelVi, String labelEn, Figures figures) {
    }

    /**
     * @param status status code
     * @param labelVi label, Vietnamese
     * @param labelEn label, English
     * @param count items in that status at the end of the quarter
     */
    public record StatusCount(String status, String labelVi, String labelEn, int count) {
    }

    /**
     * An unanswered item carried over.
     *
     * @param petitionId the petition
     * @param receivedOn when it was received
     * @param topic topic code
     * @param topicVi topic label
     * @param recipient the body it was forwarded to, or null
     * @param status status at the end of the quarter
     * @param deadline its answer deadline, if forwarded
     * @param overdue the deadline had passed by the end of the quarter
     */
    public record CarriedItem(String petitionId, LocalDate receivedOn, String topic, String topicVi, String recipient,
                              String status, LocalDate deadline, boolean overdue) {
    }
}
