package org.interstice.linkage.synth;

import java.time.LocalDate;

/**
 * The truth about one generated person, before any agency copies it (with errors) into its records.
 * {@code knownAs}, {@code altFamily}, {@code previousHome} and the identifiers may be null.
 * {@code contactPhone} is the phone an agency holds for the person: a parent's for a young child.
 */
record Person(long index, String truthId, String group, char sex, String given, String knownAs, String family,
              String altFamily, LocalDate dob, Home home, Home previousHome, String phone, String contactPhone,
              String email, String nhsNumber, String upn, String pncId) {

    int ageAt(LocalDate date) {
        return java.time.Period.between(dob, date).getYears();
    }
}
