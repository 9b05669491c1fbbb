package org.interstice.handoff.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.interstice.agency.Viewer;
import org.interstice.handoff.HandoffState;
import org.interstice.handoff.internal.HandoffQueries;
import org.interstice.handoff.internal.HandoffQueries.ListedHandoff;
import org.interstice.handoff.internal.HandoffQueries.Listing;
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

    /** Every value {@code state} takes: the lifecycle states, then {@code open} and {@code overdue}. */
    static final List<String> STATES = Stream.concat(
            Arrays.stream(HandoffState.values()).map(s -> s.name().toLowerCase(Locale.ROOT)),
            Stream.of("open", "overdue")).toList();
    static final int MAX_LIMIT = 1000;

    private final HandoffQueries queries;
    private final Clock clock;

    HandoffApi(HandoffQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasRole('API')")
    @Operation(summary = "List hand-offs by state",
            description = "Hand-offs sent or received by the token's agency (or every agency's, for a partnership "
                    + "token) in one lifecycle state, all open ones (sent, acknowledged or accepted) or the overdue "
                    + "ones, with sender, receiver, due time and escalation step. Open ones come by due time, the most "
                    + "pressing first; declined, completed and withdrawn ones latest answered first.")
    @ApiResponse(responseCode = "200", description = "The hand-offs",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = ListedHandoff.class))))
    @ApiResponse(responseCode = "400", description = "A parameter is missing or not one of the allowed values; "
            + "the problem detail names the parameter and the values allowed",
            content = @Content(schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<?> list(Viewer viewer,
            @Parameter(description = "Which hand-offs", required = true, schema = @Schema(allowableValues = {
                    "sent", "acknowledged", "accepted", "declined", "completed", "withdrawn", "open", "overdue"}))
            @RequestParam(required = false) String state,
            @Parameter(description = "At most this many (1 to 1000)", schema = @Schema(defaultValue = "1000"))
            @RequestParam(required = false) String limit,
            @Parameter(description = "Skip this many, for the next page", schema = @Schema(defaultValue = "0"))
            @RequestParam(required = false) String offset) {
        Optional<Listing> listing = listing(state);
        if (listing.isEmpty()) {
            return badRequest("state", state, "must be one of " + String.join(", ", STATES));
        }
        Integer max = number(limit, MAX_LIMIT);
        if (max == null || max < 1 || max > MAX_LIMIT) {
            return badRequest("limit", limit, "must be a whole number from 1 to " + MAX_LIMIT);
        }
        Integer skip = number(offset, 0);
        if (skip == null || skip < 0) {
            return badRequest("offset", offset, "must be a whole number, 0 or more");
        }
        return ResponseEntity.ok(queries.list(viewer, listing.get(), clock.instant(), max, skip));
    }

    static Optional<Listing> listing(String state) {
        if (state == null) {
            return Optional.empty();
        }
        return switch (state.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> Optional.of(Listing.open());
            case "overdue" -> Optional.of(Listing.overdue());
            default -> Arrays.stream(HandoffState.values())
                    .filter(s -> s.name().equalsIgnoreCase(state.strip()))
                    .findFirst().map(Listing::inState);
        };
    }

    private static Integer number(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static ResponseEntity<ProblemDetail> badRequest(String parameter, String given, String rule) {
        String detail = given == null
                ? "The parameter '" + parameter + "' is required; it " + rule + "."
                : "The parameter '" + parameter + "' was '" + given + "'; it " + rule + ".";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid parameter: " + parameter);
        problem.setProperty("parameter", parameter);
        if ("state".equals(parameter)) {
            problem.setProperty("allowed", STATES);
        }
        return ResponseEntity.badRequest().body(problem);
    }
}
