package org.interstice.learning.web;

/** Open actions of one cause, as printed in the report: a count under five is suppressed. */
public record OpenActions(String cause, String count) {
}
