package org.quotable.schema;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of text, as used for text hashes and deterministic ids. Thread-safe. */
public final class Digests {
    private Digests() {}

    // One digest per thread, reused (digest() resets it): looking one up costs more than hashing a quote id.
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(Digests::sha256);
    private static final HexFormat HEX = HexFormat.of();

    /** The lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        return HEX.formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The first {@code 2 * bytes} hex digits of {@link #sha256Hex}: what {@code sha256Hex(text).substring(0, 2 * bytes)}
     * gives, without the hex of the rest (ids keep 16 digits of 64, and one is made for every quote).
     */
    public static String sha256HexPrefix(String text, int bytes) {
        return HEX.formatHex(SHA256.get().digest(text.getBytes(StandardCharsets.UTF_8)), 0, bytes);
    }

    /** A new SHA-256 digest; every JVM is required to provide one. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This JVM has no SHA-256, which the Java SE specification requires", e);
        }
    }
}
