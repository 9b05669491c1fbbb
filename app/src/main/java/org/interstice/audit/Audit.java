package org.interstice.audit;

import org.interstice.agency.Viewer;
import org.interstice.audit.internal.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries. Each call joins the caller's transaction, so an entry exists exactly when the change it
 * records does. To audit a read of case-level data: {@code audit.read(viewer, "subject", subjectId);}.
 */
@Component
public class Audit {

    public static final String SUCCESS = "SUCCESS";

    private final AuditLog log;

    Audit(AuditLog log) {
        this.log = log;
    }

    /** Records that the viewer looked at a case-level resource. */
    @Transactional
    public void read(Viewer viewer, String resourceType, Object resourceId) {
        log.append(viewer, "READ", resourceType, resourceId, SUCCESS);
    }

    /** Records a change (action such as "CREATE_REFERRAL") the viewer made to a resource. */
    @Transactional
    public void change(Viewer viewer, String action, String resourceType, Object resourceId) {
        log.append(viewer, action, resourceType, resourceId, SUCCESS);
    }

    /** Records anything else, with its outcome (for example "REFUSED: no plan exists"). */
    @Transactional
    public void record(Viewer viewer, String action, String resourceType, Object resourceId, String outcome) {
        log.append(viewer, action, resourceType, resourceId, outcome);
    }
}
