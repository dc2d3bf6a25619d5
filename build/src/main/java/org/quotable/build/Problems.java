package org.quotable.build;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Reasons of file system failures in words a user can act on, without Java class names. Stateless. */
public final class Problems {
    private Problems() {}

    /** "permission denied", "no such file or folder", "No space left on device", … */
    public static String reason(Throwable e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof NotDirectoryException) return "not a folder";
        if (e instanceof FileAlreadyExistsException) return "a file of that name is in the way";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    /** "path: reason" for a file system failure; the message otherwise. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null)
            return fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile()) + ": " + reason(e);
        return reason(e);
    }
}
