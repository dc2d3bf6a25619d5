package org.quotable.spark.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InputOrderTest {
    private static InputOrder.Span span(String file, long start, long bytes) {
        return new InputOrder.Span(file, start, bytes);
    }

    @Test
    void readPartitionsAreSortedByFileThenStartWhateverOrderTheyCameIn() {
        // WARC record runs first, then line splits appended by the union, as the job builds its read.
        var order = new InputOrder(List.of(span("b.warc.gz", 0, 10), span("b.warc.gz", 10, 10), span("d.json", 0, 5),
                span("a.jsonl", 32, 8), span("a.jsonl", 0, 32), span("c.jsonl", 0, 4)));

        assertThat(order.order()).containsExactly(4, 3, 0, 1, 5, 2);
    }

    @Test
    void neighboursAreJoinedIntoRunsOfAboutEqualBytesInInputOrder() {
        var order = new InputOrder(List.of(span("a", 0, 10), span("a", 10, 10), span("a", 20, 10), span("a", 30, 10),
                span("b", 0, 10), span("b", 10, 10)));

        assertThat(order.runs(3)).containsExactly(new int[] {0, 1}, new int[] {2, 3}, new int[] {4, 5});
        assertThat(order.runs(1)).containsExactly(new int[] {0, 1, 2, 3, 4, 5});
        assertThat(order.runs(100)).hasSize(6);
    }

    @Test
    void aLargePartitionTakesARunOfItsOwnAndNoRunIsEmpty() {
        var order = new InputOrder(List.of(span("a", 0, 1), span("b", 0, 100), span("c", 0, 1), span("d", 0, 1)));

        List<int[]> runs = order.runs(4);

        assertThat(runs).containsExactly(new int[] {0}, new int[] {1}, new int[] {2, 3});
        assertThat(runs).allSatisfy(run -> assertThat(run).isNotEmpty());
    }

    @Test
    void anEmptyReadHasNoRuns() {
        assertThat(new InputOrder(List.of()).runs(4)).isEmpty();
    }
}
