package org.quotable.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the quotable command with its output captured, as the tests use it. */
record CommandRun(int exitCode, String out, String err) {

    static CommandRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        CommandLine commandLine = QuotableCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
