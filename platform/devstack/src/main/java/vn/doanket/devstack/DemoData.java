package vn.doanket.devstack;

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
 * Phường Bà Rịa (the former Bà Rịa city, now in Hồ Chí Minh City).
 */
public final class DemoData {

    /** One demo residential area. */
    record Area(String areaCode, String name, String kind) {
        String communeCode() {
            return areaCode.substring(0, 5);
        }
    }

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

    private DemoData() {
    }

    static final String[] ORGANISATIONS = {"VILLAGE_HEAD", "PARTY_CELL_SECRETARY", "WOMENS_UNION", "YOUTH_UNION",
            "VETERANS_ASSOCIATION", "FARMERS_ASSOCIATION", "ELDERLY_ASSOCIATION", "RELIGIOUS_DIGNITARY", "PRESTIGIOUS_PERSON"};

    /**
     * Establishes the 2024–2029 committee of every demo area and appoints 5 to 8 members (a head, deputies,
     * members from the member organisations; one in three committees has no head yet, some lack a deputy).
     */
    static void committees(HttpClient http, String membershipUrl, String bearer) throws IOException, InterruptedException {
        int index = 0;
        for (Area area : AREAS) {
            String base = membershipUrl + "/api/residential-areas/" + area.areaCode() + "/committees";
            post(http, base, bearer, "{\"termStart\":\"2024-10-01\",\"termEnd\":\"2029-09-30\",\"plannedDeputies\":2,"
                    + "\"minimumSize\":7,\"decisionNumber\":\"" + (100 + index) + "/QĐ-MTTQ\",\"establishedOn\":\"2024-10-01\"}");
            int size = 5 + index % 4;
            for (int i = 0; i < size; i++) {
                String position = i == 0 ? (index % 3 == 2 ? "MEMBER" : "HEAD") : i <= 1 + index % 2 ? "DEPUTY" : "MEMBER";
                post(http, base + "/2024/members", bearer, "{\"personId\":\"demo-" + area.areaCode() + "-" + i
                        + "\",\"position\":\"" + position + "\",\"representing\":\"" + ORGANISATIONS[(index + i) % ORGANISATIONS.length]
                        + "\",\"appointedOn\":\"2024-10-02\",\"decisionNumber\":\"" + (200 + index) + "/QĐ-MTTQ\"}");
            }
            index++;
        }
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
                    + "\",\"name\":\"" + area.name() + "\",\"kind\":\"" + area.kind() + "\"}";
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
