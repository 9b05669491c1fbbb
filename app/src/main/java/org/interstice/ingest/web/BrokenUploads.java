package org.interstice.ingest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * An upload whose multipart body cannot be read is the sender's mistake: 400 (413 when too large) as problem
 * details for the API and the usual error page for pages, never a 500. Spring fails such a request before it picks
 * a controller, so only advice that applies everywhere can catch it (spring-framework#27445).
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrokenUploads {

    private static final Logger log = LoggerFactory.getLogger(BrokenUploads.class);

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(MultipartException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        boolean tooLarge = e instanceof MaxUploadSizeExceededException;
        HttpStatus status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        log.info("Refused an upload that could not be read ({}): {}", status.value(), e.getMessage());
        if (!request.getRequestURI().startsWith("/api/")) {
            response.sendError(status.value());
            return null;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(status, tooLarge
                        ? "the file is larger than the 200 MB an upload may be"
                        : "the upload could not be read: send the extract as the multipart/form-data part 'file'"));
    }
}
