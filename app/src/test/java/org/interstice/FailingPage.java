package org.interstice;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Test-only: a page that fails, to prove users see the GOV.UK 500 page and never the exception. */
@Controller
class FailingPage {

    static final String SECRET = "secret-detail-that-must-not-leak";

    @GetMapping("/test-only/failure/{kind}")
    @PreAuthorize("isAuthenticated()")
    String fail(@PathVariable String kind) {
        throw new IllegalStateException(SECRET + " " + kind);
    }
}
