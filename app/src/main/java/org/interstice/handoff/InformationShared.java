package org.interstice.handoff;

/** Golden rule 7: what was shared, why, on what lawful basis and with what consent position. */
public record InformationShared(String whatWasShared, String purpose, LawfulBasis lawfulBasis, Consent consent) {

    /** Why this record is incomplete, or null when it is complete. */
    public String problem() {
        if (whatWasShared == null || whatWasShared.isBlank()) {
            return "Say what information was shared";
        }
        if (purpose == null || purpose.isBlank()) {
            return "Say why the information was shared";
        }
        if (lawfulBasis == null) {
            return "Choose the lawful basis for sharing";
        }
        if (consent == null) {
            return "Choose the consent position";
        }
        return null;
    }
}
