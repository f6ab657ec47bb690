package vn.doanket.conference.api;

/**
 * The kinds of meetings the Front holds, each first-class with the outputs it must produce (labels Vietnamese first).
 * Training classes are their own aggregate ({@code TrainingClass}); the others are {@code Conference}s.
 */
public enum ConferenceKind {
    /** Hội nghị chuyên đề: invited delegates, presentations (tham luận), conclusions. */
    THEMATIC("Hội nghị chuyên đề", "Thematic conference", "conferencesThematic"),
    /** Hội nghị đối thoại: delegates speak for their committees and raise opinions, each can become a petition. */
    DIALOGUE("Hội nghị đối thoại", "Dialogue conference", "conferencesDialogue"),
    /** Hội nghị giao ban (quarterly briefing): conclusions. */
    BRIEFING("Hội nghị giao ban", "Quarterly briefing", "conferencesBriefing"),
    /** Tiếp xúc cử tri: voters raise opinions. */
    VOTER_CONTACT("Hội nghị tiếp xúc cử tri", "Voter-contact meeting", "conferencesVoterContact"),
    /** Giao lưu, tham quan: conclusions. */
    STUDY_TOUR("Giao lưu, tham quan", "Study tour", "studyTours"),
    /** Buổi tuyên truyền: topics and a headcount (names are not taken). */
    PROPAGANDA_SESSION("Buổi tuyên truyền", "Propaganda session", "propagandaSessions"),
    /** Lớp tập huấn: syllabus, trainees, attendance per session, completion (a {@code TrainingClass}). */
    TRAINING_CLASS("Lớp tập huấn", "Training class", "trainingClasses"),
    /** Ngày hội Đại đoàn kết toàn dân tộc: one per residential area per year; activities and a headcount. */
    UNITY_DAY("Ngày hội Đại đoàn kết toàn dân tộc", "Great National Unity Day", "unityDayAreasThisYear");

    private final String labelVi;
    private final String labelEn;
    private final String figure;

    ConferenceKind(String labelVi, String labelEn, String figure) {
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.figure = figure;
    }

    public String labelVi() {
        return labelVi;
    }

    public String labelEn() {
        return labelEn;
    }

    /** The dashboard figure that counts meetings of this kind. */
    public String figure() {
        return figure;
    }

    /** Mass events: attendance is a headcount, names are not taken (no invitations, no check-in). */
    public boolean headcountOnly() {
        return this == PROPAGANDA_SESSION || this == UNITY_DAY;
    }

    /** Kinds where delegates speak and raise opinions (which become petitions). */
    public boolean takesOpinions() {
        return this == DIALOGUE || this == VOTER_CONTACT;
    }

    /** Kinds that close with written conclusions (the mass events may close without). */
    public boolean requiresConclusions() {
        return !headcountOnly();
    }
}
