package org.interstice.protection.screening;

/** A configured screening indicator; {@code censusFactor} is the CIN factor at assessment it evidences, if any. */
public record Indicator(String code, Tier tier, String label, String censusFactor) {
}
