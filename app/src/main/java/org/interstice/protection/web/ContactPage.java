package org.interstice.protection.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interstice.protection.config.ReferenceCodes.Code;
import org.interstice.protection.triage.Contacts.Contact;
import org.interstice.protection.triage.Outcome;

/** One contact: what was reported, its rating, and the MASH decision (or the form to make it). */
public record ContactPage(Contact contact, String referralSourceLabel, String primaryNeedLabel,
                          Map<UUID, String> agencies, Map<UUID, String> teams, List<Rag> rags,
                          List<Outcome> outcomes, List<Code> primaryNeeds, boolean canDecide, UUID viewerTeam,
                          FormError error) {

    /** A RAG rating as configured. */
    public record Rag(String code, String label, String meaning, int completionHours) {
    }

    public String agency(UUID id) {
        return id == null ? "" : agencies.getOrDefault(id, "Unknown agency");
    }
}
