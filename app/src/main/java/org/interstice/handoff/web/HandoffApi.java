package org.interstice.handoff.web;

import java.time.Clock;
import java.util.List;

import org.interstice.agency.Viewer;
import org.interstice.handoff.internal.HandoffQueries;
import org.interstice.handoff.internal.HandoffQueries.OverdueHandoff;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hand-offs for agency systems. Sending and receiving agencies see their own; a partnership token sees all. */
@RestController
@RequestMapping("/api/v1/handoffs")
class HandoffApi {

    private final HandoffQueries queries;
    private final Clock clock;

    HandoffApi(HandoffQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Overdue hand-offs with sender, receiver, due time and escalation step. Only {@code state=overdue} for now. */
    @GetMapping
    @PreAuthorize("hasRole('API')")
    ResponseEntity<?> list(Viewer viewer, @RequestParam(required = false) String state) {
        if (!"overdue".equals(state)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "Ask for state=overdue; it is the only listing offered.");
            problem.setTitle("Unsupported state filter");
            return ResponseEntity.badRequest().body(problem);
        }
        List<OverdueHandoff> overdue = queries.overdue(viewer, clock.instant());
        return ResponseEntity.ok(overdue);
    }
}
