package vn.doanket.conference.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.doanket.conference.api.Outcome;

/** The answer of a creating request: 201 when created, 200 when it was there already with the same content. */
final class Created {

    private Created() {
    }

    static <T> ResponseEntity<T> answer(Outcome outcome, T body) {
        return ResponseEntity.status(outcome == Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK).body(body);
    }
}
