package org.fazhi.sheets;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a CSV file is in. Excel on Chinese Windows saves "CSV" in GBK and "CSV UTF-8" with
 * a byte-order mark; other tools write UTF-8 without one. So: a BOM means UTF-8 (or UTF-16, from
 * "Unicode text"); else bytes that are valid UTF-8 are UTF-8; anything else is GBK.
 */
public final class TextDecoding {
    public static final Charset GBK = Charset.forName("GBK");

    private TextDecoding() {
    }

    /** The encoding and how many bytes of byte-order mark to skip. */
    public record Detected(Charset charset, int skip) {
    }

    public static Detected detect(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return new Detected(isUtf8(b, 0) ? StandardCharsets.UTF_8 : GBK, 0);
    }

    /** Whether the bytes from {@code offset} on decode as UTF-8 without a single error. */
    public static boolean isUtf8(byte[] b, int offset) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b, offset, b.length - offset);
        // Decoded into a small buffer over and over: a 50 MB file need not become 100 MB of chars to be checked.
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult r = d.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            out.clear();
            if (r.isUnderflow()) {
                return !d.flush(out).isError();
            }
        }
    }

    /** The text of {@code b} in the charset {@link #detect} finds (UTF-8 with or without BOM, else GBK). */
    public static String decode(byte[] b) {
        Detected d = detect(b);
        return new String(b, d.skip(), b.length - d.skip(), d.charset());
    }
}
