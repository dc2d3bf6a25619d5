package org.quotable.build;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quotable.extractor.article.InputFile;
import org.quotable.schema.Digests;

/**
 * What a build wrote and from what: {@code build.json} in the build folder. {@code release} reads it to refuse a
 * build that lacks the formats a release is made from, or that is older than its inputs (an input added, removed
 * or changed since), or whose files were changed after it was made. Immutable.
 *
 * @param toolVersion          the quotable version that built it
 * @param schemaVersion        the schema version of the tables
 * @param extractorFingerprint the extractor's code fingerprint ({@link ExtractorFingerprint})
 * @param formats              the formats written, by extension: csv, jsonl, parquet
 * @param inputs               every input file, named relative to the dataset folder
 * @param files                every file written, by name, with its SHA-256
 */
public record BuildManifest(@JsonProperty("tool_version") String toolVersion,
                     @JsonProperty("schema_version") String schemaVersion,
                     @JsonProperty("extractor_fingerprint") String extractorFingerprint,
                     @JsonProperty("formats") List<String> formats,
                     @JsonProperty("inputs") List<Input> inputs,
                     @JsonProperty("files") Map<String, String> files) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One input file as the build read it: size, modification time (milliseconds) and SHA-256. */
    public record Input(@JsonProperty("file") String file, @JsonProperty("size") long size,
                 @JsonProperty("modified") long modified, @JsonProperty("sha256") String sha256) {
        static Input of(InputFile input) throws IOException {
            return new Input(input.name(), Files.size(input.path()), Files.getLastModifiedTime(input.path()).toMillis(),
                    BuildManifest.sha256(input.path()));
        }
    }

    public BuildManifest {
        formats = List.copyOf(formats);
        inputs = List.copyOf(inputs);
        // by name: Map.copyOf's order changes from one JVM to the next, and build.json is compared byte for byte
        files = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(files));
    }

    /** The inputs as they are now, read before the build starts so a file changed during the build looks stale. */
    static List<Input> inputs(List<InputFile> files) throws IOException {
        var inputs = new ArrayList<Input>();
        for (InputFile file : files) inputs.add(Input.of(file));
        return inputs;
    }

    /**
     * {@link #inputs(List)}, and what a pass over the last file found when this build read it: only the last input can
     * grow into a tail build.
     */
    record Inputs(List<Input> inputs, @org.jspecify.annotations.Nullable LastInput last, Map<Integer, LastInput> grown) {
        Inputs(List<Input> inputs, @org.jspecify.annotations.Nullable LastInput last) { this(inputs, last, Map.of()); }
    }

    /**
     * The last input as this build read it.
     *
     * @param grownFrom the end of it that the last build recorded, when this build checked its first bytes against
     *                  that and hashed only the rest ({@link InputScan#grown}); null when it read the file whole
     */
    record LastInput(Path file, InputScan scan, @org.jspecify.annotations.Nullable InputScan grownFrom) {}

    /**
     * {@link #inputs(List)}, keeping the SHA-256 that {@code previous} (the last build's manifest) gives a file of the
     * same name, size and modification time, as {@link #staleness} trusts them: a build that adds one article does not
     * read every input again.
     *
     * @param scanLast     whether to read a changed last input with an {@link InputScan} (for a build that keeps its
     *                     state for the next one); else it is hashed with the JDK's digest, faster under C2
     * @param recorded     the inputs as the last build's {@link TailState} has them: when the last file, or another
     *                     whose end the state kept ({@link MiddleBuild}), grew from it, its old bytes are checked and
     *                     only the new ones hashed
     */
    static Inputs inputs(List<InputFile> files, List<Input> previous, boolean scanLast,
                         List<TailState.Input> recorded) throws IOException {
        var known = new java.util.HashMap<String, Input>();
        for (Input input : previous) known.put(input.file(), input);
        var ends = new java.util.HashMap<String, TailState.Input>();
        for (TailState.Input input : recorded) if (input.end() != null) ends.put(input.name(), input);
        var inputs = new ArrayList<Input>();
        var grown = new java.util.HashMap<Integer, LastInput>();
        LastInput last = null;
        for (int i = 0; i < files.size(); i++) {
            InputFile file = files.get(i);
            long size = Files.size(file.path()), modified = Files.getLastModifiedTime(file.path()).toMillis();
            Input before = known.get(file.name());
            if (before != null && before.size() == size && before.modified() == modified) {
                inputs.add(new Input(file.name(), size, modified, before.sha256()));
                continue;
            }
            TailState.Input lastRecorded = ends.get(file.name());
            if (i < files.size() - 1 && scanLast && lastRecorded != null && lastRecorded.size() < size) {
                // a file before the last that grew: scanned from its recorded end, for a build that inserts its rows
                InputScan scan = InputScan.grown(file.path(), lastRecorded.end());
                if (scan != null && scan.size() == size) {
                    grown.put(i, new LastInput(file.path(), scan, lastRecorded.end()));
                    inputs.add(new Input(file.name(), size, modified, scan.sha256()));
                    continue;
                }
            }
            if (i < files.size() - 1 || !scanLast) {
                inputs.add(new Input(file.name(), size, modified, sha256(file.path())));
                continue;
            }
            InputScan from = lastRecorded != null && lastRecorded.size() < size ? lastRecorded.end() : null;
            InputScan scan = from == null ? null : InputScan.grown(file.path(), from);
            if (scan == null) {
                from = null;
                scan = InputScan.of(file.path());
            }
            // (a file that changed between the two looks is recorded as read, and kept for no next build)
            if (scan.size() == size) last = new LastInput(file.path(), scan, from);
            inputs.add(new Input(file.name(), size, modified, scan.sha256()));
        }
        return new Inputs(List.copyOf(inputs), last, Map.copyOf(grown));
    }

    /**
     * Writes the manifest into a build folder, hashing every file already in it: the files of {@code quotable build}
     * by name, and the part files of a table written as a folder (the Spark job's {@code quotes.jsonl/part-….json},
     * also under partition folders) by their path in the build folder, with {@code /}. Hidden files and Hadoop's
     * markers ({@code _SUCCESS}, {@code .crc}) are left out.
     */
    static void write(Path folder, String toolVersion, String schemaVersion, String fingerprint, List<String> formats,
                      List<Input> inputs) throws IOException {
        write(OutputFolder.local(folder), toolVersion, schemaVersion, fingerprint, formats, inputs);
    }

    /** {@link #write(Path, String, String, String, List, List)} into a folder on any file system. */
    static void write(OutputFolder folder, String toolVersion, String schemaVersion, String fingerprint,
                      List<String> formats, List<Input> inputs) throws IOException {
        write(folder, toolVersion, schemaVersion, fingerprint, formats, inputs, Map.of());
    }

    /**
     * {@link #write(Path, String, String, String, List, List)}, taking the SHA-256 of the files in {@code known} (by
     * name) as given instead of reading them: those a tail build appended to, hashed from the digest's state at their
     * old end ({@link OutputDigests}).
     */
    static void write(Path folder, String toolVersion, String schemaVersion, String fingerprint, List<String> formats,
                      List<Input> inputs, Map<String, String> known) throws IOException {
        write(OutputFolder.local(folder), toolVersion, schemaVersion, fingerprint, formats, inputs, known);
    }

    private static void write(OutputFolder folder, String toolVersion, String schemaVersion, String fingerprint,
                              List<String> formats, List<Input> inputs, Map<String, String> known) throws IOException {
        var files = new LinkedHashMap<String, String>();
        for (String file : folder.files().stream().sorted().toList()) {
            if (file.equals(BuildFolder.MANIFEST)) continue;    // an earlier run's, about to be replaced
            boolean hidden = false;
            for (String part : file.split("/"))
                if (part.startsWith(".") || part.startsWith("_")) hidden = true;
            if (hidden) continue;
            String given = known.get(file);
            if (given != null) {
                files.put(file, given);
                continue;
            }
            try (InputStream in = folder.open(file)) {
                files.put(file, sha256(in));
            }
        }
        try (var out = folder.create(BuildFolder.MANIFEST)) {
            JSON.writeValue(out, new BuildManifest(toolVersion, schemaVersion, fingerprint, formats, inputs, files));
        }
    }

    /** The manifest of a build folder, if it has one. */
    public static Optional<BuildManifest> read(Path folder) {
        Path file = folder.resolve(BuildFolder.MANIFEST);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Optional.of(JSON.readValue(file.toFile(), BuildManifest.class));
        } catch (IOException e) {
            throw new BuildException(BuildException.Kind.STALE_BUILD, file + ": the build manifest cannot be read (" + firstLine(e.getMessage())
                    + "); run `quotable build` again");
        }
    }

    /**
     * What makes this build unfit to release from {@code folder} given the dataset's inputs now, one line each; empty
     * when it is current and complete.
     */
    List<String> staleness(Path folder, List<InputFile> current) throws IOException {
        var reasons = new ArrayList<String>();
        for (String needed : List.of("jsonl"))
            if (!formats.contains(needed))
                reasons.add("the build wrote only " + String.join(", ", formats) + "; a release is made from its JSON Lines files, "
                        + "so build with jsonl among --format (the default writes all formats)");
        for (var e : files.entrySet()) {
            Path file = folder.resolve(e.getKey());
            String table = e.getKey().split("/", 2)[0];    // a table's file, or the folder of its parts
            if (!table.endsWith(".jsonl") || table.equals(BuildFolder.ERRORS)) continue;
            if (!Files.isRegularFile(file)) reasons.add(e.getKey() + " is missing from the build");
            else if (!sha256(file).equals(e.getValue())) reasons.add(e.getKey() + " was changed after the build wrote it");
        }
        var recorded = new LinkedHashMap<String, Input>();
        for (Input input : inputs) recorded.put(input.file(), input);
        var changed = new ArrayList<String>();
        for (InputFile now : current) {
            Input before = recorded.remove(now.name());
            if (before == null) changed.add(now.name() + " (new)");
            else if (Files.size(now.path()) != before.size()) changed.add(now.name() + " (changed)");
            else if (Files.getLastModifiedTime(now.path()).toMillis() != before.modified() && !sha256(now.path()).equals(before.sha256()))
                changed.add(now.name() + " (changed)");
        }
        for (String gone : recorded.keySet()) changed.add(gone + " (removed)");
        if (!changed.isEmpty())
            reasons.add("the build is older than its inputs: " + String.join(", ", changed.subList(0, Math.min(5, changed.size())))
                    + (changed.size() > 5 ? " and " + (changed.size() - 5) + " more" : "") + " since it was made");
        return reasons;
    }

    /** Every file of the manifest that is missing from {@code folder} or differs from what the build wrote, one line each. */
    List<String> damage(Path folder) throws IOException {
        var problems = new ArrayList<String>();
        for (var e : new java.util.TreeMap<>(files).entrySet()) {
            Path file = folder.resolve(e.getKey());
            if (!Files.isRegularFile(file)) problems.add(e.getKey() + ": missing (build.json lists it)");
            else if (!sha256(file).equals(e.getValue())) problems.add(e.getKey() + ": changed after the build wrote it (SHA-256 differs from build.json)");
        }
        return problems;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return sha256(in);
        }
    }

    static String sha256(InputStream in) throws IOException {
        MessageDigest digest = Digests.sha256();
        new DigestInputStream(in, digest).transferTo(java.io.OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
