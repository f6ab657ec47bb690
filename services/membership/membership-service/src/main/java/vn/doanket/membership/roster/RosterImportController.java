package vn.doanket.membership.roster;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doanket.events.error.DomainException;
import vn.doanket.security.Callers;
import vn.doanket.security.RoleGroups;

import java.io.IOException;
import java.util.List;

/**
 * Roster import of a commune's committees (CSV or XLSX, see {@link RosterColumns}): the upload answers 202 with a job;
 * {@code GET .../roster-imports/{jobId}} shows progress (processed/total) and every refused row with its row number,
 * column and reason in Vietnamese and English. Re-importing the same file changes nothing.
 */
@RestController
@RequestMapping("/api/units/{communeCode}/roster-imports")
public class RosterImportController {

    static final String RULE = RoleGroups.RECORDERS + " and @scope.require(#communeCode)";
    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final RosterImportJobs jobs;

    public RosterImportController(RosterImportJobs jobs) {
        this.jobs = jobs;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize(RULE)
    public RosterImportJobs.JobView upload(@PathVariable String communeCode, @RequestParam(value = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null) {
            throw DomainException.invalid("missing-file", "Thiếu tệp danh sách (trường “file”, multipart/form-data)",
                    "The roster file is missing (part “file”, multipart/form-data)");
        }
        if (file.isEmpty() || file.getSize() > MAX_BYTES) {
            throw DomainException.invalid("roster-size", "Tệp trống hoặc lớn hơn 10 MB", "The file is empty or larger than 10 MB");
        }
        if (communeCode.length() != 5) {
            throw DomainException.invalid("roster-commune", "Danh sách được nhập theo xã/phường", "Rosters are imported per commune");
        }
        byte[] content = file.getBytes();
        List<RosterFile.RawRow> rows = RosterFile.parse(file.getOriginalFilename(), content);
        return jobs.start(communeCode, file.getOriginalFilename(), content, rows, Callers.require().actor());
    }

    @GetMapping("/{jobId}")
    @PreAuthorize(RULE)
    public RosterImportJobs.JobView job(@PathVariable String communeCode, @PathVariable String jobId) {
        return jobs.find(communeCode, jobId).orElseThrow(() -> DomainException.notFound("import-not-found",
                "Không tìm thấy lượt nhập này", "No such import"));
    }
}
