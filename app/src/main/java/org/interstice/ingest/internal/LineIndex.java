package org.interstice.ingest.internal;

import java.util.Arrays;

/** Turns a byte offset into the line number a text editor shows (LF, CRLF and a lone CR each end a line). */
final class LineIndex {

    private final byte[] bytes;
    private int[] starts;
    private int count;

    LineIndex(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The 1-based line holding the byte at {@code offset}. */
    int lineOf(int offset) {
        if (starts == null) {
            index();
        }
        int i = Arrays.binarySearch(starts, 0, count, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    private void index() {
        starts = new int[64];
        add(0);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                add(i + 1);
            }
        }
    }

    private void add(int start) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = start;
    }
}
