package vn.doanket.feedback.conference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The petition's id and subject derived from an opinion. */
class ConferenceOpinionsTest {

    @Test
    void thePetitionIdIsTheNameBasedUuidOfTheOpinion() {
        String id = ConferenceOpinions.petitionIdOf("HN-1", "YK-1");
        assertThat(id).isEqualTo(java.util.UUID.nameUUIDFromBytes("conference:HN-1:YK-1"
                .getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString());
        assertThat(ConferenceOpinions.petitionIdOf("HN-1", "YK-1")).isEqualTo(id);
        assertThat(ConferenceOpinions.petitionIdOf("HN-1", "YK-2")).isNotEqualTo(id);
        assertThat(ConferenceOpinions.petitionIdOf("HN-2", "YK-1")).isNotEqualTo(id);
        assertThat(id).matches("[A-Za-z0-9-]{1,64}");
    }

    @Test
    void theSubjectIsTheFirstLineShortenedAtASpace() {
        assertThat(ConferenceOpinions.subjectOf("  Đèn đường hỏng\nĐề nghị sửa gấp")).isEqualTo("Đèn đường hỏng");
        String longLine = "Đề nghị ".repeat(30).strip();
        String subject = ConferenceOpinions.subjectOf(longLine);
        assertThat(subject).endsWith("…").hasSizeLessThanOrEqualTo(ConferenceOpinions.MAX_SUBJECT + 1);
        assertThat(subject.substring(0, subject.length() - 1)).doesNotEndWith(" ");
        assertThat(ConferenceOpinions.subjectOf("x".repeat(500))).hasSize(ConferenceOpinions.MAX_SUBJECT);
    }
}
