package org.interstice.signals.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.interstice.agency.Viewer;
import org.interstice.signals.NewSignal;
import org.interstice.signals.SignalIntake;
import org.interstice.signals.SignalRefusal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agencies' systems send signals here with their agency token. {@code 201 {"id", "subjectId"}} for a new signal,
 * {@code 200} with the same body for a repeat of the agency's reference, {@code 422} naming the field otherwise.
 */
@RestController
@PreAuthorize("hasRole('API')")
class SignalsApi {

    /** The person when the child's subject id is not known; resolved through identity like an imported record. */
    record PersonRequest(@JsonProperty("given_name") String givenName, @JsonProperty("family_name") String familyName,
                         String dob, @JsonProperty("nhs_number") String nhsNumber, String upn,
                         @JsonProperty("pnc_id") String pncId, String postcode) {
    }

    record SignalRequest(String kind, String sourceId, String subjectId, PersonRequest person, String occurredAt,
                         String endedAt, String place, Boolean exploitationIndicator, String summary) {
    }

    private final SignalIntake intake;

    SignalsApi(SignalIntake intake) {
        this.intake = intake;
    }

    @PostMapping("/api/v1/signals")
    @PreAuthorize("hasRole('API')")
    ResponseEntity<?> receive(@RequestBody SignalRequest r, Viewer viewer) {
        if (viewer.agencyId() == null) {
            ProblemDetail forbidden = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "A signal comes from an agency: use your agency's token");
            forbidden.setTitle("Not an agency");
            return ResponseEntity.status(HttpStatus.FORBIDDEN).body(forbidden);
        }
        PersonRequest p = r.person();
        NewSignal.Person person = p == null ? null : new NewSignal.Person(p.givenName(), p.familyName(),
                TimeInput.date(p.dob(), "person.dob"), p.nhsNumber(), p.upn(), p.pncId(), p.postcode());
        SignalIntake.Recorded recorded = intake.record(viewer, new NewSignal(r.kind(), r.sourceId(),
                TimeInput.uuid(r.subjectId(), "subjectId"), person, TimeInput.dateTime(r.occurredAt(), "occurredAt"),
                TimeInput.dateTime(r.endedAt(), "endedAt"), r.place(), Boolean.TRUE.equals(r.exploitationIndicator()),
                r.summary()), SignalIntake.Via.API);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", recorded.id());
        body.put("subjectId", recorded.subjectId());
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/v1/signals/" + recorded.id())).body(body)
                : ResponseEntity.ok(body);
    }

    @ExceptionHandler(SignalRefusal.class)
    ResponseEntity<ProblemDetail> refused(SignalRefusal refusal) {
        return problem(refusal.field(), refusal.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem("body", "Send the signal as a JSON object; one of its values has the wrong type");
    }

    private static ResponseEntity<ProblemDetail> problem(String field, String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, reason);
        problem.setTitle("The signal was not recorded");
        if (field != null) {
            problem.setProperty("field", field);
        }
        return ResponseEntity.unprocessableContent().body(problem);
    }
}
