package org.quotable.exporter.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.quotable.exporter.dataset.DatasetWriter;
import org.quotable.exporter.format.JsonlTableReader;
import org.quotable.schema.ArticleRecord;
import org.quotable.schema.QuotableSchema;
import org.quotable.schema.QuoteRecord;
import org.quotable.schema.SchemaVersion;
import org.quotable.schema.SpeakerRecord;

/**
 * Publishes a release: checks the version against semantic versioning, writes every file into a hidden staging
 * folder next to the releases, checks the staged release with {@link ReleaseVerifier}, and moves it into place
 * with one atomic rename. A run killed at any moment leaves at most a hidden staging folder, which the next run
 * removes; a release folder either exists complete or not at all.
 */
final class ReleasePublisher {
    private ReleasePublisher() {}

    static Release publish(ReleaseRequest request) throws IOException {
        DatasetInfo info = DatasetInfo.read(request.datasetFolder());
        Path releases = request.releasesFolder();
        List<SchemaVersion> versions = ReleaseFiles.versions(releases);
        Optional<SchemaVersion> latest = versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        SchemaVersion version = request.version().resolve(latest);
        Path target = releases.resolve(version.toString());
        Path previous = latest.map(v -> releases.resolve(v.toString())).orElse(null);
        checkVersion(version, target, latest, previous);

        Path quotesIn = request.buildFolder().resolve("quotes.jsonl");
        Path articlesIn = request.buildFolder().resolve("articles.jsonl");
        Path speakersIn = request.buildFolder().resolve("speakers.jsonl");
        for (Path in : List.of(quotesIn, articlesIn))
            if (!Files.isRegularFile(in))
                throw new ReleaseException("%s: not found; a release is made from a build's quotes.jsonl and articles.jsonl, so run `quotable build` first".formatted(in));
        if (!Files.isRegularFile(speakersIn))
            throw new ReleaseException("%s: not found; builds of schema %s write the speakers table, so run `quotable build` again before releasing"
                    .formatted(speakersIn, QuotableSchema.VERSION));

        Files.createDirectories(releases);
        removeAbandonedStaging(releases);
        Path staging = releases.resolve(ReleaseFiles.STAGING_PREFIX + version + "-" + ProcessHandle.current().pid());
        try {
            Files.createDirectory(staging);
            DatasetStats stats = writeData(request, staging, articlesIn, quotesIn, speakersIn);
            ReleaseDiff changes = ReleaseDiffer.diff(previous, staging, version.toString(), QuotableSchema.VERSION.toString());
            writeMetadata(request, info, version, stats, changes, staging, previous);
            Verification check = ReleaseVerifier.verify(staging);
            if (!check.ok())
                throw new ReleaseException("Release %s failed its own checks, so nothing was published:%n  %s"
                        .formatted(version, String.join("\n  ", check.problems())));
            moveIntoPlace(staging, target);
            List<String> files;
            try (Stream<Path> list = Files.list(target)) {
                files = list.map(p -> p.getFileName().toString()).sorted().toList();
            }
            return new Release(target, version, stats.quotes, stats.articles, files, changes);
        } catch (IOException | RuntimeException e) {
            deleteRecursively(staging);
            throw e;
        }
    }

    private static void checkVersion(SchemaVersion version, Path target, Optional<SchemaVersion> latest,
                                     @Nullable Path previous) throws ReleaseConflictException {
        if (Files.exists(target))
            throw new ReleaseConflictException("Release %s already exists at %s, and releases are never overwritten; publish a new version, e.g. %s"
                    .formatted(version, target, latest.orElse(version).nextPatch()));
        if (latest.isPresent() && version.compareTo(latest.get()) <= 0)
            throw new ReleaseConflictException("Version %s is not greater than the latest release %s; choose a higher version or use --bump"
                    .formatted(version, latest.get()));
        if (latest.isPresent() && previous != null) {
            String schema = ReleaseFiles.schemaVersion(previous);
            Optional<SchemaVersion> before = schema == null ? Optional.empty() : ReleaseFiles.parse(schema);
            if (before.isPresent() && before.get().major() != QuotableSchema.VERSION.major()
                    && version.major() <= latest.get().major())
                throw new ReleaseConflictException(("The schema changed from %s (release %s) to %s, a major change, so the release must be a major "
                        + "version bump: use --bump major (%s)").formatted(before.get(), latest.get(), QuotableSchema.VERSION, latest.get().nextMajor()));
        }
    }

    private static DatasetStats writeData(ReleaseRequest request, Path staging, Path articlesIn, Path quotesIn,
                                          Path speakersIn) throws IOException {
        var stats = new DatasetStats();
        try (DatasetWriter out = DatasetWriter.open(staging, request.options());
             var articles = JsonlTableReader.open(QuotableSchema.ARTICLES, articlesIn);
             var quotes = JsonlTableReader.open(QuotableSchema.QUOTES, quotesIn);
             var speakers = JsonlTableReader.open(QuotableSchema.SPEAKERS, speakersIn)) {
            try {
                for (ArticleRecord article : (Iterable<ArticleRecord>) articles.records()::iterator) {
                    out.writeArticle(article);
                    stats.add(article);
                }
                for (QuoteRecord quote : (Iterable<QuoteRecord>) quotes.records()::iterator) {
                    out.writeQuote(quote);
                    stats.add(quote);
                }
                for (SpeakerRecord speaker : (Iterable<SpeakerRecord>) speakers.records()::iterator) {
                    out.writeSpeaker(speaker);
                    stats.add(speaker);
                }
            } catch (UncheckedIOException e) {
                throw new ReleaseException("Cannot release the build: " + e.getCause().getMessage(), e.getCause());
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new ReleaseException("Cannot release the build in %s: %s".formatted(request.buildFolder(), e.getMessage()), e);
            }
            out.commit();
        }
        return stats;
    }

    private static void writeMetadata(ReleaseRequest request, DatasetInfo info, SchemaVersion version, DatasetStats stats,
                                      ReleaseDiff changes, Path staging, @Nullable Path previous) throws IOException {
        String toolVersion = request.options().toolVersion();
        List<CardCharts.Chart> charts = CardCharts.of(stats);
        for (CardCharts.Chart chart : charts)
            Files.writeString(staging.resolve(chart.fileName()), chart.svg(), StandardCharsets.UTF_8);
        Files.writeString(staging.resolve(ReleaseFiles.README),
                DatasetCard.of(info, version, toolVersion, stats, request.quality(), changes, charts), StandardCharsets.UTF_8);
        String history = "";
        if (previous != null && Files.isRegularFile(previous.resolve(ReleaseFiles.CHANGELOG))) {
            history = Files.readString(previous.resolve(ReleaseFiles.CHANGELOG), StandardCharsets.UTF_8);
            if (history.startsWith("# ")) history = history.substring(history.indexOf("\n\n") + 2);
        }
        Files.writeString(staging.resolve(ReleaseFiles.CHANGELOG),
                "# Changelog of " + info.name() + "\n\n" + changes.changelogEntry() + (history.isEmpty() ? "" : "\n" + history),
                StandardCharsets.UTF_8);
        var hashes = new TreeMap<String, String>();
        for (String name : ReleaseFiles.dataFiles()) hashes.put(name, ReleaseFiles.sha256(staging.resolve(name)));
        ReleaseFiles.writeJson(staging.resolve(ReleaseFiles.DATAPACKAGE),
                DataPackage.of(info, version, toolVersion, request.created(), staging, hashes));
        ReleaseFiles.writeJson(staging.resolve(ReleaseFiles.CROISSANT), Croissant.of(info, version, request.created(), staging, hashes));
        var sums = new StringBuilder();
        var names = new ArrayList<>(ReleaseFiles.allFiles());
        names.remove(ReleaseFiles.SHA256SUMS);
        names.sort(Comparator.naturalOrder());
        for (String name : names) sums.append(ReleaseFiles.sha256(staging.resolve(name))).append("  ").append(name).append('\n');
        Files.writeString(staging.resolve(ReleaseFiles.SHA256SUMS), sums.toString(), StandardCharsets.US_ASCII);
    }

    private static void moveIntoPlace(Path staging, Path target) throws IOException {
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new ReleaseException("Cannot rename %s to %s atomically on this file system; keep releases on a local disk".formatted(staging, target), e);
        } catch (FileAlreadyExistsException e) {
            throw new ReleaseConflictException("Release %s appeared while this one was written (another run?); it was not overwritten".formatted(target));
        }
        if (Files.exists(staging)) throw new ReleaseConflictException("Release %s appeared while this one was written; it was not overwritten".formatted(target));
    }

    /** Removes staging folders left by runs that were killed, recognised by a process id that is no longer alive. */
    private static void removeAbandonedStaging(Path releases) throws IOException {
        List<Path> stale;
        try (Stream<Path> children = Files.list(releases)) {
            stale = children.filter(p -> p.getFileName().toString().startsWith(ReleaseFiles.STAGING_PREFIX)).filter(p -> {
                String name = p.getFileName().toString();
                try {
                    long pid = Long.parseLong(name.substring(name.lastIndexOf('-') + 1));
                    return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
                } catch (NumberFormatException e) {
                    return true;
                }
            }).toList();
        }
        for (Path dir : stale) deleteRecursively(dir);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        }
    }
}
