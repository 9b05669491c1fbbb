package org.interstice.identity.web;

/** What a person search asked for, as typed, and the error to show against the date of birth. */
public record SearchForm(String name, String dob, String postcode, String identifier, int tolerance, String dobError) {
}
