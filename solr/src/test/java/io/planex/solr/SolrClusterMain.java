package io.planex.solr;

import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A 2-node MiniSolrCloudCluster in a JVM of its own, for the tests and benchmarks of modules whose class path
 * cannot hold Solr's Jetty 10 (the cli and the web app run Jetty 12): prints {@code zk=HOST:PORT} on stdout once
 * the cluster is up, and shuts it down when its stdin closes (the parent ended, or closed the pipe). The class
 * path is the solr module's test class path, written to {@code solr/target/cluster-classpath.txt} by the build.
 *
 * <pre>java -cp solr/target/test-classes:solr/target/classes:$(cat solr/target/cluster-classpath.txt) \
 *     io.planex.solr.SolrClusterMain DIR</pre>
 */
public final class SolrClusterMain {
    private SolrClusterMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SolrClusterMain DIR");
            System.exit(2);
        }
        MiniSolrCloudCluster cluster = SolrCluster.start(Path.of(args[0]));
        try {
            System.out.println("zk=" + SolrCluster.zk(cluster));
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close the pipe
            }
        } finally {
            cluster.shutdown();
        }
        System.exit(0);
    }
}
