package org.interstice.demo.internal;

import org.interstice.agency.Accounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;

/**
 * The demo users' password: {@code INTERSTICE_DEMO_PASSWORD} when set, otherwise generated for this first start and
 * printed once in the log. It is a secret, so it comes from {@link SecureRandom}. Exists only in demo mode.
 */
@Component
public class DemoPassword {

    private static final Logger log = LoggerFactory.getLogger(DemoPassword.class);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final String value;
    private final boolean generated;

    DemoPassword(@Value("${interstice.demo.password:}") String configured) {
        if (configured != null && !configured.isBlank()) {
            // Checked here, when the application starts and before anything is seeded: a password the policy refuses
            // would otherwise leave the demo without its users and fail later, far from the cause.
            Accounts.passwordRefusal(configured).ifPresent(rule -> {
                throw new IllegalStateException("INTERSTICE_DEMO_PASSWORD does not meet the password policy: " + rule);
            });
            this.value = configured;
            this.generated = false;
        } else {
            SecureRandom random = new SecureRandom();
            StringBuilder password = new StringBuilder();
            for (int i = 0; i < 16; i++) {
                if (i > 0 && i % 4 == 0) {
                    password.append('-');
                }
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            this.value = password.toString();
            this.generated = true;
        }
    }

    public String value() {
        return value;
    }

    public void announce(int users) {
        if (generated) {
            log.warn("Demo password for these {} users (shown once, not stored): {}", users, value);
        } else {
            log.info("Demo users' password is the value of INTERSTICE_DEMO_PASSWORD");
        }
    }
}
