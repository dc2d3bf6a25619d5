package org.quotable.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Expands input globs and folders into article files, in a fixed order so that builds are deterministic. */
final class InputFiles {
    private InputFiles() {}

    /**
     * The regular files under {@code base} matching any of the globs ({@code articles/**}, {@code *.jsonl}), sorted
     * by path. Hidden files (a name starting with a dot) are skipped.
     */
    static List<Path> matching(Path base, List<String> globs) {
        var matchers = new ArrayList<PathMatcher>();
        for (String glob : globs) matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
        var files = new TreeSet<Path>();
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> matchers.stream().anyMatch(m -> m.matches(base.relativize(p))))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the input files under " + base, e);
        }
        return List.copyOf(files);
    }

    /** The given files, and the regular files inside the given folders, each folder's files sorted by path. */
    static List<Path> expand(List<Path> inputs) {
        var files = new ArrayList<Path>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) files.addAll(matching(input, List.of("**")));
            else if (Files.exists(input)) files.add(input);
            else throw new QuotableException(ExitCodes.USAGE, input + ": no such file or folder");
        }
        return files;
    }
}
