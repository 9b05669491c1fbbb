package org.interstice.agency;

/**
 * Published (synchronously, inside the changing transaction) when an administrator changes accounts or API tokens,
 * so that the change is audited in the same transaction.
 */
public record AccountsChanged(Viewer by, String action, String resourceType, String resourceId) {
}
