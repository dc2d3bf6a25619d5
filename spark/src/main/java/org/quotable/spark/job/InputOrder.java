package org.quotable.spark.job;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.Partition;
import org.apache.spark.rdd.PartitionCoalescer;
import org.apache.spark.rdd.PartitionGroup;
import org.apache.spark.rdd.RDD;
import scala.Option;

/**
 * Puts the read partitions in input order and joins neighbours into the extraction partitions, without a shuffle:
 * each read partition holds rows of one file in order (a WARC record run, a file read whole, a line split), so
 * sorting them by file name and start, then cutting that sequence into runs of about the same number of bytes, gives
 * partitions whose rows, read in partition order, are in input order. So the article texts never cross the network
 * or the shuffle files to be ordered; only the partitions' descriptions do. Immutable.
 */
final class InputOrder implements PartitionCoalescer, Serializable {
    private static final long serialVersionUID = 1L;

    /** Where a read partition starts, in input order, and how many bytes of input it reads. */
    record Span(String file, long start, long bytes) implements Serializable {
        static final Comparator<Span> ORDER = Comparator.comparing(Span::file).thenComparingLong(Span::start);
    }

    private final List<Span> spans;

    /** @param spans one per read partition, in the partitions' order */
    InputOrder(List<Span> spans) {
        this.spans = List.copyOf(spans);
    }

    /** The parent's partition indexes in input order. */
    int[] order() {
        Integer[] order = new Integer[spans.size()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparing(spans::get, Span.ORDER));    // stable: equal spans keep their order
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }

    /**
     * Runs of neighbours in input order, at most {@code groups} of them and never empty, each of about the same bytes:
     * a read partition goes to the run its middle byte falls in when the input's bytes are cut into equal shares.
     */
    List<int[]> runs(int groups) {
        int[] order = order();
        if (order.length == 0) return List.of();
        int n = Math.max(1, Math.min(groups, order.length));
        long total = 0;
        for (Span s : spans) total += Math.max(1, s.bytes());
        var runs = new ArrayList<int[]>();
        var run = new ArrayList<Integer>();
        long before = 0;
        int current = 0;
        for (int index : order) {
            long bytes = Math.max(1, spans.get(index).bytes());
            int share = (int) Math.min(n - 1, (2 * before + bytes) * n / (2 * total));
            if (share != current && !run.isEmpty()) {
                runs.add(run.stream().mapToInt(Integer::intValue).toArray());
                run.clear();
            }
            current = share;
            run.add(index);
            before += bytes;
        }
        runs.add(run.stream().mapToInt(Integer::intValue).toArray());
        return runs;
    }

    @Override
    public PartitionGroup[] coalesce(int maxPartitions, RDD<?> parent) {
        Partition[] partitions = parent.partitions();
        if (partitions.length != spans.size())
            throw new IllegalStateException("the read has " + partitions.length + " partitions, the plan " + spans.size());
        List<int[]> runs = runs(maxPartitions);
        var groups = new PartitionGroup[runs.size()];
        for (int g = 0; g < groups.length; g++) {
            groups[g] = new PartitionGroup(Option.empty());
            for (int index : runs.get(g)) groups[g].partitions().addOne(partitions[index]);
        }
        return groups;
    }
}
