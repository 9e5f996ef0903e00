package io.planex.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.planex.batch.Status;
import io.planex.batch.Summary;
import io.planex.index.IndexFields;
import io.planex.index.PlanSearcher;
import io.planex.index.SearchRequest;
import io.planex.testkit.corpus.CorpusWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.solr.embedded.JettySolrRunner;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Solr node stops in the middle of an ingest and comes back: the ingest retries with back-off and finishes (or a
 * re-run finishes it), and the collection then holds exactly the documents the local index holds.
 */
class SolrNodeLossTest {
    @TempDir
    static Path dir;
    static MiniSolrCloudCluster cluster;

    @BeforeAll
    static void start() throws Exception {
        cluster = SolrCluster.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (cluster != null) cluster.shutdown();
    }

    @Test
    void aNodeLostMidIngestLosesAndDuplicatesNothing() throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusWriter.write(corpus, 100, 5L, new CorpusWriter.Mix(1, 0, 0, 0));
        List<Path> roots = List.of(corpus.resolve("docs"));
        SolrCluster.ingestLocal(dir.resolve("index"), roots);
        long expected;
        try (PlanSearcher local = PlanSearcher.open(dir.resolve("index"))) {
            expected = local.documentCount();
        }

        try (SolrConnection solr = SolrConnection.open(SolrTarget.zk(SolrCluster.zk(cluster), "lost"))) {
            SolrCollections.init(solr, "planex", 2, 2, SolrCluster.QUIET);
            SolrSearcher remote = new SolrSearcher(solr, false);
            Path state = dir.resolve("state");
            AtomicReference<Object> outcome = new AtomicReference<>();
            Thread ingest = new Thread(() -> {
                try {
                    outcome.set(new io.planex.batch.BulkIngest(SolrCluster.options(state).batchSize(10)
                            .throttleMillis(40).build()).run(roots, new SolrSink(solr, System.err, false)));
                } catch (Exception e) {
                    outcome.set(e);
                }
            });
            ingest.start();
            long deadline = System.currentTimeMillis() + 120_000;
            while (remote.documentCount() < 15 && System.currentTimeMillis() < deadline) Thread.sleep(100);
            assertTrue(remote.documentCount() < expected, "the ingest ended before the node was stopped");
            System.err.println("stopping a node at " + remote.documentCount() + " documents");
            JettySolrRunner node = cluster.stopJettySolrRunner(1);
            cluster.waitForJettyToStop(node);
            Thread.sleep(3000);
            cluster.startJettySolrRunner(node);
            cluster.waitForActiveCollection("lost", 2, 4);
            System.err.println("node restarted");
            ingest.join(300_000);
            if (ingest.isAlive()) {
                for (var e : Thread.getAllStackTraces().entrySet()) {
                    if (e.getKey().getName().startsWith("planex") || e.getKey() == ingest) {
                        System.err.println("THREAD " + e.getKey().getName());
                        for (var f : e.getValue()) System.err.println("    at " + f);
                    }
                }
            }

            Summary rerun = SolrCluster.ingestSolr(solr, state, roots, SolrCluster.options(state));
            if (outcome.get() instanceof Summary first) {
                assertEquals(0, first.failures(), "first run");
                assertEquals(0, rerun.count(Status.OK), "nothing left to index after a finished run");
            }
            assertEquals(0, rerun.failures());
            assertEquals(expected, remote.documentCount());
            assertEquals(expected, remote.search(SearchRequest.builder().facets(List.of(IndexFields.FACET_LEVEL))
                    .build()).facets().get(IndexFields.FACET_LEVEL).stream().mapToLong(f -> f.count()).sum());
        }
    }
}
