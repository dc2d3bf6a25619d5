package org.quotable.cli;

import java.util.List;

/** The {@code quotable} command's entry point. The only place that calls {@code System.exit}. */
public final class Main {
    private static final String QUOTABLE_LOG_LEVEL = "org.slf4j.simpleLogger.log.org.quotable";

    private Main() {}

    public static void main(String[] args) {
        configureLogging(List.of(args));
        // Without it picocli looks for Groovy (groovy.lang.Closure) on the class path, which opens and indexes every one
        // of its 40 jars, the Hadoop client's among them: a tenth of a second of every start (issue 14).
        System.setProperty("picocli.disable.closures", "true");
        System.exit(QuotableCommand.commandLine(args).execute(args));
    }

    // The logging backend reads its levels once, when the first logger is made, which is before picocli has parsed
    // anything; so --quiet and --verbose are looked for here, by name.
    private static void configureLogging(List<String> args) {
        if (args.contains("-q") || args.contains("--quiet")) System.setProperty(QUOTABLE_LOG_LEVEL, "error");
        else if (args.contains("-v") || args.contains("--verbose")) System.setProperty(QUOTABLE_LOG_LEVEL, "debug");
    }
}
