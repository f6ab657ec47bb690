package vn.doanket.membership.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Demo data for the local stack, loaded through the services' own HTTP APIs (so it takes the
 * same path as real input): residential areas in communes of three provinces, including
 * Phường Bà Rịa (the former Bà Rịa city, now in Hồ Chí Minh City) with two areas merged after 1 July 2025, their
 * committees (5–12 members, some vacancies), the people on them and prestigious persons. Loaded once, on an empty
 * event store (see {@link vn.doanket.membership.demo.MembershipContext}).
 */
public final class MembershipDemoData {

    /** One demo residential area. */
    record Area(String areaCode, String name, String kind) {
        String communeCode() {
            return areaCode.substring(0, 5);
        }
    }

    /** The demo areas are registered on the new map, and their committees established and staffed then. */
    static final String REGISTERED_ON = "2025-07-15";
    static final String APPOINTED_ON = "2025-07-16";

    static final List<Area> AREAS = List.of(
            // Thành phố Hồ Chí Minh — Phường Bà Rịa (former Bà Rịa city, Bà Rịa–Vũng Tàu)
            new Area("26560-KP01", "Khu phố Phước Trung", "KHU_PHO"),
            new Area("26560-KP02", "Khu phố Long Hương 1", "KHU_PHO"),
            new Area("26560-KP03", "Khu phố Kim Dinh", "KHU_PHO"),
            new Area("26560-AP01", "Ấp Tân Hưng", "AP"),
            // Thành phố Hồ Chí Minh — Phường Vũng Tàu
            new Area("26506-KP01", "Khu phố 1", "KHU_PHO"),
            new Area("26506-KP02", "Khu phố 2", "KHU_PHO"),
            new Area("26506-KP03", "Khu phố 3", "KHU_PHO"),
            // Thành phố Hà Nội — Phường Ba Đình
            new Area("00004-TDP01", "Tổ dân phố số 1 Trúc Bạch", "TO_DAN_PHO"),
            new Area("00004-TDP02", "Tổ dân phố số 2 Quán Thánh", "TO_DAN_PHO"),
            new Area("00004-TDP03", "Tổ dân phố số 5 Điện Biên", "TO_DAN_PHO"),
            // Thành phố Hà Nội — Phường Ngọc Hà
            new Area("00008-TDP01", "Tổ dân phố số 3 Đội Cấn", "TO_DAN_PHO"),
            new Area("00008-TDP02", "Tổ dân phố số 7 Ngọc Hà", "TO_DAN_PHO"),
            // Tỉnh Cao Bằng — Xã Lý Bôn
            new Area("01294-BAN01", "Bản Nà Lẹng", "BAN"),
            new Area("01294-BAN02", "Bản Khuổi Vin", "BAN"),
            new Area("01294-THON01", "Thôn Nặm Chá", "THON"));

    private MembershipDemoData() {
    }

    static final String[] ORGANISATIONS = {"VILLAGE_HEAD", "PARTY_CELL_SECRETARY", "WOMENS_UNION", "YOUTH_UNION",
            "VETERANS_ASSOCIATION", "FARMERS_ASSOCIATION", "ELDERLY_ASSOCIATION", "RELIGIOUS_DIGNITARY", "PRESTIGIOUS_PERSON"};
    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    static final String[] MIDDLE_MALE = {"Văn", "Hữu", "Đức", "Minh", "Quang"};
    static final String[] MIDDLE_FEMALE = {"Thị", "Ngọc", "Thu", "Thanh", "Kim"};
    static final String[] GIVEN_MALE = {"Hùng", "Dũng", "Tuấn", "Sơn", "Thắng", "Phúc", "Khoa", "Nam", "Bình", "Tâm", "Long"};
    static final String[] GIVEN_FEMALE = {"Lan", "Hương", "Mai", "Hạnh", "Yến", "Thảo", "Nhung", "Oanh", "Liên", "Trang", "Hoa"};
    /** Tày, Nùng and Mông names for the ethnic-minority villages of Cao Bằng. */
    static final String[] FAMILY_TAY = {"Nông", "Hoàng", "Lục", "Bế", "Đàm", "Lương", "Triệu", "Sầm"};

    /**
     * Registers the members of every demo committee as people (realistic names, a few with phones), establishes the
     * 2024–2029 committee of every demo area and appoints 5 to 12 members (a head, deputies, members from the member
     * organisations; one in three committees has no head yet, some lack deputies or members — vacancies); then, in
     * Phường Bà Rịa, merges two areas after 1 July 2025 into a new one, dissolves their committees and re-forms the
     * committee of the new area; and recognises prestigious persons in Cao Bằng.
     */
    static void committees(HttpClient http, String membershipUrl, String bearer) throws IOException, InterruptedException {
        int index = 0;
        for (Area area : AREAS) {
            int size = 5 + (index * 3) % 8;
            String base = membershipUrl + "/api/residential-areas/" + area.areaCode() + "/committees";
            post(http, base, bearer, "{\"termStart\":\"2024-10-01\",\"termEnd\":\"2029-09-30\",\"plannedDeputies\":2,"
                    + "\"minimumSize\":7,\"decisionNumber\":\"" + (100 + index) + "/QĐ-MTTQ\",\"establishedOn\":\"" + REGISTERED_ON + "\"}");
            for (int i = 0; i < size; i++) {
                String personId = person(http, membershipUrl, bearer, area, index, i);
                String position = i == 0 ? (index % 3 == 2 ? "MEMBER" : "HEAD") : i <= 1 + index % 2 ? "DEPUTY" : "MEMBER";
                appoint(http, base + "/2024/members", bearer, personId, position,
                        ORGANISATIONS[(index + i) % ORGANISATIONS.length], APPOINTED_ON, (200 + index) + "/QĐ-MTTQ");
            }
            // concurrent roles (kiêm nhiệm): in every other committee a deputy is also a member, as Party cell secretary
            if (index % 2 == 0) {
                appoint(http, base + "/2024/members", bearer, personId(area, 1), "MEMBER", "PARTY_CELL_SECRETARY",
                        APPOINTED_ON, (200 + index) + "/QĐ-MTTQ");
            }
            index++;
        }
        mergedAreas(http, membershipUrl, bearer);
        pastAreas(http, membershipUrl, bearer);
        prestigiousPersons(http, membershipUrl, bearer);
    }

    /**
     * Records from before the reform: two residential areas registered in 2023 under Phường Phước Nguyên (26554) of the
     * former Bà Rịa city (province Bà Rịa – Vũng Tàu, 77), with their 2024–2029 committees (members not yet entered). On the map of 2024 they
     * count under 26554, 748 and 77; today through its lineage under Phường Bà Rịa (26560) and Hồ Chí Minh City (79).
     */
    static void pastAreas(HttpClient http, String url, String bearer) throws IOException, InterruptedException {
        List<Area> past = List.of(new Area("26554-TDP01", "Tổ dân phố 1 Phước Nguyên", "TO_DAN_PHO"),
                new Area("26554-TDP02", "Tổ dân phố 2 Phước Nguyên", "TO_DAN_PHO"));
        int index = AREAS.size() + 2;
        for (Area area : past) {
            post(http, url + "/api/residential-areas", bearer, "{\"communeCode\":\"26554\",\"areaCode\":\"" + area.areaCode()
                    + "\",\"name\":\"" + area.name() + "\",\"kind\":\"" + area.kind() + "\",\"registeredOn\":\"2023-03-01\"}");
            String base = url + "/api/residential-areas/" + area.areaCode() + "/committees";
            post(http, base, bearer, "{\"termStart\":\"2024-10-01\",\"termEnd\":\"2029-09-30\",\"plannedDeputies\":1,"
                    + "\"minimumSize\":5,\"decisionNumber\":\"" + (100 + index) + "/QĐ-MTTQ\",\"establishedOn\":\"2024-10-01\"}");
            index++;
        }
    }

    /** Two areas of Phường Bà Rịa registered in July 2025 and merged on 1 October 2025; their committees re-formed. */
    static void mergedAreas(HttpClient http, String url, String bearer) throws IOException, InterruptedException {
        List<Area> merged = List.of(new Area("26560-KP04", "Khu phố Long Toàn", "KHU_PHO"),
                new Area("26560-KP05", "Khu phố Long Tâm", "KHU_PHO"));
        int index = AREAS.size();
        for (Area area : merged) {
            post(http, url + "/api/residential-areas", bearer, "{\"communeCode\":\"26560\",\"areaCode\":\"" + area.areaCode()
                    + "\",\"name\":\"" + area.name() + "\",\"kind\":\"KHU_PHO\",\"registeredOn\":\"" + REGISTERED_ON + "\"}");
            String base = url + "/api/residential-areas/" + area.areaCode() + "/committees";
            post(http, base, bearer, "{\"termStart\":\"2024-10-01\",\"termEnd\":\"2029-09-30\",\"plannedDeputies\":1,"
                    + "\"minimumSize\":5,\"decisionNumber\":\"" + (100 + index) + "/QĐ-MTTQ\",\"establishedOn\":\"" + REGISTERED_ON + "\"}");
            for (int i = 0; i < 5; i++) {
                String personId = person(http, url, bearer, area, index, i);
                appoint(http, base + "/2024/members", bearer, personId, i == 0 ? "HEAD" : i == 1 ? "DEPUTY" : "MEMBER",
                        ORGANISATIONS[(index + i) % ORGANISATIONS.length], APPOINTED_ON, (200 + index) + "/QĐ-MTTQ");
            }
            index++;
        }
        post(http, url + "/api/residential-areas/merges", bearer, "{\"communeCode\":\"26560\",\"mergedAreaCodes\":"
                + "[\"26560-KP04\",\"26560-KP05\"],\"newArea\":{\"name\":\"Khu phố Long Toàn – Long Tâm\",\"kind\":\"KHU_PHO\","
                + "\"areaCode\":\"26560-KP06\"},\"mergedOn\":\"2025-10-01\",\"decisionNumber\":\"38/QĐ-UBND\"}");
        for (Area area : merged) {
            post(http, url + "/api/residential-areas/" + area.areaCode() + "/committees/2024/dissolution", bearer,
                    "{\"dissolvedOn\":\"2025-10-01\",\"reason\":\"Khu dân cư sáp nhập vào Khu phố Long Toàn – Long Tâm\"}");
        }
        // the re-formed committee of the new area: heads and deputies of both former committees, one seat still vacant
        String base = url + "/api/residential-areas/26560-KP06/committees";
        post(http, base, bearer, "{\"termStart\":\"2025-10-01\",\"termEnd\":\"2029-09-30\",\"plannedDeputies\":2,"
                + "\"minimumSize\":7,\"decisionNumber\":\"41/QĐ-MTTQ\",\"establishedOn\":\"2025-10-10\"}");
        String[][] reformed = {{"26560-KP04", "0", "HEAD"}, {"26560-KP05", "0", "DEPUTY"}, {"26560-KP04", "1", "DEPUTY"},
                {"26560-KP05", "1", "MEMBER"}, {"26560-KP04", "2", "MEMBER"}, {"26560-KP05", "3", "MEMBER"}};
        int i = 0;
        for (String[] r : reformed) {
            appoint(http, base + "/2025/members", bearer, personId(new Area(r[0], "", ""), Integer.parseInt(r[1])), r[2],
                    ORGANISATIONS[i++ % ORGANISATIONS.length], "2025-10-10", "42/QĐ-MTTQ");
        }
    }

    static void prestigiousPersons(HttpClient http, String url, String bearer) throws IOException, InterruptedException {
        for (Area area : AREAS) {
            if (area.communeCode().equals("01294")) {
                post(http, url + "/api/units/" + area.areaCode().substring(0, 5) + "/prestigious-persons", bearer,
                        "{\"personId\":\"" + personId(area, 1) + "\",\"recognisedFrom\":\"2024-01-01\","
                                + "\"recognisedUntil\":\"2028-12-31\",\"decisionNumber\":\"15/QĐ-UBND\"}");
            }
        }
    }

    static String personId(Area area, int i) {
        return "p-demo-" + area.areaCode().toLowerCase(java.util.Locale.ROOT) + "-" + i;
    }

    /** Registers demo person {@code i} of an area (idempotent per id) and returns the id. */
    static String person(HttpClient http, String url, String bearer, Area area, int index, int i)
            throws IOException, InterruptedException {
        boolean female = (index + i) % 2 == 1;
        boolean highland = area.communeCode().equals("01294");
        int seed = index * 13 + i * 7;
        String family = highland ? FAMILY_TAY[seed % FAMILY_TAY.length] : FAMILY[seed % FAMILY.length];
        String middle = female ? MIDDLE_FEMALE[(seed / 3) % MIDDLE_FEMALE.length] : MIDDLE_MALE[(seed / 3) % MIDDLE_MALE.length];
        String given = female ? GIVEN_FEMALE[seed % GIVEN_FEMALE.length] : GIVEN_MALE[seed % GIVEN_MALE.length];
        String ethnicity = highland ? (i % 3 == 0 ? "Nùng" : "Tày") : i % 9 == 4 ? "Hoa" : "Kinh";
        String religion = i % 4 == 3 ? (highland ? "" : "Phật giáo") : "";
        String phone = i % 3 == 0 ? ",\"phone\":\"09" + String.format("%08d", 10_000_000 + seed * 7919 % 89_999_999) + "\"" : "";
        String id = personId(area, i);
        post(http, url + "/api/units/" + area.communeCode() + "/people", bearer, "{\"personId\":\"" + id + "\",\"fullName\":\""
                + family + " " + middle + " " + given + "\",\"gender\":\"" + (female ? "FEMALE" : "MALE") + "\",\"birthYear\":"
                + (1955 + seed % 40) + ",\"ethnicity\":\"" + ethnicity + "\""
                + (religion.isEmpty() ? "" : ",\"religion\":\"" + religion + "\"") + ",\"partyMember\":" + (i % 2 == 0) + phone + "}");
        return id;
    }

    static void appoint(HttpClient http, String url, String bearer, String personId, String position, String organisation,
                        String on, String decision) throws IOException, InterruptedException {
        post(http, url, bearer, "{\"personId\":\"" + personId + "\",\"position\":\"" + position + "\",\"representing\":\""
                + organisation + "\",\"appointedOn\":\"" + on + "\",\"decisionNumber\":\"" + decision + "\"}");
    }

    private static void post(HttpClient http, String url, String bearer, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json").header("Authorization", bearer)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("Demo data rejected (" + response.statusCode() + "): " + response.body());
        }
    }

    /** Registers the demo areas through membership's API as {@code bearer}; returns how many were registered. */
    public static int load(String membershipUrl, String bearer) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        int loaded = 0;
        for (Area area : AREAS) {
            String body = "{\"communeCode\":\"" + area.communeCode() + "\",\"areaCode\":\"" + area.areaCode()
                    + "\",\"name\":\"" + area.name() + "\",\"kind\":\"" + area.kind() + "\",\"registeredOn\":\"" + REGISTERED_ON + "\"}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(membershipUrl + "/api/residential-areas"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", bearer)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Demo data rejected (" + response.statusCode() + "): " + response.body());
            }
            loaded++;
        }
        committees(http, membershipUrl, bearer);
        return loaded;
    }
}
