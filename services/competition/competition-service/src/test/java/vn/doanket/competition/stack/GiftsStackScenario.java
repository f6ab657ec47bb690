package vn.doanket.competition.stack;

import vn.doanket.testing.stack.StackScenario;

import java.util.Map;
import java.util.UUID;

/**
 * Issue 14's gifts through the whole stack: 27 gifts of 450,000 đồng to prestigious persons of Phường Bà Rịa's
 * residential areas total exactly 12,150,000 đồng on the dashboard of the commune, the city and the nation (one of
 * them entered wrong and corrected: a reversal plus a new entry).
 */
public class GiftsStackScenario implements StackScenario {

    @Override
    public String name() {
        return "competition: 27 gifts of 450,000 đồng = 12,150,000 đồng at every level above the recipients";
    }

    static String gift(String id, String unit, long amount) {
        return "{\"giftId\":\"" + id + "\",\"unitCode\":\"" + unit + "\",\"occasion\":\"TET\",\"recipientKind\":"
                + "\"PRESTIGIOUS_PERSON\",\"recipientName\":\"Người có uy tín\",\"amountVnd\":" + amount
                + ",\"fundingSource\":\"FOR_THE_POOR_FUND\",\"decisionRef\":\"12/QĐ-MTTQ\",\"givenOn\":\"2026-02-10\"}";
    }

    @Override
    public void run(Stack stack) throws Exception {
        ScenarioHttp http = new ScenarioHttp(stack);
        String run = "kb-qua-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Long> ward = http.figures("26560");
        Map<String, Long> city = http.figures("79");
        Map<String, Long> nation = http.figures("VN");
        for (int i = 0; i < 26; i++) {
            String unit = i % 3 == 0 ? "26560" : "26560-KP0" + (i % 3);
            http.post(unit.equals("26560-KP01") ? "ban-cong-tac-kp-phuoc-trung" : "can-bo-ba-ria", "/api/gifts",
                    gift(run + "-" + i, unit, 450_000L), 201);
        }
        http.post("can-bo-ba-ria", "/api/gifts", gift(run + "-sai", "26560-KP02", 540_000L), 201);
        http.post("can-bo-ba-ria", "/api/gifts/" + run + "-sai/correction", "{\"reason\":\"Nhập sai số tiền\","
                + "\"replacement\":" + gift(run + "-dung", "26560-KP02", 450_000L) + "}", 201);
        Map<String, Long> expected = Map.of("gifts", 27L, "giftsVnd", 12_150_000L);
        http.awaitDelta("26560", ward, expected);
        http.awaitDelta("79", city, expected);
        http.awaitDelta("VN", nation, expected);
    }
}
