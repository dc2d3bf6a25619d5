package org.quotable.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quotable.schema.SpeakerType;

class TailStateTest {
    @TempDir Path dir;

    @Test
    void theSpoolReadWholeGivesWhatTheStreamGives() throws IOException {
        assertThat("person:Aa".hashCode()).isEqualTo("person:BB".hashCode());    // a group of another's hash
        var all = new ArrayList<TailState.Attribution>();
        String[] groups = {"person:Aa", "person:BB", "person:keller", "organization:ministry of finance", "person:müller"};
        for (int i = 0; i < 500; i++) {
            String group = groups[i % groups.length];
            all.add(new TailState.Attribution(group, "article-" + i / 3, "Speaker " + group.substring(group.indexOf(':') + 1),
                    i % 4 == 0 ? null : SpeakerType.values()[i % SpeakerType.values().length], i % 2 == 0 ? null : "minister",
                    i % 3 == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(i), i % 5 == 0 ? null : "sp-" + (i % 7)));
        }
        Path spool = dir.resolve(TailState.ATTRIBUTIONS);
        try (var out = new DataOutputStream(Files.newOutputStream(spool))) {
            for (TailState.Attribution a : all) TailState.attribution(out, a);
            out.writeInt(12345);    // bytes past the valid length are not read
        }
        long valid = Files.size(spool) - 4;
        Set<String> wanted = Set.of("person:Aa", "person:müller");

        List<TailState.Attribution> read = TailState.attributions(spool, valid, wanted);

        assertThat(read).isEqualTo(all.stream().filter(a -> wanted.contains(a.group())).toList()).isEqualTo(streamed(spool, valid, wanted));
        assertThat(read).hasSize(200);
    }

    @Test
    void aRangeOfTheSpoolGivesTheAttributionsWrittenThere() throws IOException {
        Path spool = dir.resolve(TailState.ATTRIBUTIONS);
        var all = new ArrayList<TailState.Attribution>();
        long split = 0;
        try (var out = new DataOutputStream(Files.newOutputStream(spool))) {
            for (int i = 0; i < 40; i++) {
                var a = new TailState.Attribution(i % 2 == 0 ? "person:keller" : "person:roth", "article-" + i, "Keller", null, null, null, "sp-" + i);
                all.add(a);
                int written = TailState.attribution(out, a);
                if (i < 25) split += written;
            }
        }
        assertThat(split).isLessThan(Files.size(spool));
        Set<String> wanted = Set.of("person:keller");

        List<TailState.Attribution> before = TailState.attributions(spool, 0, split, wanted);
        List<TailState.Attribution> after = TailState.attributions(spool, split, Files.size(spool), wanted);

        assertThat(before).isEqualTo(all.subList(0, 25).stream().filter(a -> wanted.contains(a.group())).toList());
        assertThat(after).isEqualTo(all.subList(25, 40).stream().filter(a -> wanted.contains(a.group())).toList());
    }

    @Test
    void inputEndsAndOutputMarksAreReadAsWritten() throws IOException {
        var ends = new TailState.Ends(3, 300, 5, 500, 77);
        var scan = InputScan.of(Files.writeString(dir.resolve("a.jsonl"), "{\"id\":\"a\"}\n"));
        var inputs = List.of(new TailState.Input("a.jsonl", scan.size(), scan.sha256(), scan, ends),
                new TailState.Input("b.jsonl", 10, "00", null, ends.plus(ends)));
        var mark = new TailState.Mark(0, 123, new byte[] {1, 2, 3});
        var outputs = List.of(new TailState.OutputFile("articles.csv", 456, 789, new OutputDigests.Digest("ab", new byte[] {4}),
                List.of(mark, new TailState.Mark(1, 456, new byte[] {5}))), new TailState.OutputFile("speakers.csv", 1, 2, null));
        Path folder = Files.createDirectories(dir.resolve("state"));
        new TailState("options", "/out", inputs, List.of(), java.util.Map.of("sha", "a (a.jsonl)"), List.of(), outputs,
                6, 10, 600, 1000, 154).write(folder);

        TailState read = TailState.read(folder);

        assertThat(read).isNotNull();
        assertThat(read.inputs()).extracting(TailState.Input::ends).containsExactly(ends, new TailState.Ends(6, 600, 10, 1000, 154));
        assertThat(read.inputs().get(0).end()).isNotNull();
        assertThat(read.outputs().get(0).marks()).hasSize(2);
        assertThat(read.outputs().get(0).marks().get(0).offset()).isEqualTo(123);
        assertThat(read.outputs().get(0).marks().get(0).state()).containsExactly(1, 2, 3);
        assertThat(read.outputs().get(1).marks()).isEmpty();
    }

    @Test
    void aSpoolShorterThanItsStateSaysIsRefused() throws IOException {
        Path spool = dir.resolve(TailState.ATTRIBUTIONS);
        try (var out = new DataOutputStream(Files.newOutputStream(spool))) {
            TailState.attribution(out, new TailState.Attribution("person:keller", "a", "Keller", null, null, null, null));
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TailState.attributions(spool, Files.size(spool) + 10, Set.of("person:keller")))
                .isInstanceOf(IOException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> TailState.attributions(spool, Files.size(spool) - 1, Set.of("person:keller")))
                .isInstanceOf(IOException.class);
    }

    private static List<TailState.Attribution> streamed(Path spool, long length, Set<String> groups) throws IOException {
        var hashes = new HashSet<Integer>();
        groups.forEach(g -> hashes.add(g.hashCode()));
        var found = new ArrayList<TailState.Attribution>();
        try (DataInputStream in = TailState.open(spool, length)) {
            while (true) {
                TailState.Attribution a;
                try {
                    a = TailState.attribution(in, groups, hashes);
                } catch (EOFException end) {
                    return found;
                }
                if (a != null) found.add(a);
            }
        }
    }
}
