package org.interstice.ingest.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Strict UTF-8: bytes that are not UTF-8 (Latin-1 or Windows-1252 letters, overlong forms, encoded surrogates, cut
 * sequences) are reported with their byte offset, never replaced.
 */
final class Utf8 {

    private static final ThreadLocal<CharsetDecoder> DECODER = ThreadLocal.withInitial(Utf8::decoder);

    private Utf8() {
    }

    /** The text of bytes {@code from} to {@code to}, or null with the offset of the first bad byte in {@code bad[0]}. */
    static String decode(byte[] bytes, int from, int to, int[] bad) {
        if (ascii(bytes, from, to)) {
            // every byte below 0x80 is a whole UTF-8 character, the same in ISO-8859-1: the fast, exact case
            return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = DECODER.get().reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            bad[0] = in.position();
            return null;
        }
        return out.flip().toString();
    }

    private static boolean ascii(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The length of a UTF-8 byte-order mark at the start of the bytes (skipped by the readers), or 0. */
    static int bomLength(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }

    /** Whether the bytes look like UTF-16 or UTF-32: a byte-order mark, or NUL bytes between the first letters. */
    static boolean looksLikeUtf16(byte[] b) {
        int first = b.length > 0 ? b[0] & 0xFF : -1;
        int second = b.length > 1 ? b[1] & 0xFF : -1;
        if ((first == 0xFF && second == 0xFE) || (first == 0xFE && second == 0xFF)) {
            return true;
        }
        return b.length >= 4 && ((b[0] == 0 && b[1] != 0 && b[2] == 0 && b[3] != 0)
                || (b[0] != 0 && b[1] == 0 && b[2] != 0 && b[3] == 0)
                || (b[0] == 0 && b[1] == 0 && (b[2] & 0xFF) == 0xFE && (b[3] & 0xFF) == 0xFF));
    }

    /** The bytes as text to show in an error report, each bad byte written as [byte 0xE9], cut when long. */
    static String shown(byte[] bytes, int from, int to) {
        int limit = FieldText.SHOWN * 4;
        boolean cut = to - from > limit;
        CharsetDecoder decoder = decoder();
        ByteBuffer in = ByteBuffer.wrap(bytes, from, Math.min(to - from, limit));
        CharBuffer out = CharBuffer.allocate(in.remaining());
        StringBuilder text = new StringBuilder();
        while (in.hasRemaining()) {
            CoderResult result = decoder.decode(in, out, !cut);
            text.append(FieldText.escape(out.flip().toString()));
            out.clear();
            if (!result.isError()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                text.append(String.format(Locale.ROOT, "[byte 0x%02X]", bytes[in.position()] & 0xFF));
                in.position(in.position() + 1);
            }
        }
        if (cut) {
            text.append(String.format(Locale.UK, "… (%,d bytes in all)", to - from));
        }
        return text.toString();
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
