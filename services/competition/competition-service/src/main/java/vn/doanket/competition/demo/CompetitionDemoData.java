package vn.doanket.competition.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * Demo data for the local stack, loaded once into an empty event store through the service's own HTTP API with the
 * demo accounts (so it takes the same path as real input; every id is the client's):
 * <ul>
 *   <li>Hồ Chí Minh City's contest "Hội thi Trưởng ban Công tác Mặt trận giỏi" — 19 contestants nominated by 11
 *       communes (Phường Bà Rịa's officer nominates its own two), one round of three criteria, three judges (one from
 *       Phường Bà Rịa, who cannot score its contestants), scored, closed, locked, prizes 1/2/3/13 by ranking, results
 *       locked and published (with their certificates);</li>
 *   <li>Phường Bà Rịa's own contest of residential areas, its round open: contestants counted, marks sealed;</li>
 *   <li>the city's movement "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh": registrations, a quarterly
 *       report and an evaluation;</li>
 *   <li>commendations (giấy khen of Phường Bà Rịa, bằng khen of the city), one of them revoked;</li>
 *   <li>gifts: 27 Tết gifts of 450,000 đồng to prestigious persons and families of Phường Bà Rịa (12,150,000 đồng),
 *       one entered wrong and corrected; Tết gifts in Cao Bằng's Xã Lý Bôn; Unity Day support in Phường Vũng Tàu.</li>
 * </ul>
 */
public final class CompetitionDemoData {

    static final List<String> COMMUNES = List.of("26506", "26526", "26536", "26542", "26545", "26560", "26566", "26572",
            "26575", "26584", "26590");
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô",
            "Dương", "Lý"};
    static final String[] MIDDLE = {"Văn", "Thị", "Minh", "Ngọc", "Hữu", "Thanh", "Đức", "Kim"};
    static final String[] GIVEN = {"Hùng", "Lan", "Dũng", "Hương", "Tuấn", "Mai", "Sơn", "Hạnh", "Thắng", "Yến", "Phúc",
            "Trang", "Khoa", "Oanh", "Bình", "Thảo", "Long", "Nhung", "Tâm"};
    static final String CITY_CONTEST = "hoi-thi-truong-ban-gioi-hcm-2026";
    static final String WARD_CONTEST = "hoi-thi-ban-cong-tac-ba-ria-2026";
    static final String MOVEMENT = "phong-trao-nong-thon-moi-do-thi-van-minh-hcm";

    private final URI base;
    private final Function<String, String> bearer;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    private int requests;

    /**
     * @param base   the service's base URL
     * @param bearer {@code Bearer <token>} of a demo account
     */
    public CompetitionDemoData(URI base, Function<String, String> bearer) {
        this.base = base;
        this.bearer = bearer;
    }

    /** Loads everything; returns a bilingual summary. */
    public String load() throws IOException, InterruptedException {
        cityContest();
        wardContest();
        movement();
        commendations();
        long vnd = gifts();
        return "hội thi: 2 (19 thí sinh của 11 xã, phường; giải 1/2/3/13), phong trào: 1, khen thưởng: 4, quà: "
                + String.format("%,d", vnd).replace(',', '.') + " đồng / contests: 2 (19 contestants of 11 communes; "
                + "prizes 1/2/3/13), movements: 1, commendations: 4, gifts: " + String.format("%,d", vnd) + " VND ("
                + requests + " requests)";
    }

    static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i * 3) % MIDDLE.length] + " " + GIVEN[(i * 7) % GIVEN.length];
    }

    private void cityContest() throws IOException, InterruptedException {
        String c = "/api/contests/" + CITY_CONTEST;
        post("can-bo-hcm", "/api/contests", "{\"contestId\":\"" + CITY_CONTEST + "\",\"organiserUnit\":\"79\","
                + "\"title\":\"Hội thi Trưởng ban Công tác Mặt trận khu dân cư giỏi Thành phố Hồ Chí Minh năm 2026\","
                + "\"startsOn\":\"" + today.withDayOfMonth(1) + "\",\"endsOn\":\"" + today.withDayOfMonth(1).plusMonths(2)
                + "\",\"rules\":\"Mỗi xã, phường đề cử tối đa 2 Trưởng Ban Công tác Mặt trận; thi thuyết trình về "
                + "công tác vận động Nhân dân ở khu dân cư.\",\"nominationAllowance\":2,\"quotas\":["
                + "{\"tier\":\"FIRST\",\"quota\":1},{\"tier\":\"SECOND\",\"quota\":2},{\"tier\":\"THIRD\",\"quota\":3},"
                + "{\"tier\":\"CONSOLATION\",\"quota\":13}],\"tieBreaks\":[{\"kind\":\"CRITERION_MARK\","
                + "\"roundId\":\"thuyet-trinh\",\"criterionId\":\"noi-dung\"},{\"kind\":\"CRITERION_MARK\","
                + "\"roundId\":\"thuyet-trinh\",\"criterionId\":\"tra-loi\"}]}");
        for (int i = 0; i < 19; i++) {
            String commune = COMMUNES.get(i % COMMUNES.size());
            post(commune.equals("26560") ? "can-bo-ba-ria" : "can-bo-hcm", c + "/contestants",
                    "{\"contestantId\":\"ts-" + (i + 1) + "\",\"nominatingUnit\":\"" + commune + "\",\"fullName\":\""
                            + name(i) + "\"}");
        }
        post("can-bo-hcm", c + "/rounds", "{\"roundId\":\"thuyet-trinh\",\"name\":\"Thuyết trình và trả lời câu hỏi\","
                + "\"criteria\":[{\"criterionId\":\"noi-dung\",\"name\":\"Nội dung thuyết trình\",\"weight\":50,\"maxPoints\":10},"
                + "{\"criterionId\":\"trinh-bay\",\"name\":\"Phong cách trình bày\",\"weight\":20,\"maxPoints\":10},"
                + "{\"criterionId\":\"tra-loi\",\"name\":\"Trả lời câu hỏi của Ban giám khảo\",\"weight\":30,\"maxPoints\":10}]}");
        for (String[] judge : new String[][] {{"kiem-tra-hcm", "79"}, {"lanh-dao-hcm", "79"}, {"can-bo-ba-ria", "26560"}}) {
            post("can-bo-hcm", c + "/judges", "{\"judge\":\"" + judge[0] + "\",\"judgeUnit\":\"" + judge[1] + "\"}");
        }
        post("can-bo-hcm", c + "/rounds/thuyet-trinh/opening", "");
        String[] judges = {"kiem-tra-hcm", "lanh-dao-hcm", "can-bo-ba-ria"};
        for (int i = 0; i < 19; i++) {
            boolean ownWard = COMMUNES.get(i % COMMUNES.size()).equals("26560");
            for (int j = 0; j < judges.length; j++) {
                if (ownWard && j == 2) {
                    continue; // a judge of Phường Bà Rịa does not score its contestants (conflict of interest)
                }
                int base = 950 - i * 20 - j * 5;
                post(judges[j], c + "/rounds/thuyet-trinh/sheets", "{\"contestantId\":\"ts-" + (i + 1) + "\",\"scores\":["
                        + "{\"criterionId\":\"noi-dung\",\"points\":" + points(base) + "},"
                        + "{\"criterionId\":\"trinh-bay\",\"points\":" + points(base - 30 + (i % 4) * 10) + "},"
                        + "{\"criterionId\":\"tra-loi\",\"points\":" + points(base - 50 + (i % 3) * 15) + "}]}");
            }
        }
        post("can-bo-hcm", c + "/rounds/thuyet-trinh/closing", "");
        post("can-bo-hcm", c + "/rounds/thuyet-trinh/locking", "");
        post("can-bo-hcm", c + "/prizes/ranking", "{\"decisionRef\":\"125/QĐ-MTTQ\"}");
        post("can-bo-hcm", c + "/results/locking", "");
        post("can-bo-hcm", c + "/results/publication", "");
    }

    /** Tenths of a point as JSON: 875 → 8.75 (never above 10, never below 0). */
    static String points(int hundredths) {
        int bounded = Math.max(0, Math.min(1000, hundredths));
        return java.math.BigDecimal.valueOf(bounded, 2).toPlainString();
    }

    private void wardContest() throws IOException, InterruptedException {
        String c = "/api/contests/" + WARD_CONTEST;
        post("can-bo-ba-ria", "/api/contests", "{\"contestId\":\"" + WARD_CONTEST + "\",\"organiserUnit\":\"26560\","
                + "\"title\":\"Hội thi Ban Công tác Mặt trận khu dân cư Phường Bà Rịa năm 2026\",\"startsOn\":\""
                + today.withDayOfMonth(1) + "\",\"endsOn\":\"" + today.withDayOfMonth(1).plusMonths(1)
                + "\",\"nominationAllowance\":1,\"quotas\":[{\"tier\":\"FIRST\",\"quota\":1},{\"tier\":\"SECOND\","
                + "\"quota\":1},{\"tier\":\"CONSOLATION\",\"quota\":2}]}");
        String[] areas = {"26560-KP01", "26560-KP02", "26560-KP03", "26560-AP01"};
        for (int i = 0; i < areas.length; i++) {
            post("can-bo-ba-ria", c + "/contestants", "{\"contestantId\":\"kdc-" + (i + 1) + "\",\"nominatingUnit\":\""
                    + areas[i] + "\",\"fullName\":\"" + name(40 + i) + "\"}");
        }
        post("can-bo-ba-ria", c + "/rounds", "{\"roundId\":\"tieu-pham\",\"name\":\"Tiểu phẩm tuyên truyền\",\"criteria\":["
                + "{\"criterionId\":\"noi-dung\",\"name\":\"Nội dung\",\"weight\":60,\"maxPoints\":10},"
                + "{\"criterionId\":\"dien-xuat\",\"name\":\"Diễn xuất\",\"weight\":40,\"maxPoints\":10}]}");
        post("can-bo-ba-ria", c + "/judges", "{\"judge\":\"lanh-dao-ba-ria\",\"judgeUnit\":\"26560\"}");
        post("can-bo-ba-ria", c + "/judges", "{\"judge\":\"xu-ly-don-ba-ria\",\"judgeUnit\":\"26560\"}");
        post("can-bo-ba-ria", c + "/rounds/tieu-pham/opening", "");
        // the round is open: two sheets so far, sealed until the round is locked
        post("lanh-dao-ba-ria", c + "/rounds/tieu-pham/sheets", "{\"contestantId\":\"kdc-1\",\"scores\":["
                + "{\"criterionId\":\"noi-dung\",\"points\":8.5},{\"criterionId\":\"dien-xuat\",\"points\":8}]}");
        post("xu-ly-don-ba-ria", c + "/rounds/tieu-pham/sheets", "{\"contestantId\":\"kdc-1\",\"scores\":["
                + "{\"criterionId\":\"noi-dung\",\"points\":9},{\"criterionId\":\"dien-xuat\",\"points\":7.5}]}");
    }

    private void movement() throws IOException, InterruptedException {
        String m = "/api/movements/" + MOVEMENT;
        int year = today.getYear();
        post("can-bo-hcm", "/api/movements", "{\"movementId\":\"" + MOVEMENT + "\",\"organiserUnit\":\"79\","
                + "\"kind\":\"MOVEMENT\",\"title\":\"Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\","
                + "\"startsOn\":\"" + year + "-01-01\",\"endsOn\":\"" + year + "-12-31\",\"description\":\"Phong trào thi "
                + "đua của Ủy ban MTTQ Việt Nam Thành phố Hồ Chí Minh năm " + year + ".\",\"criteria\":["
                + "{\"criterionId\":\"ho-thoat-ngheo\",\"name\":\"Số hộ thoát nghèo\"},"
                + "{\"criterionId\":\"nha-dai-doan-ket\",\"name\":\"Nhà Đại đoàn kết xây mới, sửa chữa\"},"
                + "{\"criterionId\":\"tuyen-duong-sang\",\"name\":\"Tuyến đường xanh, sạch, đẹp\"}]}");
        post("can-bo-ba-ria", m + "/registrations", "{\"unitCode\":\"26560\",\"pledge\":\"Không còn hộ nghèo theo chuẩn "
                + "của Thành phố; 5 tuyến đường sáng, xanh, sạch, đẹp\",\"registeredOn\":\"" + year + "-02-01\"}");
        post("ban-cong-tac-kp-phuoc-trung", m + "/registrations", "{\"unitCode\":\"26560-KP01\",\"pledge\":\"Khu phố "
                + "văn hóa, không có hộ nghèo\",\"registeredOn\":\"" + year + "-02-15\"}");
        post("can-bo-hcm", m + "/registrations", "{\"unitCode\":\"26506\",\"registeredOn\":\"" + year + "-02-20\"}");
        if (today.isAfter(LocalDate.of(year, 10, 5))) {
            post("can-bo-ba-ria", m + "/units/26560/reports", "{\"reportId\":\"" + year + "-q3\",\"periodFrom\":\"" + year
                    + "-07-01\",\"periodTo\":\"" + year + "-09-30\",\"results\":[{\"criterionId\":\"ho-thoat-ngheo\","
                    + "\"value\":\"12 hộ\"},{\"criterionId\":\"nha-dai-doan-ket\",\"value\":\"3 căn\"}],\"summary\":"
                    + "\"Vượt chỉ tiêu quý III\"}");
            post("can-bo-hcm", m + "/units/26560/evaluations", "{\"evaluationId\":\"" + year + "-q3\",\"periodFrom\":\""
                    + year + "-07-01\",\"periodTo\":\"" + year + "-09-30\",\"rating\":\"EXCELLENT\"}");
        }
    }

    private void commendations() throws IOException, InterruptedException {
        LocalDate unityDay = LocalDate.of(today.getYear(), 11, 18);
        LocalDate decided = unityDay.isAfter(today) ? today : unityDay;
        String[][] wardCommendations = {
                {"kt-ba-ria-kp01", "26560-KP01", "Ban Công tác Mặt trận khu phố Phước Trung"},
                {"kt-ba-ria-kp03", "26560-KP03", "Ban Công tác Mặt trận khu phố Kim Dinh"}};
        for (String[] k : wardCommendations) {
            post("can-bo-ba-ria", "/api/commendations", "{\"commendationId\":\"" + k[0] + "\",\"issuingUnit\":\"26560\","
                    + "\"kind\":\"GIAY_KHEN\",\"decisionNumber\":\"45/QĐ-MTTQ\",\"decidedOn\":\"" + decided + "\","
                    + "\"recipientKind\":\"COLLECTIVE\",\"recipientName\":\"" + k[2] + "\",\"recipientUnit\":\"" + k[1]
                    + "\",\"basis\":\"MOVEMENT\",\"basisId\":\"" + MOVEMENT + "\",\"reason\":\"Đã có thành tích xuất sắc "
                    + "trong tổ chức Ngày hội Đại đoàn kết toàn dân tộc\"}");
        }
        post("can-bo-hcm", "/api/commendations", "{\"commendationId\":\"bk-hcm-26560\",\"issuingUnit\":\"79\","
                + "\"kind\":\"BANG_KHEN\",\"decisionNumber\":\"312/QĐ-MTTQ\",\"decidedOn\":\"" + decided + "\","
                + "\"recipientKind\":\"COLLECTIVE\",\"recipientName\":\"Ủy ban MTTQ Việt Nam Phường Bà Rịa\",\"recipientUnit\":"
                + "\"26560\",\"basis\":\"MOVEMENT\",\"basisId\":\"" + MOVEMENT + "\",\"reason\":\"Hoàn thành xuất sắc "
                + "phong trào Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh\"}");
        post("can-bo-hcm", "/api/commendations", "{\"commendationId\":\"bk-hcm-ca-nhan-1\",\"issuingUnit\":\"79\","
                + "\"kind\":\"BANG_KHEN\",\"decisionNumber\":\"313/QĐ-MTTQ\",\"decidedOn\":\"" + decided + "\","
                + "\"recipientKind\":\"PERSON\",\"recipientName\":\"" + name(3) + "\",\"recipientUnit\":\"26506\","
                + "\"basis\":\"CONTEST\",\"basisId\":\"" + CITY_CONTEST + "\",\"reason\":\"Giải Nhì Hội thi Trưởng ban "
                + "Công tác Mặt trận giỏi\"}");
        post("can-bo-ba-ria", "/api/commendations/kt-ba-ria-kp03/revocation", "{\"reason\":\"Khen thưởng trùng với "
                + "quyết định của cấp trên\"}");
    }

    /** @return the đồng counted in Phường Bà Rịa's Tết gifts */
    private long gifts() throws IOException, InterruptedException {
        LocalDate tet = LocalDate.of(today.getYear(), 2, 10);
        if (tet.isAfter(today)) {
            tet = tet.minusYears(1);
        }
        String[] units = {"26560", "26560-KP01", "26560-KP02", "26560-KP03", "26560-AP01"};
        String[] kinds = {"PRESTIGIOUS_PERSON", "FAMILY", "HOUSEHOLD"};
        for (int i = 0; i < 26; i++) {
            String unit = units[i % units.length];
            post(unit.equals("26560-KP01") ? "ban-cong-tac-kp-phuoc-trung" : "can-bo-ba-ria", "/api/gifts",
                    gift("qua-tet-ba-ria-" + (i + 1), unit, kinds[i % kinds.length], name(60 + i), 450_000L,
                            "FOR_THE_POOR_FUND", "12/QĐ-MTTQ", "TET", tet));
        }
        // entered with a wrong amount, then corrected: a reversal plus a new entry
        post("can-bo-ba-ria", "/api/gifts", gift("qua-tet-ba-ria-27", "26560-AP01", "PRESTIGIOUS_PERSON", name(86),
                540_000L, "FOR_THE_POOR_FUND", "12/QĐ-MTTQ", "TET", tet));
        post("can-bo-ba-ria", "/api/gifts/qua-tet-ba-ria-27/correction", "{\"reason\":\"Nhập sai số tiền\","
                + "\"replacement\":" + gift("qua-tet-ba-ria-27b", "26560-AP01", "PRESTIGIOUS_PERSON", name(86), 450_000L,
                "FOR_THE_POOR_FUND", "12/QĐ-MTTQ", "TET", tet) + "}");
        String[] lyBon = {"01294-BAN01", "01294-BAN02", "01294-THON01"};
        for (int i = 0; i < 9; i++) {
            post("can-bo-cao-bang", "/api/gifts", gift("qua-tet-ly-bon-" + (i + 1), lyBon[i % 3], "PRESTIGIOUS_PERSON",
                    "Nông Văn " + GIVEN[i], 300_000L, "STATE_BUDGET", "08/QĐ-MTTQ", "TET", tet));
        }
        LocalDate unityDay = LocalDate.of(today.getYear(), 11, 18);
        if (unityDay.isAfter(today)) {
            unityDay = unityDay.minusYears(1);
        }
        for (int i = 0; i < 6; i++) {
            post("can-bo-hcm", "/api/gifts", gift("ho-tro-vung-tau-" + (i + 1), "26506-KP0" + (1 + i % 3), "HOUSEHOLD",
                    name(100 + i), 1_000_000L, "SPONSORSHIP", "20/QĐ-MTTQ", "UNITY_DAY", unityDay));
        }
        return 27 * 450_000L;
    }

    static String gift(String id, String unit, String kind, String name, long amount, String source, String decision,
                       String occasion, LocalDate on) {
        return "{\"giftId\":\"" + id + "\",\"unitCode\":\"" + unit + "\",\"occasion\":\"" + occasion + "\","
                + "\"recipientKind\":\"" + kind + "\",\"recipientName\":\"" + name + "\",\"amountVnd\":" + amount
                + ",\"fundingSource\":\"" + source + "\",\"decisionRef\":\"" + decision + "\",\"givenOn\":\"" + on + "\"}";
    }

    private void post(String account, String path, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer.apply(account)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        requests++;
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IOException("Demo data: POST " + path + " as " + account + " answered " + response.statusCode()
                    + ": " + response.body());
        }
    }
}
