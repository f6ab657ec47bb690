package vn.doanket.feedback.web;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.feedback.query.DeadlinePreviews;
import vn.doanket.feedback.query.DeadlinePreviews.DeadlinePreview;

import java.time.LocalDate;

/**
 * The deadline a forwarding would get, before forwarding: {@code workingDays} Vietnamese working days after
 * {@code from} on the official calendar of those years (2019–2035), with the weekends and holidays skipped.
 * For signed-in officers, like the other feedback reads.
 */
@RestController
public class DeadlinePreviewController {

    private final DeadlinePreviews previews;

    public DeadlinePreviewController(DeadlinePreviews previews) {
        this.previews = previews;
    }

    /**
     * E.g. {@code GET /api/deadlines/preview?from=2023-01-17&workingDays=10} → deadline {@code 2023-02-07}
     * (Tết 2023 and weekends skipped).
     *
     * @param from        the day counting starts after (ISO date), e.g. the day of forwarding
     * @param workingDays 1–365
     */
    @GetMapping("/api/deadlines/preview")
    @PreAuthorize(PetitionController.READ)
    public DeadlinePreview preview(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                   @RequestParam int workingDays) {
        return previews.preview(from, workingDays);
    }
}
