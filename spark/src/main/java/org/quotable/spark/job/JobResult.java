package org.quotable.spark.job;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.quotable.extractor.article.ArticleProblem;

/**
 * What a run of the job did. Immutable.
 *
 * @param articles      articles written (read, not a duplicate, extracted)
 * @param quotes        quotes written
 * @param speakers      rows of the speakers table: distinct speakers, name variants merged across articles
 * @param duplicates    articles left out because an earlier one (by file, then position) had the same text
 * @param problems      every problem: unreadable lines, duplicates, articles whose extraction failed
 * @param errors        the problems that cost an article (all but duplicates)
 * @param problemSample the first problems, in input order, at most {@link JobOptions#problemSample()} of them
 */
public record JobResult(long articles, long quotes, long speakers, long duplicates, long problems, long errors,
                        List<ArticleProblem> problemSample) {
    public JobResult {
        requireNonNull(problemSample, "problemSample");
        problemSample = List.copyOf(problemSample);
    }

    /** One line for logs: {@code 12 articles, 34 quotes, 5 speakers, 1 duplicate, 2 errors}. */
    public String summary() {
        return "%,d articles, %,d quotes, %,d speakers, %,d duplicate%s, %,d error%s".formatted(articles, quotes, speakers, duplicates,
                duplicates == 1 ? "" : "s", errors, errors == 1 ? "" : "s");
    }
}
