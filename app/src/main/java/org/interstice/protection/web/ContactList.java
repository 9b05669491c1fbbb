package org.interstice.protection.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.interstice.protection.triage.Contacts.Contact;

/** A list of contacts: the MASH's triage list or one agency's own contacts with their outcomes. */
public record ContactList(String title, List<Contact> contacts, LocalDate today, Map<UUID, String> agencies,
                          boolean triage) {

    public String agency(UUID id) {
        return id == null ? "" : agencies.getOrDefault(id, "Unknown agency");
    }

    public boolean decisionOverdue(Contact contact) {
        return !contact.decided() && today.isAfter(contact.decisionDueOn());
    }
}
