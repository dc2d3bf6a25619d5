package org.quotable.cli;

/** The {@code quotable} command's entry point. The only place that calls {@code System.exit}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(QuotableCommand.commandLine().execute(args));
    }
}
