package io.planex.cli;

import io.planex.solr.SolrTarget;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options that point a command at a SolrCloud collection instead of the local index: ZooKeeper
 * ({@code --solr HOST:PORT[/chroot]}) or node URLs ({@code --solr-url}), and {@code --collection}.
 */
final class SolrOptions {
    @Option(names = {"--solr", "--zk"}, paramLabel = "HOST:PORT[/chroot]",
            description = "Use the SolrCloud whose ZooKeeper is here instead of the local index (with --collection).")
    String zk;

    @Option(names = "--solr-url", paramLabel = "URL", split = ",",
            description = "Use these Solr nodes (http://HOST:8983/solr, comma-separated or repeated) instead of "
                    + "the local index (with --collection).")
    List<String> urls;

    @Option(names = "--collection", paramLabel = "NAME", description = "The Solr collection (with --solr or --solr-url).")
    String collection;

    /** True when the command goes to Solr. */
    boolean enabled() {
        return zk != null || (urls != null && !urls.isEmpty()) || collection != null;
    }

    /** The collection as a target; a usage error when the options are incomplete. */
    SolrTarget target() {
        if (collection == null) throw new Errors.UserException("--solr and --solr-url need --collection NAME");
        try {
            return new SolrTarget(zk, urls, collection);
        } catch (IllegalArgumentException e) {
            throw new Errors.UserException(e.getMessage(), e);
        }
    }
}
