package io.planex.solr;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a planex collection lives: a ZooKeeper ensemble ({@code host:port[,host:port...][/chroot]}), from which
 * the live nodes are read, or the HTTP URLs of some of the nodes ({@code http://host:8983/solr}), and the
 * collection's name.
 */
public record SolrTarget(String zkHost, List<String> urls, String collection) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]*");

    public SolrTarget {
        urls = urls == null ? List.of() : List.copyOf(urls);
        if ((zkHost == null || zkHost.isBlank()) == urls.isEmpty()) {
            throw new IllegalArgumentException("give either a ZooKeeper address (--solr HOST:PORT[/chroot]) or "
                    + "node URLs (--solr-url http://HOST:PORT/solr), not both or neither");
        }
        if (collection == null || !NAME.matcher(collection).matches()) {
            throw new IllegalArgumentException("--collection needs a name of letters, digits, '_', '-', '.', not '"
                    + collection + "'");
        }
        for (String u : urls) {
            if (!u.startsWith("http://") && !u.startsWith("https://")) {
                throw new IllegalArgumentException("--solr-url must be an http(s) URL such as "
                        + "http://localhost:8983/solr, not '" + u + "'");
            }
        }
    }

    public static SolrTarget zk(String zkHost, String collection) {
        return new SolrTarget(zkHost, List.of(), collection);
    }

    public static SolrTarget urls(List<String> urls, String collection) {
        return new SolrTarget(null, urls, collection);
    }

    /** For messages: where the collection is. */
    public String describe() {
        return "Solr collection " + collection + " at " + (zkHost != null ? "ZooKeeper " + zkHost : String.join(", ", urls));
    }
}
