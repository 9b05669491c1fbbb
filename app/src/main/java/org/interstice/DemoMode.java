package org.interstice;

/**
 * Whether this instance runs the synthetic Northbridge demonstration: on by default with the embedded database,
 * off with an external one, overridden by {@code INTERSTICE_DEMO=true|false}.
 */
public record DemoMode(boolean on) {
}
