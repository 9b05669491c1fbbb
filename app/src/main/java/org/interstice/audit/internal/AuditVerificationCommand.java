package org.interstice.audit.internal;

import org.interstice.audit.AuditTrail;
import org.interstice.audit.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar interstice.jar --verify-audit}: verifies the whole audit chain, prints the result and exits
 * with status 0 when intact, 1 when an entry was altered (naming the first broken entry).
 */
@Component
@Order(100)
public class AuditVerificationCommand implements ApplicationRunner, ExitCodeGenerator {

    static final String ARGUMENT = "--verify-audit";

    private final AuditTrail trail;
    private int exitCode;

    AuditVerificationCommand(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption("verify-audit")) {
            return;
        }
        ChainVerification result = trail.verify();
        if (result.valid()) {
            exitCode = 0;
            System.out.println("Audit chain intact: " + result.entries() + " entries verified.");
        } else {
            System.out.println("Audit chain BROKEN at entry " + result.firstBrokenEntry() + " of "
                    + result.entries() + ". " + result.problem());
            exitCode = 1;
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
