package org.interstice.handoff.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.interstice.handoff.Consent;
import org.interstice.handoff.HandoffKind;
import org.interstice.handoff.InformationShared;
import org.interstice.handoff.LawfulBasis;
import org.interstice.handoff.Urgency;

/** The send form as typed, with field-level checks. */
public record SendForm(HandoffKind kind, Urgency urgency, UUID subject, UUID toAgency, UUID toTeam, String summary,
        String whatWasShared, String purpose, LawfulBasis lawfulBasis, Consent consent) {

    Map<String, String> errors() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null) {
            errors.put("kind", "Choose what kind of hand-off this is");
        }
        if (urgency == null) {
            errors.put("urgency", "Choose how urgent this is");
        }
        if (toAgency == null) {
            errors.put("toAgency", "Choose the agency you are handing off to");
        }
        if (summary == null || summary.isBlank()) {
            errors.put("summary", "Say what you are asking the other agency to do");
        }
        if (sharesInformation()) {
            if (blank(whatWasShared)) {
                errors.put("whatWasShared", "Say what information you are sharing");
            }
            if (blank(purpose)) {
                errors.put("purpose", "Say why you are sharing it");
            }
            if (lawfulBasis == null) {
                errors.put("lawfulBasis", "Choose the lawful basis for sharing");
            }
            if (consent == null) {
                errors.put("consent", "Choose the consent position");
            }
        }
        return errors;
    }

    boolean sharesInformation() {
        return !blank(whatWasShared) || !blank(purpose) || lawfulBasis != null || consent != null;
    }

    InformationShared share() {
        return sharesInformation() ? new InformationShared(whatWasShared, purpose, lawfulBasis, consent) : null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public String value(String s) {
        return s == null ? "" : s;
    }
}

