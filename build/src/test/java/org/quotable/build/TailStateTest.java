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
