package org.filmkg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command line: each subcommand parses arguments, calls the library and sets the exit code. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "kg 0.1.0",
        description = "Film-criticism knowledge graph: reviews in, RDF with evidence out, served by Apache Jena Fuseki.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class, ValidateCommand.class, MergesCommand.class, EvalCommand.class, ConsoleCommand.class, BenchCommand.class})
public final class Main implements Runnable {
    /** Exit codes, named in one place. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in-process (tests use this) and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println("kg: " + ex.getMessage() + " (see kg " + (ex.getCommandLine().getCommandName().equals("kg") ? "" : ex.getCommandLine().getCommandName() + " ") + "--help)");
            return USAGE;
        });
        // the one place a command's failure (a KgDataException or anything else) becomes "kg: message" and exit 1
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("kg: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (Boolean.getBoolean("kg.verbose")) ex.printStackTrace(err);
            return FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
