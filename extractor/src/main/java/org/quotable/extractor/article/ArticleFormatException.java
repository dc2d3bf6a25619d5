package org.quotable.extractor.article;

import java.io.IOException;

/** An input file that cannot be read as an article at all; the message names the file and the reason. */
public final class ArticleFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    private final ArticleProblem problem;

    public ArticleFormatException(ArticleProblem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    public ArticleFormatException(ArticleProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
    }

    /** The problem, for the batch's error report. */
    public ArticleProblem problem() { return problem; }
}
