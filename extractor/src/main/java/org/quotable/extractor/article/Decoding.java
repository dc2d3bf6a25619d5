package org.quotable.extractor.article;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns input bytes into text: byte order mark first, then the declared charset, then UTF-8. Invalid byte sequences
 * become U+FFFD and are counted, so the caller can report them. Stateless and thread-safe.
 */
final class Decoding {
    private Decoding() {}

    /** Decoded text, the charset used, and how many invalid byte sequences were replaced (the first at a byte offset). */
    record Decoded(String text, Charset charset, int replaced, long firstBadByte) {
        /** The warning to report when bytes were replaced, in words a user can act on. */
        String replacementReason() {
            return replaced + " invalid " + charset.name() + " byte sequence" + (replaced == 1 ? "" : "s")
                    + " replaced by U+FFFD (first at byte " + firstBadByte + "); re-save the file as "
                    + charset.name() + " or declare its real encoding";
        }
    }

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_TYPE_CHARSET = Pattern.compile(
            "charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    /** Decodes {@code bytes} as UTF-8, or as their byte order mark says. */
    static Decoded decode(byte[] bytes) {
        return decode(bytes, 0, bytes.length, null);
    }

    /** Decodes {@code bytes[from, to)}: BOM first, then {@code declared}, then UTF-8. */
    static Decoded decode(byte[] bytes, int from, int to, @Nullable Charset declared) {
        Charset charset = declared == null ? StandardCharsets.UTF_8 : declared;
        int start = from;
        if (startsWith(bytes, from, to, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            start += 3;
        } else if (startsWith(bytes, from, to, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            start += 2;
        } else if (startsWith(bytes, from, to, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            start += 2;
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, to - start);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16,
                (long) ((to - start) * (double) decoder.maxCharsPerByte()) + 16));
        int replaced = 0;
        long firstBad = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                if (replaced++ == 0) firstBad = in.position() - from;
                out.put('\uFFFD');
                in.position(in.position() + result.length());
            } else if (result.isUnderflow()) {
                decoder.flush(out);
                break;
            } else {
                // overflow cannot happen: out holds maxCharsPerByte chars for every byte
                throw new IllegalStateException("decoder overflow in " + charset + ": " + result);
            }
        }
        out.flip();
        return new Decoded(out.toString(), charset, replaced, firstBad);
    }

    /** Whether the bytes start with a byte order mark. */
    static boolean hasBom(byte[] bytes) {
        return startsWith(bytes, 0, bytes.length, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0, bytes.length, 0xFE, 0xFF)
                || startsWith(bytes, 0, bytes.length, 0xFF, 0xFE);
    }

    /** The charset an HTML page declares in a {@code <meta charset>} or {@code http-equiv} tag near its start. */
    static Optional<Charset> htmlMetaCharset(byte[] page) {
        String head = new String(page, 0, Math.min(page.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) return Optional.empty();
        // A page that can be read as ASCII to find its meta tag is not UTF-16 or UTF-32, whatever the tag says.
        if (m.group(1).toLowerCase(Locale.ROOT).startsWith("utf-16") || m.group(1).toLowerCase(Locale.ROOT).startsWith("utf-32"))
            return Optional.of(StandardCharsets.UTF_8);
        return charset(m.group(1));
    }

    /** The charset parameter of an HTTP {@code Content-Type} value. */
    static Optional<Charset> contentTypeCharset(@Nullable String contentType) {
        if (contentType == null) return Optional.empty();
        Matcher m = CONTENT_TYPE_CHARSET.matcher(contentType);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    /** The charset of this name; HTML's rule that ISO-8859-1 and US-ASCII mean windows-1252 is applied. */
    static Optional<Charset> charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii"))
            n = "windows-1252";
        if (n.equals("utf8")) n = "utf-8";
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The offset of the first NUL byte in the first 8 KiB, which marks binary data, or -1 (UTF-16 excepted). */
    static int binaryOffset(byte[] bytes, int length) {
        if (hasBom(bytes)) return -1;
        for (int i = 0; i < Math.min(length, 8192); i++) if (bytes[i] == 0) return i;
        return -1;
    }

    private static boolean startsWith(byte[] bytes, int from, int to, int... prefix) {
        if (to - from < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((bytes[from + i] & 0xFF) != prefix[i]) return false;
        return true;
    }
}
