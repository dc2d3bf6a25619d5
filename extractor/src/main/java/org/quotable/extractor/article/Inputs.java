package org.quotable.extractor.article;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/** Opening input files, gzip or not, and reading them within the size limit. Stateless. */
final class Inputs {
    private Inputs() {}

    /** The file name in lower case without a {@code .gz} suffix: what the format is chosen by. */
    static String formatName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return isGzip(file) ? name.substring(0, name.length() - 3) : name;
    }

    static boolean isGzip(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** The file's bytes, decompressed when its name ends in {@code .gz}. */
    static InputStream open(Path file, String shown) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        return isGzip(file) ? gunzip(raw, shown) : raw;
    }

    /** The decompressed bytes of a gzip stream, which is closed if it is not gzip data. */
    static InputStream gunzip(InputStream raw, String shown) throws IOException {
        try {
            return new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16);
        } catch (EOFException e) {
            raw.close();
            throw new ArticleFormatException(ArticleProblem.error(shown, null, "the file is empty; expected gzip data"), e);
        } catch (ZipException e) {
            raw.close();
            throw new ArticleFormatException(ArticleProblem.error(shown, null,
                    "not gzip data, though the name ends in .gz (" + e.getMessage() + "); rename or recompress it"), e);
        }
    }

    /**
     * Reads the whole stream, or fails when it holds more than {@code limit} bytes.
     *
     * @throws ArticleFormatException naming the file for a truncated or corrupt gzip stream, or a file over the limit
     */
    static byte[] readAll(InputStream in, long limit, String shown, @Nullable String location) throws IOException {
        var out = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit)
                    throw new ArticleFormatException(ArticleProblem.error(shown, location,
                            "the input is over the size limit of " + limit + " bytes"));
                out.write(buffer, 0, n);
            }
        } catch (ArticleFormatException e) {
            throw e;
        } catch (IOException e) {
            throw damaged(e, shown, location);
        }
        return out.toByteArray();
    }

    /**
     * The reason an exception gives, in words a user can act on: no Java class names, and for file system errors
     * the operating system's reason ("Permission denied", "No space left on device").
     */
    static String reason(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        String message = e.getMessage();
        if (e instanceof NumberFormatException)
            return "a malformed number" + (message == null ? "" : " (" + message.replace("For input string: ", "") + ")");
        if (e instanceof java.io.EOFException) return message == null ? "the data ends too early" : "the data ends too early: " + message;
        if (message == null || message.isBlank()) return "an unexpected " + e.getClass().getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT);
        return message;
    }

    /** The problem for an exception while reading decompressed data: a truncated or corrupt gzip stream, or I/O. */
    static ArticleFormatException damaged(IOException e, String shown, @Nullable String location) {
        String reason;
        if (e instanceof EOFException) reason = "the gzip stream is truncated (" + e.getMessage() + "); the file was cut short";
        else if (e instanceof ZipException) reason = "the gzip data is corrupt (" + e.getMessage() + ")";
        else reason = "the file could not be read: " + reason(e);
        return new ArticleFormatException(ArticleProblem.error(shown, location, reason), e);
    }
}
