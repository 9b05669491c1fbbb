package org.interstice.web;

/** A headline number on the home page; {@code href} may be null when there is nothing to follow. */
public record Figure(String label, long value, String href) {
}
