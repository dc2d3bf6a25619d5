package org.quotable.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.quotable.exporter.format.Format;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.Table;

/**
 * A build's output folder, replaced as a set: every file of a build (tables, {@code errors.jsonl},
 * {@code build.json}) is written into a fresh hidden staging folder beside it ({@code .build.staging-<pid>-<id>}),
 * and {@link #commit()} swaps the folders with two renames. A reader sees the old build or the new one, never a mix
 * of two runs, and never a stale format of an earlier run beside the new ones. A failed or killed build leaves the
 * old folder as it was; the staging folders of killed runs are removed by the next build (it holds the dataset's
 * {@link DatasetLock}, so no other run can be using them).
 *
 * <p>The folder belongs to Quotable: a folder holding files that a build does not write is refused rather than
 * replaced, so {@code --output ~/data} cannot delete someone's files.
 */
final class BuildFolder implements AutoCloseable {
    static final String MANIFEST = "build.json";
    static final String ERRORS = "errors.jsonl";

    private final Path target;
    private final Path staging;
    private boolean committed;

    private BuildFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Makes a staging folder for a new build of {@code target}; the caller holds the dataset's lock. */
    static BuildFolder stage(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (Files.exists(target)) {
            if (!Files.isDirectory(target))
                throw new BuildException(BuildException.Kind.USAGE, target + " is a file, not a folder; choose a folder for the build");
            try (Stream<Path> children = Files.list(target)) {
                for (Path child : (Iterable<Path>) children::iterator)
                    if (!isBuildFile(child.getFileName().toString()))
                        throw new BuildException(BuildException.Kind.USAGE, ("%s holds %s, which a build does not write; a build replaces "
                                + "its whole output folder, so choose an empty or new folder").formatted(target, child.getFileName()));
            }
        }
        Files.createDirectories(parent);
        removeAbandoned(parent, absolute.getFileName().toString());
        Path staging = parent.resolve(prefix(absolute) + "staging-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectory(staging);
        return new BuildFolder(target, staging);
    }

    /** Where this build writes its files until {@link #commit()}. */
    Path staging() { return staging; }

    /** The folder the build is for. */
    Path target() { return target; }

    /** Puts the staged build in place of the old one, which is deleted. */
    void commit() throws IOException {
        Path parent = staging.getParent();
        Path old = parent.resolve(prefix(target.toAbsolutePath().normalize()) + "old-" + UUID.randomUUID().toString().substring(0, 8));
        boolean hadOld = Files.exists(target);
        if (hadOld) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (hadOld) Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        committed = true;
        if (hadOld) deleteTree(old);
    }

    /** Without a {@link #commit()}, deletes the staging folder and everything in it. */
    @Override public void close() throws IOException {
        if (!committed) deleteTree(staging);
    }

    /** The names a build writes: the tables in every format, the problem report and the manifest. */
    static boolean isBuildFile(String name) {
        if (name.equals(MANIFEST) || name.equals(ERRORS) || name.startsWith(".")) return true;
        for (Table<?> table : QuotableSchema.TABLES)
            for (Format format : Format.values())
                if (name.equals(format.fileName(table))) return true;
        return false;
    }

    private static String prefix(Path absoluteTarget) {
        return "." + absoluteTarget.getFileName() + ".";
    }

    private static void removeAbandoned(Path parent, String name) throws IOException {
        String staging = "." + name + ".staging-", old = "." + name + ".old-";
        List<Path> abandoned;
        try (Stream<Path> children = Files.list(parent)) {
            abandoned = children.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(staging) || n.startsWith(old);
            }).toList();
        }
        for (Path dir : abandoned) deleteTree(dir);
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
