package org.interstice.identity.web;

/** A person being added by hand, as typed. */
public record PersonForm(String givenName, String familyName, String dob, String sex, String ethnicity,
                         String postcode, String address, String nhsNumber) {
}
