package io.planex.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The planex command line. */
@Command(name = "planex",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns Vietnamese government and Party plans into searchable, structured data.",
        subcommands = {
            ExtractCommand.class,
            IngestCommand.class,
            SearchCommand.class, ShowCommand.class, GraphCommand.class, StatsCommand.class,
            SolrCommand.class,
            DeadlinesCommand.class, ServeCommand.class,
            CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 all inputs ok, 1 some inputs failed, 2 usage or fatal error."})
public final class PlanexCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        CommandLine cl = newCommandLine();
        Utf8Console.install(cl);
        int code = cl.execute(NativeArgs.recover(args));
        System.out.flush();
        System.exit(code);
    }

    /** Runs the command line and returns its exit code (for tests and embedding). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    static CommandLine newCommandLine() {
        CommandLine cl = new CommandLine(new PlanexCli());
        cl.setExecutionExceptionHandler(new Errors.ExecutionHandler());
        cl.setParameterExceptionHandler(new Errors.ParameterHandler());
        cl.setExitCodeExceptionMapper(e -> ExitCodes.FATAL);
        cl.registerConverter(java.nio.file.Path.class, new PathConverter());
        return cl;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try planex --help");
    }
}
