package org.quotable.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotable.extractor.article.ArticleSources;

/**
 * The article files named on a command line or by a dataset's globs, through {@link ArticleSources#files}, with
 * what cannot be found turned into a usage error.
 */
final class InputFiles {
    private InputFiles() {}

    /** The article files under {@code base} that the globs match, sorted. */
    static List<Path> matching(Path base, List<String> globs) {
        try {
            return ArticleSources.files(base, globs);
        } catch (IOException e) {
            throw new QuotableException(ExitCodes.USAGE, base + ": cannot list the input files: " + e.getMessage(), e);
        }
    }

    /** The given files, and the article files inside the given folders, each folder's files sorted. */
    static List<Path> expand(List<Path> inputs) {
        var files = new ArrayList<Path>();
        for (Path input : inputs) {
            if (!Files.exists(input)) throw new QuotableException(ExitCodes.USAGE, input + ": no such file or folder");
            try {
                files.addAll(ArticleSources.files(input));
            } catch (IOException e) {
                throw new QuotableException(ExitCodes.USAGE, input + ": cannot list the input files: " + e.getMessage(), e);
            }
        }
        return files;
    }
}
