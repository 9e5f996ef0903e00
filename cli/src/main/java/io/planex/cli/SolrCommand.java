package io.planex.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.planex.extract.json.RecordJson;
import io.planex.solr.SolrCollections;
import io.planex.solr.SolrConnection;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** planex solr: SolrCloud administration. */
@Command(name = "solr", mixinStandardHelpOptions = true,
        description = "SolrCloud as planex's index (ingest, search, show, graph and stats take --solr/--solr-url "
                + "and --collection).",
        subcommands = {SolrCommand.Init.class, CommandLine.HelpCommand.class})
final class SolrCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try planex solr init --help");
    }

    /** planex solr init: the configset and the collection. */
    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"Uploads planex's configset and creates the collection, then waits until every replica "
                    + "is active. When the collection exists, its configset is updated and it is reloaded.",
                "Every Solr node needs planex's analyzer jar (planex-solr-VERSION-analysis.jar) in its lib/ folder."},
            footer = {"", "Prints {\"collection\",\"created\",\"configset\",\"shards\",\"replicas\"} as JSON.",
                "", "Example:", "  planex solr init --zk localhost:9983 --collection plans --shards 2 --replicas 2"})
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SolrOptions solr;

        @Option(names = "--shards", paramLabel = "N", defaultValue = "1",
                description = "Shards of a new collection (default: ${DEFAULT-VALUE}).")
        int shards;

        @Option(names = "--replicas", paramLabel = "R", defaultValue = "1",
                description = "Replicas of each shard (default: ${DEFAULT-VALUE}).")
        int replicas;

        @Option(names = "--configset", paramLabel = "NAME", defaultValue = "planex",
                description = "Name of the uploaded configset (default: ${DEFAULT-VALUE}).")
        String configSet;

        @Override
        public Integer call() throws Exception {
            if (!solr.enabled()) throw new Errors.UserException("give --zk HOST:PORT or --solr-url URL, and --collection");
            if (shards < 1 || replicas < 1) throw new Errors.UserException("--shards and --replicas must be >= 1");
            PrintWriter err = spec.commandLine().getErr();
            PrintStream log = new PrintStream(new IngestCommand.WriterOutputStream(err), true, StandardCharsets.UTF_8);
            SolrCollections.Outcome outcome;
            try (SolrConnection c = SolrConnection.open(solr.target())) {
                outcome = SolrCollections.init(c, configSet, shards, replicas, log);
            }
            ObjectNode json = RecordJson.mapper().createObjectNode();
            json.put("collection", solr.target().collection());
            json.put("created", outcome.created());
            json.put("configset", outcome.configSet());
            json.put("shards", outcome.shards());
            json.put("replicas", outcome.replicas());
            PrintWriter out = spec.commandLine().getOut();
            out.println(json);
            out.flush();
            return ExitCodes.OK;
        }
    }
}
