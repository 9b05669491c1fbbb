package org.interstice.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/** GOV.UK-styled error pages (never a stack trace), and problem details for API clients. */
@Controller
@PreAuthorize("permitAll()")
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(status));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @RequestMapping("/error")
    ModelAndView page(HttpServletRequest request) {
        HttpStatus status = status(request);
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("heading", heading(status));
        page.addObject("message", message(status));
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    static String heading(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "You do not have access to this page";
            case NOT_FOUND -> "Page not found";
            case UNAUTHORIZED -> "You need to sign in";
            default -> status.is4xxClientError() ? "There is a problem with your request"
                    : "Sorry, there is a problem with the service";
        };
    }

    static String message(HttpStatus status) {
        return switch (status) {
            case FORBIDDEN -> "Your role does not allow you to see this. If you think you need access, ask your manager.";
            case NOT_FOUND -> "If you typed the web address, check it is correct. If you pasted it, check you copied the entire address.";
            case UNAUTHORIZED -> "Sign in to use this service.";
            default -> status.is4xxClientError() ? "Check what you entered and try again."
                    : "Try again later. The problem has been logged.";
        };
    }
}
