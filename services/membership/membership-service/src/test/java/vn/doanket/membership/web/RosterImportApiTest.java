package vn.doanket.membership.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.doanket.membership.roster.RosterColumns;
import vn.doanket.testing.LocalInfrastructure;
import vn.doanket.testing.SharedInfrastructure;
import vn.doanket.testing.http.TestHttp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Roster import over HTTP on the real infrastructure. Acceptance: a 500-row roster with exactly 3 bad rows accepts
 * 497, reports exactly those 3 (row number, column, reason in Vietnamese and English), and a second import of the
 * same file stores no event at all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=membership",
        "doanket.axon.publisher.topic=test.membership-api.events"})
@LocalInfrastructure
class RosterImportApiTest {

    static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"};
    static final String[] MIDDLE = {"Văn", "Thị", "Hữu", "Minh", "Thanh"};
    static final String[] GIVEN = {"An", "Bình", "Cường", "Dũng", "Hà", "Hương", "Khoa", "Lan", "Mai", "Nam", "Oanh",
            "Phúc", "Quang", "Sơn", "Tâm", "Uyên", "Vinh", "Xuân", "Yến", "Đức"};
    static final String[] ORGS = {"Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Hội Cựu chiến binh",
            "Hội Nông dân", "Hội Người cao tuổi", "Bí thư chi bộ", "Chức sắc tôn giáo", "Người có uy tín", "OTHER"};

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    vn.doanket.membership.roster.RosterImportJobs jobs;

    @Test
    void fiveHundredRowsWithThreeBadOnesAndANoOpSecondImport() throws Exception {
        String prefix = "26560-R" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        for (int a = 0; a < 50; a++) {
            establishCommittee(area(prefix, a), 2, 5);
        }
        StringBuilder csv = new StringBuilder(String.join(",", RosterColumns.TEMPLATE)).append('\n');
        for (int i = 0; i < 500; i++) {
            List<String> row = row(prefix, i);
            if (i == 15) {
                row.set(9, "12345"); // phone
            }
            if (i == 231) {
                row.set(4, "X"); // gender
            }
            if (i == 399) {
                row.set(10, "Trưởng ban"); // a second head for area 39 (its head is row 392 of the file)
            }
            csv.append(String.join(",", row.stream().map(RosterImportApiTest::quote).toList())).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        JsonNode first = importAndWait(file, "danh-sach.csv");
        assertThat(first.get("total").asInt()).isEqualTo(500);
        assertThat(first.get("processed").asInt()).isEqualTo(500);
        assertThat(first.get("applied").asInt()).isEqualTo(497);
        assertThat(first.get("unchanged").asInt()).isZero();
        assertRejected(first);

        long events = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        long appointments = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier like ?"
                + " and payload_type like '%MemberAppointedEvent'", Long.class, prefix + "%");
        assertThat(appointments).isEqualTo(497);

        JsonNode second = importAndWait(file, "danh-sach.csv");
        assertThat(second.get("applied").asInt()).isZero();
        assertThat(second.get("unchanged").asInt()).isEqualTo(497);
        assertRejected(second);
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry", Long.class))
                .as("a second import stores nothing").isEqualTo(events);
    }

    @Test
    void xlsxRostersAreReadTooAndTheCallerMustCoverTheCommune() throws Exception {
        String prefix = "26560-X" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        establishCommittee(area(prefix, 0), 1, 3);
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Danh sách");
            XSSFRow header = sheet.createRow(0);
            for (int c = 0; c < RosterColumns.TEMPLATE.size(); c++) {
                header.createCell(c).setCellValue(RosterColumns.TEMPLATE.get(c));
            }
            for (int i = 0; i < 4; i++) {
                List<String> values = row(prefix, i);
                if (i == 2) {
                    values.set(11, "Hội Không Có");
                }
                XSSFRow r = sheet.createRow(i + 1);
                for (int c = 0; c < values.size(); c++) {
                    if (c == 5) {
                        r.createCell(c).setCellValue(Integer.parseInt(values.get(c))); // a numeric birth year
                    } else {
                        r.createCell(c).setCellValue(values.get(c));
                    }
                }
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        JsonNode job = importAndWait(xlsx, "danh-sach.xlsx");
        assertThat(job.get("applied").asInt()).isEqualTo(3);
        assertThat(job.get("rejectedRows")).singleElement().satisfies(r -> {
            assertThat(r.get("row").asInt()).isEqualTo(4);
            assertThat(r.get("column").asText()).isEqualTo(RosterColumns.ORGANISATION);
        });
        assertThat(importAndWait(xlsx, "danh-sach.xlsx").get("unchanged").asInt()).isEqualTo(3);

        assertThat(upload("can-bo-cao-bang", xlsx, "danh-sach.xlsx").status()).isEqualTo(404);
        assertThat(upload("lanh-dao-ba-ria", xlsx, "danh-sach.xlsx").status()).isEqualTo(403);
        TestHttp.Response noHeader = upload("can-bo-ba-ria", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), "x.csv");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.json().get("code").asText()).isEqualTo("roster-header");
    }

    @Test
    void aJobWhoseInstanceStoppedIsTakenOverAndRunAgainToTheSameResult() throws Exception {
        String prefix = "26560-L" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        establishCommittee(area(prefix, 0), 2, 3);
        StringBuilder csv = new StringBuilder(String.join(",", RosterColumns.TEMPLATE)).append('\n');
        for (int i = 0; i < 6; i++) {
            csv.append(String.join(",", row(prefix, i).stream().map(RosterImportApiTest::quote).toList())).append('\n');
        }
        // an instance stored the job, applied nothing yet, and died: its lease lapsed a minute ago
        String jobId = java.util.UUID.randomUUID().toString();
        jdbc.update("insert into roster_import_job (job_id, commune_code, file_name, status, total, processed, started_at, "
                        + "actor_id, actor_role, content, owner, lease_until) values (?, '26560', 'danh-sach.csv', 'RUNNING', "
                        + "6, 2, now(), 'u-can-bo-ba-ria', 'OFFICER', ?, 'gone', now() - interval '1 minute')",
                jobId, csv.toString().getBytes(StandardCharsets.UTF_8));
        jobs.takeOverLapsed(); // (the service's own lease check, every 30 s, may have been first)
        assertThat(jdbc.queryForObject("select owner from roster_import_job where job_id = ?", String.class, jobId))
                .as("taken over by this instance").isNotEqualTo("gone");
        assertThat(jobs.takeOverLapsed()).as("taken over once").isZero();

        String url = "/api/units/26560/roster-imports/" + jobId;
        JsonNode job = await("the job to finish on its new instance").atMost(Duration.ofMinutes(2))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                .until(() -> get("can-bo-ba-ria", url).json(), polled -> polled.get("status").asText().equals("DONE"));
        assertThat(job.get("processed").asInt()).isEqualTo(6);
        assertThat(job.get("applied").asInt()).isEqualTo(6);
        assertThat(job.get("rejected").asInt()).isZero();
        assertThat(jdbc.queryForObject("select content is null from roster_import_job where job_id = ?", Boolean.class, jobId))
                .as("the file (personal data) is dropped once the job ends").isTrue();
        assertThat(jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier like ?"
                + " and payload_type like '%MemberAppointedEvent'", Long.class, prefix + "%")).isEqualTo(6);
    }

    /** The 2024–2029 committee of an area. */
    void establishCommittee(String area, int plannedDeputies, int minimumSize) throws Exception {
        TestHttp.Response r = as("can-bo-ba-ria").post("/api/residential-areas/" + area + "/committees",
                Map.of("termStart", "2024-10-01", "termEnd", "2029-09-30", "plannedDeputies", plannedDeputies,
                        "minimumSize", minimumSize, "decisionNumber", "12/QĐ-MTTQ", "establishedOn", "2024-10-01"));
        assertThat(r.status()).as(r.body()).isEqualTo(201);
    }

    static void assertRejected(JsonNode job) {
        JsonNode rejected = job.get("rejectedRows");
        assertThat(job.get("rejected").asInt()).isEqualTo(3);
        List<String> seen = new ArrayList<>();
        rejected.forEach(r -> {
            seen.add(r.get("row").asInt() + ":" + r.get("column").asText());
            assertThat(r.get("reasonVi").asText()).isNotBlank();
            assertThat(r.get("reasonEn").asText()).isNotBlank();
        });
        assertThat(seen).containsExactly("17:" + RosterColumns.PHONE, "233:" + RosterColumns.GENDER,
                "401:" + RosterColumns.POSITION);
        assertThat(rejected.get(2).get("code").asText()).isEqualTo("head-already-appointed");
        assertThat(rejected.get(2).get("reasonVi").asText()).isEqualTo("Ban đã có Trưởng ban");
    }

    static String area(String prefix, int a) {
        return prefix + String.format("%02d", a);
    }

    /** Row {@code i}: area i/10; the first of each area is its head, then two deputies, then members. */
    static List<String> row(String prefix, int i) {
        int inArea = i % 10;
        String position = inArea == 0 ? "Trưởng ban" : inArea <= 2 ? "Phó trưởng ban" : "Ủy viên";
        String organisation = inArea == 0 ? "Trưởng thôn, tổ trưởng tổ dân phố" : ORGS[i % ORGS.length];
        String name = FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 10) % MIDDLE.length] + " " + GIVEN[(i / 3) % GIVEN.length]
                + " " + GIVEN[i % GIVEN.length];
        return new ArrayList<>(List.of(area(prefix, i / 10), "2024", "", name, i % 2 == 0 ? "Nam" : "Nữ",
                Integer.toString(1950 + i % 50), i % 7 == 0 ? "Tày" : "Kinh", i % 5 == 0 ? "Phật giáo" : "",
                i % 3 == 0 ? "có" : "không", i % 4 == 0 ? "09" + String.format("%08d", i) : "", position, organisation,
                i % 2 == 0 ? "15/10/2024" : "2024-10-15", "13/QĐ-MTTQ"));
    }

    static String quote(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private JsonNode importAndWait(byte[] file, String name) throws Exception {
        TestHttp.Response started = upload("can-bo-ba-ria", file, name);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode job = started.json();
        assertThat(job.get("total").asInt()).isPositive();
        assertThat(job.get("processed").asInt()).isBetween(0, job.get("total").asInt());
        String url = "/api/units/26560/roster-imports/" + job.get("jobId").asText();
        if (!job.get("status").asText().equals("DONE")) {
            assertThat(job.get("status").asText()).isEqualTo("RUNNING");
            // every state seen on the way is checked: a failed assertion ends the wait at once
            job = await("the import of " + name + " to finish").atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                    .until(() -> {
                        TestHttp.Response polled = get("can-bo-ba-ria", url);
                        assertThat(polled.status()).isEqualTo(200);
                        JsonNode seen = polled.json();
                        assertThat(seen.get("processed").asInt()).isLessThanOrEqualTo(seen.get("total").asInt());
                        if (!seen.get("status").asText().equals("DONE")) {
                            assertThat(seen.get("status").asText()).isEqualTo("RUNNING");
                        }
                        return seen;
                    }, seen -> seen.get("status").asText().equals("DONE"));
        }
        assertThat(get("can-bo-hcm", "/api/units/26506/roster-imports/" + job.get("jobId").asText()).status())
                .as("another commune's job").isEqualTo(404);
        return job;
    }

    private TestHttp.Response upload(String account, byte[] file, String name) throws Exception {
        String boundary = "----doanket" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return as(account).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .post("/api/units/26560/roster-imports", body.toByteArray());
    }

    private TestHttp.Response get(String account, String path) {
        return as(account).get(path);
    }

    private TestHttp as(String account) {
        return TestHttp.to("http://127.0.0.1:" + port).as(SharedInfrastructure.get().identity().bearer(account));
    }
}
