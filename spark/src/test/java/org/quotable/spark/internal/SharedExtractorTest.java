package org.quotable.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.quotable.extractor.ExtractorOptions;
import org.quotable.extractor.QuoteExtractor;

class SharedExtractorTest {

    @Test
    void everyTaskThreadOfAJvmGetsTheSameStandardExtractor() throws Exception {
        ExecutorService tasks = Executors.newFixedThreadPool(4);
        try {
            Callable<QuoteExtractor> task = SharedExtractor::get;
            List<Future<QuoteExtractor>> results = tasks.invokeAll(List.of(task, task, task, task));
            for (Future<QuoteExtractor> result : results) assertThat(result.get()).isSameAs(SharedExtractor.get());
        } finally {
            tasks.shutdownNow();
        }
        assertThat(SharedExtractor.get().options()).isSameAs(ExtractorOptions.DEFAULT);
    }
}
