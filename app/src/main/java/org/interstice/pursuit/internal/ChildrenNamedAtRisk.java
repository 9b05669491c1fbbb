package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.util.List;
import org.interstice.intelligence.SuspectEvidence;
import org.springframework.stereotype.Component;

/** A child named in intelligence as at risk, alongside or linked to the suspect, is a child at risk. */
@Component
class ChildrenNamedAtRisk implements ChildrenAtRisk {

    @Override
    public List<SuspectEvidence.ChildLink> atRisk(SuspectEvidence.Evidence evidence) {
        return evidence.children();
    }
}
