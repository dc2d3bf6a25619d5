package org.quotable.extractor.article;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * An article file to read and the name its articles carry as {@code source_file}: the path relative to the dataset
 * folder or input root ({@code articles/2025/a.txt}), so the data are the same from whatever folder the tool runs
 * and never hold a local absolute path.
 *
 * @param path where the file is read from
 * @param name what {@code articles.source_file} and problem reports show; {@code /}-separated
 */
public record InputFile(Path path, String name) {
    public InputFile {
        requireNonNull(path, "path");
        requireNonNull(name, "name");
    }

    /** The file named by its path relative to {@code root}, with {@code /} separators on every platform. */
    public static InputFile under(Path root, Path file) {
        Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        return new InputFile(file, relative.toString().replace('\\', '/'));
    }

    /** The file named by its path as given. */
    public static InputFile of(Path file) {
        return new InputFile(file, file.toString());
    }
}
