package org.quotable.extractor.article;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with one input, reported instead of stopping the batch. Immutable.
 *
 * @param file     the input file, as given
 * @param location where in the file ("line 3", "record 2"), or null for the whole file
 * @param reason   what is wrong, in words a user can act on
 * @param severity whether the article was lost ({@link Severity#ERROR}) or read with a repair ({@link Severity#WARNING})
 */
public record ArticleProblem(String file, @Nullable String location, String reason, Severity severity) {

    /** How bad a problem is. */
    public enum Severity {
        /** The article or file was skipped. */
        ERROR,
        /** The article was read, but something was repaired or guessed (e.g. invalid bytes replaced). */
        WARNING
    }

    public ArticleProblem {
        requireNonNull(file, "file");
        requireNonNull(reason, "reason");
        requireNonNull(severity, "severity");
    }

    /** An error that cost an article or a whole file. */
    public static ArticleProblem error(String file, @Nullable String location, String reason) {
        return new ArticleProblem(file, location, reason, Severity.ERROR);
    }

    /** A repair that let the article through. */
    public static ArticleProblem warning(String file, @Nullable String location, String reason) {
        return new ArticleProblem(file, location, reason, Severity.WARNING);
    }

    /** {@code file:line 3: reason}, the form CI log viewers link. */
    @Override public String toString() {
        return location == null ? file + ": " + reason : file + ":" + location + ": " + reason;
    }
}
