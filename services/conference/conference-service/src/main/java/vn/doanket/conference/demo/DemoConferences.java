package vn.doanket.conference.demo;

import org.springframework.context.ApplicationContext;
import vn.doanket.axon.CommandSender;
import vn.doanket.conference.api.*;
import vn.doanket.conference.command.CheckInCodes;
import vn.doanket.conference.command.ConferenceService;
import vn.doanket.conference.command.TrainingService;
import vn.doanket.events.Actor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Demo data of the conference service, loaded into a freshly started stack through the service's own use cases and
 * command bus (so facts of the past keep their days), attributed to the demo accounts. Around Phường Bà Rịa (26560)
 * and its residential areas, Phường Vũng Tàu (26506), Phường Ba Đình (00004, Hà Nội) and Xã Lý Bôn (01294, Cao Bằng).
 * Names of trainees are obviously fictitious.
 */
public final class DemoConferences {

    /** How much was loaded. */
    public record Summary(int conferences, int trainees) {
    }

    static final Actor OFFICER = new Actor("u-can-bo-ba-ria", "OFFICER");
    static final Actor CITY = new Actor("u-can-bo-hcm", "OFFICER");
    static final Actor COMMITTEE = new Actor("u-ban-cong-tac-kp-phuoc-trung", "COMMITTEE");
    static final Actor ADMIN = new Actor("u-quan-tri", "ADMINISTRATOR");

    private final ConferenceService conferences;
    private final TrainingService training;
    private final CommandSender commands;
    private final CheckInCodes codes;
    private int count;

    private DemoConferences(ApplicationContext context) {
        this.conferences = context.getBean(ConferenceService.class);
        this.training = context.getBean(TrainingService.class);
        this.commands = context.getBean(CommandSender.class);
        this.codes = context.getBean(CheckInCodes.class);
    }

    /** Loads the demo data (on an empty event store). */
    public static Summary load(ApplicationContext context) {
        DemoConferences demo = new DemoConferences(context);
        demo.unityDays();
        demo.dialogue();
        demo.thematic();
        demo.briefing();
        demo.propaganda();
        demo.studyTour();
        demo.pastConference();
        demo.upcoming();
        int trainees = demo.trainingClass();
        return new Summary(demo.count, trainees);
    }

    private static LocalDateTime at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0));
    }

    private void plan(String id, ConferenceKind kind, String unit, String title, LocalDate day, String venue,
                      List<String> agenda, Actor actor) {
        conferences.plan(new PlanConferenceCommand(id, kind, unit, title, at(day, 8), at(day, 11), venue, agenda), actor);
        count++;
    }

    /** Great Unity Days: 2025 in four areas of Phường Bà Rịa and two of Phường Vũng Tàu; 2026 more widely. */
    void unityDays() {
        String[][] held = {
                {"2025", "26560-KP01"}, {"2025", "26560-KP02"}, {"2025", "26560-KP03"}, {"2025", "26560-AP01"},
                {"2025", "26506-KP01"}, {"2025", "26506-KP02"},
                {"2026", "26560-KP01"}, {"2026", "26560-KP02"}, {"2026", "26560-AP01"}, {"2026", "26560-KP06"},
                {"2026", "26506-KP01"}, {"2026", "26506-KP02"}, {"2026", "26506-KP03"},
                {"2026", "00004-TDP01"}, {"2026", "00004-TDP02"}, {"2026", "01294-BAN01"}};
        int i = 0;
        for (String[] h : held) {
            int year = Integer.parseInt(h[0]);
            String area = h[1];
            LocalDate day = LocalDate.of(year, 11, 14 + i % 4);
            String id = "ngay-hoi-" + area.toLowerCase(java.util.Locale.ROOT) + "-" + year;
            Actor actor = area.equals("26560-KP01") ? COMMITTEE : ADMIN;
            plan(id, ConferenceKind.UNITY_DAY, area, "Ngày hội Đại đoàn kết toàn dân tộc năm " + year, day,
                    "Nhà văn hóa khu dân cư", List.of("Báo cáo kết quả Cuộc vận động", "Biểu dương gia đình văn hóa",
                            "Văn nghệ, thể thao"), actor);
            commands.send(new OpenConferenceCommand(id, day), actor);
            commands.send(new RecordUnityDayActivitiesCommand(id, List.of("Báo cáo kết quả thực hiện Cuộc vận động",
                    "Khen thưởng hộ gia đình tiêu biểu", "Hội thi nấu ăn", "Văn nghệ quần chúng"), day), actor);
            commands.send(new RecordHeadcountCommand(id, 180 + 37 * (i % 7), day), actor);
            commands.send(new CloseConferenceCommand(id, null, day), actor);
            i++;
        }
    }

    /** A dialogue conference of Phường Bà Rịa: five delegates speak for its committees and raise eight opinions. */
    void dialogue() {
        String id = "doi-thoai-26560-2026-10";
        LocalDate day = LocalDate.of(2026, 10, 20);
        plan(id, ConferenceKind.DIALOGUE, "26560", "Hội nghị đối thoại giữa Ban Thường trực Ủy ban MTTQ phường và "
                        + "các Ban Công tác Mặt trận khu dân cư", day, "Hội trường Ủy ban MTTQ Việt Nam phường Bà Rịa",
                List.of("Khai mạc", "Các đại biểu nêu ý kiến", "Lãnh đạo phường trả lời", "Kết luận"), OFFICER);
        List<ConferenceService.InvitationRequest> invitations = new ArrayList<>();
        for (String area : List.of("26560-KP01", "26560-KP02", "26560-KP03", "26560-AP01")) {
            invitations.add(new ConferenceService.InvitationRequest("moi-" + area.toLowerCase(java.util.Locale.ROOT),
                    InviteeKind.COMMITTEE, area + "/2024", null, null));
        }
        conferences.sendInvitations(id, invitations, day.minusDays(10), OFFICER);
        commands.send(new OpenConferenceCommand(id, day), OFFICER);
        for (ConferenceService.InvitationRequest invitation : invitations) {
            checkIn(id, invitation.invitationId(), day, OFFICER);
        }
        String[][] delegates = {
                {"dai-bieu-1", "26560-KP01/2024"}, {"dai-bieu-2", "26560-KP02/2024"},
                {"dai-bieu-3", "26560-KP03/2024,26560-AP01/2024"}, {"dai-bieu-4", "26560-AP01/2024"},
                {"dai-bieu-5", "26560-KP01/2024,26560-KP02/2024"}};
        for (String[] d : delegates) {
            commands.send(new RegisterDelegateCommand(id, d[0], null, List.of(d[1].split(",")), day), OFFICER);
        }
        String[][] opinions = {
                {"dai-bieu-1", "26560-KP01", "INFRASTRUCTURE", "Đề nghị nâng cấp tuyến đường nội bộ khu phố Phước Trung, thường ngập khi mưa lớn."},
                {"dai-bieu-2", "26560-KP02", "ENVIRONMENT", "Đề nghị xử lý điểm tập kết rác tự phát gần chợ Long Hương."},
                {"dai-bieu-3", "26560-KP03", "LAND", "Đề nghị sớm giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất tồn đọng."},
                {"dai-bieu-3", "26560-AP01", "SOCIAL_POLICY", "Đề nghị hỗ trợ sửa chữa nhà cho hộ nghèo ấp Tân Hưng."},
                {"dai-bieu-4", "26560-AP01", "PUBLIC_ORDER", "Đề nghị tăng cường tuần tra ban đêm ở đoạn đường vắng."},
                {"dai-bieu-5", "26560", "ADMINISTRATIVE_PROCEDURES", "Đề nghị niêm yết công khai thời gian giải quyết thủ tục tại bộ phận một cửa."},
                {"dai-bieu-5", "26560-KP02", "INFRASTRUCTURE", "Đề nghị lắp thêm đèn chiếu sáng công cộng ở hẻm 12."},
                {"dai-bieu-2", "26560-KP02", "OTHER", "Đề nghị bố trí sân chơi cho trẻ em trong khu phố."}};
        int n = 1;
        for (String[] o : opinions) {
            commands.send(new RaiseOpinionCommand(id, "y-kien-" + n++, o[0], o[1], o[2], o[3], day), OFFICER);
        }
        commands.send(new CloseConferenceCommand(id, "Ủy ban nhân dân phường tiếp thu, giao các bộ phận chuyên môn "
                + "giải quyết và trả lời các ý kiến trong thời hạn quy định.", day), OFFICER);
    }

    /** A thematic conference of the city: presentations, invitations to communes, some checked in. */
    void thematic() {
        String id = "chuyen-de-79-2026-09";
        LocalDate day = LocalDate.of(2026, 9, 15);
        plan(id, ConferenceKind.THEMATIC, "79", "Hội nghị chuyên đề nâng cao chất lượng hoạt động của Ban Công tác "
                + "Mặt trận khu dân cư", day, "Hội trường Ủy ban MTTQ Việt Nam Thành phố", List.of("Báo cáo đề dẫn",
                "Tham luận", "Thảo luận", "Kết luận"), CITY);
        List<ConferenceService.InvitationRequest> invitations = new ArrayList<>();
        for (String commune : List.of("26560", "26506", "26548")) {
            invitations.add(new ConferenceService.InvitationRequest("moi-xa-" + commune, InviteeKind.COMMUNE, commune,
                    null, null));
        }
        invitations.add(new ConferenceService.InvitationRequest("moi-hoi-phu-nu", InviteeKind.MEMBER_ORGANISATION,
                "WOMENS_UNION", "79", null));
        conferences.sendInvitations(id, invitations, day.minusDays(14), CITY);
        conferences.respond(id, "moi-xa-26560", RegistrationResponse.ACCEPTED, day.minusDays(7), CITY);
        conferences.respond(id, "moi-xa-26506", RegistrationResponse.ACCEPTED, day.minusDays(6), CITY);
        conferences.respond(id, "moi-hoi-phu-nu", RegistrationResponse.DECLINED, day.minusDays(5), CITY);
        commands.send(new OpenConferenceCommand(id, day), CITY);
        checkIn(id, "moi-xa-26560", day, CITY);
        checkIn(id, "moi-xa-26506", day, CITY);
        conferences.walkIn(id, new ConferenceService.WalkInRequest("khach-1", InviteeKind.COMMUNE, "26548", null, null),
                day, CITY);
        commands.send(new RecordPresentationCommand(id, "tham-luan-1", "Kinh nghiệm kiện toàn Ban Công tác Mặt trận "
                + "sau sắp xếp khu dân cư", "Ủy ban MTTQ Việt Nam phường Bà Rịa", day), CITY);
        commands.send(new RecordPresentationCommand(id, "tham-luan-2", "Phát huy vai trò người có uy tín trong khu "
                + "dân cư", "Ủy ban MTTQ Việt Nam phường Vũng Tàu", day), CITY);
        commands.send(new CloseConferenceCommand(id, "Các phường tiếp tục kiện toàn Ban Công tác Mặt trận, bảo đảm "
                + "mỗi khu dân cư có trưởng ban trước 31/12/2026.", day), CITY);
    }

    /** A quarterly briefing of Phường Bà Rịa. */
    void briefing() {
        String id = "giao-ban-26560-2026-q3";
        LocalDate day = LocalDate.of(2026, 10, 5);
        plan(id, ConferenceKind.BRIEFING, "26560", "Hội nghị giao ban quý III năm 2026", day,
                "Phòng họp Ủy ban MTTQ phường", List.of("Đánh giá kết quả quý III", "Nhiệm vụ quý IV"), OFFICER);
        List<ConferenceService.InvitationRequest> invitations = new ArrayList<>();
        for (String area : List.of("26560-KP01", "26560-KP02", "26560-KP03", "26560-AP01")) {
            invitations.add(new ConferenceService.InvitationRequest("moi-" + area.toLowerCase(java.util.Locale.ROOT),
                    InviteeKind.COMMITTEE, area + "/2024", null, null));
        }
        conferences.sendInvitations(id, invitations, day.minusDays(10), OFFICER);
        commands.send(new OpenConferenceCommand(id, day), OFFICER);
        for (int i = 0; i < 3; i++) {
            checkIn(id, invitations.get(i).invitationId(), day, OFFICER);
        }
        commands.send(new CloseConferenceCommand(id, "Các Ban Công tác Mặt trận hoàn thành báo cáo quý IV trước "
                + "ngày 15/01/2027.", day), OFFICER);
    }

    /** Propaganda sessions in residential areas (headcount only). */
    void propaganda() {
        Object[][] sessions = {
                {"tuyen-truyen-kp01-2026-08", "26560-KP01", LocalDate.of(2026, 8, 10), 85, COMMITTEE},
                {"tuyen-truyen-kp02-2026-09", "26560-KP02", LocalDate.of(2026, 9, 12), 64, OFFICER},
                {"tuyen-truyen-26506-2026-09", "26506-KP02", LocalDate.of(2026, 9, 5), 60, CITY},
                {"tuyen-truyen-tdp01-2026-10", "00004-TDP01", LocalDate.of(2026, 10, 18), 72, ADMIN}};
        for (Object[] s : sessions) {
            String id = (String) s[0];
            LocalDate day = (LocalDate) s[2];
            Actor actor = (Actor) s[4];
            plan(id, ConferenceKind.PROPAGANDA_SESSION, (String) s[1], "Tuyên truyền phòng, chống tội phạm và tệ nạn "
                    + "xã hội", day, "Nhà văn hóa khu dân cư", List.of(), actor);
            commands.send(new OpenConferenceCommand(id, day), actor);
            commands.send(new RecordPropagandaTopicsCommand(id, List.of("Phòng, chống lừa đảo qua mạng",
                    "An toàn giao thông"), day), actor);
            commands.send(new RecordHeadcountCommand(id, (Integer) s[3], day), actor);
            commands.send(new CloseConferenceCommand(id, null, day), actor);
        }
    }

    /** A study tour of Xã Lý Bôn's committees. */
    void studyTour() {
        String id = "giao-luu-01294-2026-07";
        LocalDate day = LocalDate.of(2026, 7, 20);
        plan(id, ConferenceKind.STUDY_TOUR, "01294", "Giao lưu, học tập mô hình khu dân cư tiêu biểu", day,
                "Xã Lý Bôn, tỉnh Cao Bằng", List.of(), ADMIN);
        commands.send(new OpenConferenceCommand(id, day), ADMIN);
        conferences.walkIn(id, new ConferenceService.WalkInRequest("doan-ban-01", InviteeKind.COMMITTEE,
                "01294-BAN01/2024", null, null), day, ADMIN);
        conferences.walkIn(id, new ConferenceService.WalkInRequest("doan-ban-02", InviteeKind.COMMITTEE,
                "01294-BAN02/2024", null, null), day, ADMIN);
        commands.send(new CloseConferenceCommand(id, "Học tập mô hình tổ tự quản, triển khai ở các bản từ quý I/2027.",
                day), ADMIN);
    }

    /** Recorded in 2023 under Phường Phước Hưng (26548, merged into Phường Bà Rịa on 1 July 2025). */
    void pastConference() {
        String id = "chuyen-de-26548-2023";
        LocalDate day = LocalDate.of(2023, 11, 10);
        plan(id, ConferenceKind.THEMATIC, "26548", "Hội nghị chuyên đề về xây dựng khu dân cư văn hóa", day,
                "Hội trường phường Phước Hưng", List.of("Báo cáo", "Tham luận", "Kết luận"), CITY);
        commands.send(new OpenConferenceCommand(id, day), CITY);
        commands.send(new RecordPresentationCommand(id, "tham-luan-1", "Xây dựng khu dân cư văn hóa gắn với nếp sống "
                + "văn minh đô thị", "Ban Công tác Mặt trận khu phố 3", day), CITY);
        commands.send(new CloseConferenceCommand(id, "Nhân rộng mô hình khu dân cư văn hóa.", day), CITY);
    }

    /** A dialogue still to come, invitations sent and some answered. */
    void upcoming() {
        String id = "doi-thoai-26560-sap-toi";
        LocalDate today = conferences.today();
        LocalDate day = today.plusDays(40);
        plan(id, ConferenceKind.DIALOGUE, "26560", "Hội nghị đối thoại cuối năm", day,
                "Hội trường Ủy ban MTTQ Việt Nam phường Bà Rịa", List.of("Đối thoại", "Kết luận"), OFFICER);
        List<ConferenceService.InvitationRequest> invitations = new ArrayList<>();
        for (String area : List.of("26560-KP01", "26560-KP02", "26560-KP03")) {
            invitations.add(new ConferenceService.InvitationRequest("moi-" + area.toLowerCase(java.util.Locale.ROOT),
                    InviteeKind.COMMITTEE, area + "/2024", null, null));
        }
        conferences.sendInvitations(id, invitations, today, OFFICER);
        conferences.respond(id, "moi-26560-kp01", RegistrationResponse.ACCEPTED, today, OFFICER);
    }

    /** A training class of Phường Bà Rịa for committee heads: three sessions; one trainee missed one. */
    int trainingClass() {
        String id = "tap-huan-26560-2026";
        List<TrainingSession> sessions = List.of(
                new TrainingSession(1, LocalDate.of(2026, 10, 6), "Nhiệm vụ của Ban Công tác Mặt trận"),
                new TrainingSession(2, LocalDate.of(2026, 10, 7), "Kỹ năng tập hợp ý kiến, kiến nghị của Nhân dân"),
                new TrainingSession(3, LocalDate.of(2026, 10, 8), "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc"));
        training.plan(new PlanTrainingClassCommand(id, "26560", "Bồi dưỡng nghiệp vụ cho Trưởng ban Công tác Mặt "
                + "trận khu dân cư năm 2026", "Trung tâm chính trị phường Bà Rịa", List.of(
                new SyllabusItem("Chức năng, nhiệm vụ của Mặt trận Tổ quốc Việt Nam", 4),
                new SyllabusItem("Kỹ năng vận động quần chúng", 4),
                new SyllabusItem("Công tác giám sát và phản biện xã hội ở khu dân cư", 4)), sessions), OFFICER);
        count++;
        String[][] trainees = {
                {"hv-01", "Nguyễn Văn Mẫu", "COMMITTEE_HEAD", "26560-KP01"},
                {"hv-02", "Trần Thị Thử", "COMMITTEE_HEAD", "26560-KP02"},
                {"hv-03", "Lê Văn Minh Họa", "COMMITTEE_HEAD", "26560-KP03"},
                {"hv-04", "Phạm Thị Ví Dụ", "COMMITTEE_DEPUTY", "26560-AP01"},
                {"hv-05", "Hoàng Văn Thí Điểm", "COMMUNE_STAFF", "26560"},
                {"hv-06", "Đỗ Thị Minh Chứng", "COMMITTEE_MEMBER", "26560-KP01"}};
        List<Trainee> list = new ArrayList<>();
        for (String[] t : trainees) {
            list.add(new Trainee(t[0], null, t[1], TraineeRole.valueOf(t[2]), t[3]));
        }
        commands.send(new EnrolTraineesCommand(id, list, LocalDate.of(2026, 10, 1)), OFFICER);
        List<String> all = list.stream().map(Trainee::traineeId).toList();
        commands.send(new RecordSessionAttendanceCommand(id, 1, null, all), OFFICER);
        commands.send(new RecordSessionAttendanceCommand(id, 2, null, all.subList(0, 5)), OFFICER);
        commands.send(new RecordSessionAttendanceCommand(id, 3, null, all), OFFICER);
        commands.send(new CloseTrainingClassCommand(id, LocalDate.of(2026, 10, 8)), OFFICER);
        return list.size();
    }

    private void checkIn(String conferenceId, String invitationId, LocalDate day, Actor actor) {
        conferences.checkIn(conferenceId, codes.codeFor(conferenceId, invitationId), CheckInMethod.SCAN, day, actor);
    }
}
