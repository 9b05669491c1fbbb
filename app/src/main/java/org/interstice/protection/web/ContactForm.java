package org.interstice.protection.web;

import java.util.List;

import org.interstice.protection.child.ChildSummary;
import org.interstice.protection.config.ReferenceCodes.Code;

/** The make-a-contact form, with what was typed when it is shown again after a refusal. */
public record ContactForm(ChildSummary child, String childName, String childBirthDate, String referralSource,
                          String concern, List<Code> referralSources, FormError error,
                          String search, List<org.interstice.identity.SubjectSummary> known) {
}
