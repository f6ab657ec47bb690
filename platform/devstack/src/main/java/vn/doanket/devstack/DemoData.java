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
        return loaded;
    }
}
