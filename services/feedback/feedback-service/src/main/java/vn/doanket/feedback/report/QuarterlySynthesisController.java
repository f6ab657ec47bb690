package vn.doanket.feedback.report;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.events.error.DomainException;
import vn.doanket.reports.HeaderLanguage;
import vn.doanket.reports.ReportFormat;
import vn.doanket.reports.ReportWriter;
import vn.doanket.security.RoleGroups;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The quarterly synthesis of a unit's opinions and petitions, as JSON, XLSX, PDF or DOCX (Vietnamese by
 * default; {@code lang=en|both}).
 */
@RestController
public class QuarterlySynthesisController {

    static final String READ = RoleGroups.PETITION_READERS;
    private static final List<ReportFormat> FILES = List.of(ReportFormat.XLSX, ReportFormat.PDF, ReportFormat.DOCX);

    private final QuarterlySynthesisService service;

    public QuarterlySynthesisController(QuarterlySynthesisService service) {
        this.service = service;
    }

    @GetMapping("/api/units/{unit}/petitions/synthesis")
    @PreAuthorize(READ + " and @scope.require(#unit)")
    public ResponseEntity<?> synthesis(@PathVariable String unit, @RequestParam String year, @RequestParam String quarter,
                                       @RequestParam(defaultValue = "json") String format,
                                       @RequestParam(defaultValue = "vi") String lang) {
        int y = number(year, 2019, 2100, "invalid-year", "Năm phải từ 2019 đến 2100", "The year must be 2019 to 2100");
        int q = number(quarter, 1, 4, "invalid-quarter", "Quý phải từ 1 đến 4", "The quarter must be 1 to 4");
        HeaderLanguage language;
        try {
            language = HeaderLanguage.parse(lang);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid-language", "Ngôn ngữ phải là vi, en hoặc both",
                    "The language must be vi, en or both");
        }
        String wanted = format.strip().toLowerCase(Locale.ROOT);
        ReportFormat file = null;
        if (!wanted.equals("json")) {
            file = FILES.stream().filter(f -> f.extension().equals(wanted)).findFirst().orElseThrow(() ->
                    DomainException.invalid("invalid-format", "Định dạng phải là json, xlsx, pdf hoặc docx",
                            "The format must be json, xlsx, pdf or docx"));
        }
        QuarterlySynthesis synthesis = service.synthesise(unit, y, q);
        if (file == null) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(synthesis);
        }
        byte[] bytes = ReportWriter.write(QuarterlySynthesisService.document(synthesis), file, language);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(
                        ReportWriter.fileName("bao-cao-tong-hop-" + unit + "-quy-" + q + "-" + y, file),
                        StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private static int number(String text, int min, int max, String code, String vi, String en) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw DomainException.invalid(code, vi, en);
    }
}
