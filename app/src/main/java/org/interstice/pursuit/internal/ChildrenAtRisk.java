package org.interstice.pursuit.internal;

import org.interstice.pursuit.*;
import java.util.List;
import org.interstice.intelligence.SuspectEvidence;

/**
 * Which of the children linked to a suspect are at risk. Owned by pursuit so that the protection module's risk
 * assessments can be added behind it without changing the alarm.
 */
public interface ChildrenAtRisk {

    List<SuspectEvidence.ChildLink> atRisk(SuspectEvidence.Evidence evidence);
}
