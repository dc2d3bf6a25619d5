package org.quotable.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the quotable command with its output captured, as the tests use it. */
record CommandRun(int exitCode, String out, String err) {

    /** Runs the command line {@code Main} runs: only the subcommand the arguments name is built. */
    static CommandRun of(String... args) {
        return run(QuotableCommand.commandLine(args), args);
    }

    /** Runs the command line with every subcommand built, whatever the arguments. */
    static CommandRun withEverySubcommand(String... args) {
        return run(QuotableCommand.commandLine(), args);
    }

    private static CommandRun run(CommandLine commandLine, String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
