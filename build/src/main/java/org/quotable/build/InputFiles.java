package org.quotable.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.quotable.extractor.article.ArticleProblem;
import org.quotable.extractor.article.ArticleSources;
import org.quotable.extractor.article.InputFile;

/**
 * The article files named on a command line or by a dataset's globs, through {@link ArticleSources#files}, each
 * named relative to its root (the dataset folder, or the folder given on the command line), so that
 * {@code source_file} is the same from any working folder. A subfolder that cannot be listed is a problem of the
 * batch, like an unreadable file; a root that does not exist is a usage error.
 *
 * @param files    the files, sorted within each root
 * @param problems what could not be listed, named like the files
 */
public record InputFiles(List<InputFile> files, List<ArticleProblem> problems) {
    public InputFiles {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }

    /** The article files under {@code base} that the globs match, named relative to {@code base}. */
    public static InputFiles matching(Path base, List<String> globs) {
        var problems = new ArrayList<ArticleProblem>();
        try {
            List<Path> paths = ArticleSources.files(base, globs, problems::add);
            return new InputFiles(paths.stream().map(p -> InputFile.under(base, p)).toList(), problems);
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.IO, base + ": cannot list the input files: " + Problems.reason(e), e);
        }
    }

    /**
     * The given files, named by their file name, and the article files inside the given folders, named relative
     * to that folder.
     */
    public static InputFiles expand(List<Path> inputs) {
        var files = new ArrayList<InputFile>();
        var problems = new ArrayList<ArticleProblem>();
        for (Path input : inputs) {
            if (!Files.exists(input)) throw new BuildException(BuildException.Kind.USAGE, input + ": no such file or folder");
            Path root = Files.isDirectory(input) ? input : input.toAbsolutePath().getParent();
            try {
                for (Path file : ArticleSources.files(input, List.of("**"), problems::add))
                    files.add(InputFile.under(root, file));
            } catch (IOException e) {
                throw new BuildException(BuildException.Kind.IO, input + ": cannot list the input files: " + Problems.reason(e), e);
            }
        }
        return new InputFiles(files, problems);
    }

    /** The problem with its file named as the user can find it: {@code root/name}. */
    public static ArticleProblem shown(Path root, ArticleProblem problem) {
        return new ArticleProblem(root.resolve(problem.file()).toString(), problem.location(), problem.reason(), problem.severity());
    }
}
