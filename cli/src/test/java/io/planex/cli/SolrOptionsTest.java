package io.planex.cli;

import static io.planex.cli.SearchCommandFixtures.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.cli.SearchCommandFixtures.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * --solr, --solr-url and --collection reach every command that reads or writes an index; incomplete options and a
 * Solr that does not answer are one-line errors with exit code 2. (The commands against a real SolrCloud are
 * tested in the solr module, on a MiniSolrCloudCluster.)
 */
class SolrOptionsTest {
    @TempDir
    static Path dir;

    /** Port 9 of the loopback: nothing listens there. */
    private static final String NOBODY = "http://127.0.0.1:9/solr";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "search --solr-url " + NOBODY + " --collection plans du lich | cannot search Solr collection plans",
        "show --solr-url " + NOBODY + " --collection plans abcd | cannot search Solr collection plans",
        "graph --solr-url " + NOBODY + " --collection plans | cannot search Solr collection plans",
        "stats --solr-url " + NOBODY + " --collection plans | cannot search Solr collection plans",
        "deadlines --solr-url " + NOBODY + " --collection plans | cannot search Solr collection plans",
        "serve --port 0 --solr-url " + NOBODY + " --collection plans | cannot search Solr collection plans",
        "search --solr-url " + NOBODY + " x | --solr and --solr-url need --collection NAME",
        "search --solr-url localhost:8983 --collection plans x | --solr-url must be an http(s) URL",
        "search --collection 'bad name' x | give either a ZooKeeper address",
        "solr init --solr-url " + NOBODY + " --collection plans --shards 0 | --shards and --replicas must be >= 1",
        "solr init --solr-url " + NOBODY + " --collection plans | Solr node http://127.0.0.1:9/solr did not answer",
        "ingest --state STATE x | --state goes with --solr or --solr-url",
    })
    void badSolrOptionsAndUnreachableNodesAreOneLineErrors(String args, String message) {
        String[] argv = args.replace("STATE", dir.resolve("s").toString()).split(" (?=(?:[^']*'[^']*')*[^']*$)");
        for (int i = 0; i < argv.length; i++) argv[i] = argv[i].replace("'", "");
        Run r = run(argv);
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().startsWith("planex: ") && r.err().contains(message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @ParameterizedTest
    @CsvSource({"ingest", "search", "show", "graph", "stats", "deadlines", "serve", "solr init"})
    void everyIndexCommandTakesTheSolrOptions(String command) {
        Run r = run((command + " --help").split(" "));
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("--solr") && r.out().contains("--solr-url") && r.out().contains("--collection"),
                r.out());
    }
}
