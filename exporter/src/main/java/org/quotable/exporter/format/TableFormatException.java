package org.quotable.exporter.format;

/**
 * A data file that does not match its table: wrong header, wrong type, missing value, unreadable bytes. The
 * message names the file, the place in it (line or row) and the reason.
 */
public final class TableFormatException extends java.io.IOException {
    private static final long serialVersionUID = 1L;

    private final String file;

    /**
     * @param file     the file, as the user named it
     * @param position where in the file, e.g. "line 12" or "row 7"; empty when it concerns the whole file
     * @param reason   what is wrong and, where it helps, what to do
     */
    public TableFormatException(String file, String position, String reason) {
        super(position.isEmpty() ? file + ": " + reason : file + " (" + position + "): " + reason);
        this.file = file;
    }

    public TableFormatException(String file, String position, String reason, Throwable cause) {
        this(file, position, reason);
        initCause(cause);
    }

    /** The file the problem is in. */
    public String file() { return file; }
}
