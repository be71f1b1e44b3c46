package org.timeatlas.atlas.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes the bytes of an atlas file as UTF-8, strictly: a UTF-8 byte-order mark (as Windows Notepad writes)
 * is skipped; UTF-16 and UTF-32 text and bytes that are not UTF-8 are problems at their line and column.
 */
final class Utf8Text {

    private Utf8Text() {
    }

    /** The text, or null after adding a problem. */
    static CharBuffer decode(byte[] bytes, String name, List<Problem> problems) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf) {
            start = 3;
        } else if (isUtf16or32(bytes)) {
            problems.add(new Problem(name, 1, 1, "the file is UTF-16 or UTF-32 text; save it as UTF-8"));
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int[] place = lineAndColumn(out.array(), out.position());
            problems.add(new Problem(name, place[0], place[1], String.format(
                    "not valid UTF-8 text (the byte 0x%02X cannot stand here); save the file as UTF-8",
                    bytes[in.position()] & 0xff)));
            return null;
        }
        out.flip();
        return out;
    }

    private static boolean isUtf16or32(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff
                || (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe)) {
            return true;
        }
        // JSON starts with an ASCII character: a zero byte beside it means two or four bytes per character
        return bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0);
    }

    /** Line and column (1-based, as Jackson counts them: \n, \r and \r\n end a line) after {@code length} chars. */
    static int[] lineAndColumn(char[] chars, int length) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < length; i++) {
            char c = chars[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= length || chars[i + 1] != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, length - lineStart + 1};
    }
}
