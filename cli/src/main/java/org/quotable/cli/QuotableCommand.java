package org.quotable.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.quotable.build.BuildException;
import org.quotable.build.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top-level {@code quotable} command: lists the subcommands and holds the options every one of them takes. */
@Command(name = "quotable", mixinStandardHelpOptions = true, versionProvider = QuotableCommand.Version.class,
        header = "Turn news articles into a versioned dataset of quotations.",
        description = {
                "Quotable reads articles (text, JSON, JSON Lines, HTML, WARC), finds every quotation with its "
                        + "speaker, role, date and position, and writes datasets as CSV, JSON Lines and Parquet.",
                "",
                "Start with `quotable build`, which builds the sample dataset datasets/ukraine-peace-talks."},
        exitCodeListHeading = "%nExit codes:%n")
public final class QuotableCommand {

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print details of every step, and stack traces of errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print only errors; no progress and no summary.")
    boolean quiet;

    /**
     * The subcommands, in the order {@code --help} lists them. They are not in the {@code @Command} annotation so that
     * a run of one of them need not build the others (picocli reads every option of every command it is given, which
     * was most of the start-up time of a small {@code quotable extract}).
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(BuildCommand.class, ExtractCommand.class,
            EvaluateCommand.class, ReleaseCommand.class, VerifyCommand.class, DiffCommand.class,
            EvaluateSpeakersCommand.class, HelpCommand.class);

    /** The options of this command that can come before a subcommand's name without changing what runs. */
    private static final Set<String> LOGGING_OPTIONS = Set.of("-v", "--verbose", "-q", "--quiet");

    /** The configured command line with every subcommand; the tests use it. */
    public static CommandLine commandLine() {
        return configure(SUBCOMMANDS);
    }

    /**
     * The configured command line for these arguments; {@link Main} and the tests both use it. When the arguments name
     * a subcommand (after any of {@code -v} and {@code -q}), only that one is built: it parses, runs, helps and fails
     * exactly as it does among all the others. Anything else ({@code --help}, {@code help}, a misspelt name) gets them
     * all, so the help lists every command and picocli can suggest the right name.
     */
    public static CommandLine commandLine(String... args) {
        for (String arg : args) {
            if (LOGGING_OPTIONS.contains(arg)) continue;
            for (Class<?> subcommand : SUBCOMMANDS) {
                if (subcommand != HelpCommand.class && subcommand.getAnnotation(Command.class).name().equals(arg))
                    return configure(List.of(subcommand));
            }
            break;
        }
        return commandLine();
    }

    private static CommandLine configure(List<Class<?>> subcommands) {
        var commandLine = new CommandLine(new QuotableCommand());
        for (Class<?> subcommand : subcommands) commandLine.addSubcommand(subcommand);
        // Quotes are in every script; the platform's default charset may not be able to write them.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        // Named classes, not method references: picocli is compiled for Java 5, and the JDK 17 class-data archive leaves
        // out a lambda that implements one of its interfaces, and with it the interface, which then has to be looked
        // for on a class path of 40 jars at every start.
        commandLine.setExecutionExceptionHandler(new ExceptionHandler());
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        // --format parquet, --compression zstd, --bump minor: choices read as users type them.
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        withExitCodeList(commandLine);
        return commandLine;
    }

    private static void withExitCodeList(CommandLine commandLine) {
        commandLine.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.descriptions());
        commandLine.getSubcommands().values().forEach(QuotableCommand::withExitCodeList);
    }

    /** A usage error is one line and a hint, not the whole help page (which --help shows). */
    private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println("quotable: " + e.getMessage());
        err.println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
        @Override public int handleParseException(CommandLine.ParameterException e, String[] args) {
            return handleUsageError(e, args);
        }
    }

    private static final class ExceptionHandler implements CommandLine.IExecutionExceptionHandler {
        @Override public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
            return handleException(e, commandLine, parseResult);
        }
    }

    private static int handleException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        boolean verbose = parseResult.hasMatchedOption("--verbose") || parseResult.subcommands().stream()
                .anyMatch(sub -> sub.hasMatchedOption("--verbose"));
        if (e instanceof QuotableException user) {
            err.println("quotable: " + user.getMessage());
            if (verbose) e.printStackTrace(err);
            err.flush();
            return user.exitCode();
        }
        if (e instanceof BuildException build) {
            err.println("quotable: " + build.getMessage());
            if (verbose) e.printStackTrace(err);
            err.flush();
            return ExitCodes.of(build.kind());
        }
        IOException io = e instanceof IOException direct ? direct
                : e instanceof UncheckedIOException unchecked ? unchecked.getCause() : null;
        if (io != null) {
            // Output that cannot be written is the environment's doing, not a bug: say which file and why.
            err.println("quotable: " + Problems.describe(io));
            if (verbose) e.printStackTrace(err);
            err.flush();
            return ExitCodes.IO_ERROR;
        }
        err.println("quotable: internal error: " + e);
        e.printStackTrace(err);
        err.flush();
        return ExitCodes.SOFTWARE;
    }

    /** Reads the version from the jar manifest, so it is the version Maven built. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override public String[] getVersion() {
            return new String[] {"quotable " + toolVersion(),
                    "schema " + org.quotable.schema.QuotableSchema.VERSION,
                    "Java " + System.getProperty("java.version")};
        }
    }

    /** The tool's version, from the jar manifest ({@code dev} when run from classes). */
    public static String toolVersion() {
        @Nullable String version = QuotableCommand.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
