package org.interstice.audit;

/**
 * The result of checking every entry's hash and its link to the previous entry.
 *
 * @param entries          how many entries were checked
 * @param valid            true when no entry was altered, removed or reordered
 * @param firstBrokenEntry id of the first entry whose hash or link does not verify; null when valid
 * @param problem          what is wrong with that entry; null when valid
 */
public record ChainVerification(long entries, boolean valid, Long firstBrokenEntry, String problem) {
}
