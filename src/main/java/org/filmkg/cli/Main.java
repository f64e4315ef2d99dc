package org.filmkg.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command line: each subcommand parses arguments, calls the library and sets the exit code. */
@Command(name = "kg", mixinStandardHelpOptions = true, version = "kg 0.1.0",
        description = "Film-criticism knowledge graph: reviews in, RDF with evidence out, served by Apache Jena Fuseki.",
        subcommands = {BuildCommand.class, QueryCommand.class, ExportCommand.class, ServeCommand.class, ValidateCommand.class, MergesCommand.class, EvalCommand.class, ConsoleCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class})
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

    /** picocli's nearest commands or options to a mistyped one ("quary": query; "--prot": --port), as "; did you mean …?". */
    private static String didYouMean(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException u)) return "";
        java.util.List<String> near = new java.util.ArrayList<>(u.getSuggestions());
        // picocli suggests commands; options ("--prot") are matched here by edit distance
        for (String arg : u.getUnmatched()) {
            if (!arg.startsWith("--")) continue;
            String word = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            for (CommandLine.Model.OptionSpec o : ex.getCommandLine().getCommandSpec().options())
                for (String name : o.names())
                    if (name.startsWith("--") && org.filmkg.resolve.Similarity.levenshtein(word, name) <= 2 && !near.contains(name)) near.add(name);
        }
        if (near.isEmpty()) return "";
        return "; did you mean " + String.join(" or ", near.subList(0, Math.min(3, near.size()))) + "?";
    }

    /** Runs the command line in-process (tests use this) and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        // a hidden helper: `source <(./kg generate-completion)` installs Tab completion in bash and zsh
        cl.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(true);
        cl.setParameterExceptionHandler((ex, a) -> {
            String command = ex.getCommandLine().getCommandName().equals("kg") ? "" : ex.getCommandLine().getCommandName() + " ";
            err.println("kg: " + ex.getMessage() + didYouMean(ex) + " (see kg " + command + "--help)");
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
