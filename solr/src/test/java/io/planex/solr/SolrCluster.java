package io.planex.solr;

import io.planex.batch.BulkIngest;
import io.planex.batch.BulkOptions;
import io.planex.batch.Progress;
import io.planex.batch.Summary;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/** A real SolrCloud for tests: 2 Jetty nodes and an embedded ZooKeeper, on 127.0.0.1 with free ports. */
final class SolrCluster {
    static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true);

    private SolrCluster() {}

    static MiniSolrCloudCluster start(Path dir) throws Exception {
        System.setProperty("solr.log.dir", System.getProperty("solr.log.dir", dir.resolve("logs").toString()));
        return new MiniSolrCloudCluster.Builder(2, dir.resolve("cluster")).build();
    }

    static String zk(MiniSolrCloudCluster cluster) {
        return cluster.getZkServer().getZkAddress();
    }

    /** The ingest's options as the command line sets them, reading in this JVM (no worker JVMs), OCR off. */
    static BulkOptions.Builder options(Path stateOrIndex) {
        return BulkOptions.builder(stateOrIndex)
                .inProcess(true)
                .threads(2)
                .ocrMode("never")
                .timeout(Duration.ofSeconds(60))
                .progress(Progress.Mode.NONE)
                .stderr(QUIET);
    }

    static Summary ingestLocal(Path index, List<Path> roots) throws IOException, InterruptedException {
        return new BulkIngest(options(index).build()).run(roots);
    }

    static Summary ingestSolr(SolrConnection solr, Path state, List<Path> roots, BulkOptions.Builder options)
            throws IOException, InterruptedException {
        return new BulkIngest(options.build()).run(roots, new SolrSink(solr, QUIET, false));
    }
}
