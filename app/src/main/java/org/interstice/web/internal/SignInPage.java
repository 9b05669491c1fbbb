package org.interstice.web.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Duration;
import java.util.Map;

/** The sign-in form. Spring Security processes the POST to the same path. */
@Controller
class SignInPage {

    private final int attempts;
    private final Duration lockFor;

    SignInPage(@Value("${interstice.security.lockout.attempts:5}") int attempts,
               @Value("${interstice.security.lockout.duration:15m}") Duration lockFor) {
        this.attempts = attempts;
        this.lockFor = lockFor;
    }

    @GetMapping("/sign-in")
    @PreAuthorize("permitAll()")
    String signIn(@RequestParam Map<String, String> parameters, Model model) {
        boolean locked = parameters.containsKey("locked");
        boolean error = parameters.containsKey("error");
        boolean signedOut = parameters.containsKey("signedOut");
        boolean throttled = parameters.containsKey("throttled");
        String problem = null;
        if (throttled) {
            problem = "There have been too many failed sign-in attempts from your network. Try again in "
                    + lockFor.toMinutes() + " minutes.";
        } else if (locked) {
            problem = "This account is locked after " + attempts + " failed sign-in attempts. Try again in "
                    + lockFor.toMinutes() + " minutes, or ask your system administrator to help.";
        } else if (error) {
            problem = "Enter a correct username and password. After " + attempts
                    + " failed attempts the account is locked for " + lockFor.toMinutes() + " minutes.";
        }
        model.addAttribute("problem", problem);
        model.addAttribute("notice", signedOut ? "You have signed out." : null);
        return "sign-in";
    }

    /** Signing out is a POST (CSRF-protected); this page offers the button for anyone who arrives by link. */
    @GetMapping("/sign-out")
    @PreAuthorize("isAuthenticated()")
    String signOut() {
        return "sign-out";
    }
}
