package io.planex.solr;

import io.planex.index.SearchRequest;

/**
 * Run in a JVM whose class path has no Jetty and no Netty (as in the planex jar, beside the web app's Jetty 12):
 * searches a collection through ZooKeeper and prints its total, or fails.
 */
public final class NoJettyProbe {
    private NoJettyProbe() {}

    public static void main(String[] args) throws Exception {
        try {
            Class.forName("org.eclipse.jetty.client.HttpClient");
            throw new IllegalStateException("Jetty is on the class path: the probe proves nothing");
        } catch (ClassNotFoundException expected) {
            // as in the planex jar
        }
        try (SolrConnection c = SolrConnection.open(SolrTarget.zk(args[0], args[1]));
                SolrSearcher s = new SolrSearcher(c, false)) {
            System.out.println(s.search(SearchRequest.builder().query(args[2]).build()).total());
        }
    }
}
