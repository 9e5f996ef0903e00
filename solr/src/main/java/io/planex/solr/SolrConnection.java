package io.planex.solr;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.io.InterruptedIOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.cloud.ZkStateReader;

/**
 * The HTTP side of a {@link SolrTarget}: requests go to one live node, which routes updates to the shard leaders
 * and fans queries out to the shards; when a node cannot be reached the next one is tried.
 *
 * <p>Why not SolrJ's {@code CloudHttp2SolrClient}: it only runs on the Jetty 10 HTTP client, and the planex jar
 * also carries the web app's Jetty 12, which cannot share a class path with Jetty 10. The JDK-based
 * {@link HttpJdkSolrClient} needs no Jetty; with ZooKeeper the live nodes come from the cluster state
 * ({@link ZkClientClusterStateProvider}, plain ZooKeeper client), re-read whenever a node fails.
 */
public final class SolrConnection implements Closeable {
    private static final long CONNECT_TIMEOUT_MS = 10_000;
    /**
     * A request not answered by then fails, and is tried on the next node (and retried by the caller): a request
     * sent just as a node went down may otherwise wait for ever.
     */
    private static final long REQUEST_TIMEOUT_MS = 60_000;
    /** Requests run on these threads so that the caller can stop waiting. */
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "planex-solr-call");
        t.setDaemon(true);
        return t;
    });

    private final SolrTarget target;
    private final ZkClientClusterStateProvider zk;
    private final Map<String, HttpJdkSolrClient> clients = new ConcurrentHashMap<>();
    private final AtomicInteger next = new AtomicInteger();
    private volatile List<String> nodes;

    private SolrConnection(SolrTarget target, ZkClientClusterStateProvider zk) {
        this.target = target;
        this.zk = zk;
    }

    /** Connects (to ZooKeeper when the target names it); fails with a clear message when nothing answers. */
    public static SolrConnection open(SolrTarget target) throws IOException {
        ZkClientClusterStateProvider zk = null;
        if (target.zkHost() != null) {
            String hosts = target.zkHost();
            int slash = hosts.indexOf('/');
            String chroot = slash < 0 ? null : hosts.substring(slash);
            List<String> ensemble = List.of((slash < 0 ? hosts : hosts.substring(0, slash)).split(","));
            try {
                zk = new ZkClientClusterStateProvider(ensemble, chroot);
                zk.setZkConnectTimeout(15_000);
                zk.connect();
            } catch (RuntimeException e) {
                if (zk != null) zk.close();
                throw new IOException("cannot reach ZooKeeper at " + target.zkHost() + ": " + e.getMessage(), e);
            }
        }
        SolrConnection c = new SolrConnection(target, zk);
        c.refreshNodes();
        return c;
    }

    public SolrTarget target() {
        return target;
    }

    public String collection() {
        return target.collection();
    }

    /** The ZooKeeper state reader, or empty when the target is node URLs. */
    Optional<ZkStateReader> zkStateReader() {
        return Optional.ofNullable(zk).map(ZkClientClusterStateProvider::getZkStateReader);
    }

    /** The base URLs of the live nodes (or of the URLs given). */
    public List<String> nodes() {
        return nodes;
    }

    private void refreshNodes() throws IOException {
        if (zk == null) {
            nodes = target.urls().stream().map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).toList();
            return;
        }
        List<String> live = new ArrayList<>();
        try {
            for (String node : zk.getLiveNodes()) live.add(urlOf(node));
        } catch (RuntimeException e) {
            throw new IOException("cannot read the live Solr nodes from ZooKeeper " + target.zkHost() + ": "
                    + e.getMessage(), e);
        }
        if (live.isEmpty()) throw new IOException("no live Solr node registered in ZooKeeper " + target.zkHost());
        Collections.sort(live);
        nodes = List.copyOf(live);
    }

    private String urlOf(String nodeName) {
        String scheme = zk.getClusterProperty("urlScheme", "http");
        return org.apache.solr.common.util.Utils.getBaseUrlForNodeName(nodeName, scheme);
    }

    private HttpJdkSolrClient client(String baseUrl) {
        return clients.computeIfAbsent(baseUrl, u -> new HttpJdkSolrClient.Builder(u)
                .useHttp1_1(true)
                .withConnectionTimeout(CONNECT_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .withIdleTimeout(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .withRequestTimeout(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS)
                .build());
    }

    /** One call to a node: the client of that node and the collection (null for cluster requests). */
    @FunctionalInterface
    public interface Call<T> {
        T on(SolrClient client, String collection) throws SolrServerException, IOException;
    }

    /**
     * Sends a request about the collection ({@code collection} true) or the cluster, to one live node after
     * another until one answers. Errors Solr itself returns (a bad query, no leader yet) are not retried here.
     */
    public <T> T call(Call<T> call, boolean collection) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 2; attempt++) {
            List<String> list = nodes;
            int start = Math.floorMod(next.getAndIncrement(), list.size());
            for (int i = 0; i < list.size(); i++) {
                String node = list.get((start + i) % list.size());
                HttpJdkSolrClient client = client(node);
                Future<T> answer = CALLS.submit(() -> call.on(client, collection ? target.collection() : null));
                try {
                    return answer.get(REQUEST_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    answer.cancel(true);
                    forget(node, client); // its connections may be stale: the next request opens new ones
                    last = new IOException("Solr node " + node + " did not answer within "
                            + REQUEST_TIMEOUT_MS / 1000 + " s");
                } catch (InterruptedException e) {
                    answer.cancel(true);
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for Solr node " + node);
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof SolrServerException || cause instanceof IOException) {
                        last = new IOException("Solr node " + node + " did not answer: " + rootMessage(cause), cause);
                    } else if (cause instanceof SolrException se) {
                        if (se.code() != SolrException.ErrorCode.SERVICE_UNAVAILABLE.code && se.code() != 404) throw se;
                        last = new IOException("Solr node " + node + ": " + se.getMessage(), se);
                    } else if (cause instanceof RuntimeException re) {
                        throw re;
                    } else {
                        throw new IOException(cause);
                    }
                }
            }
            if (zk == null) break;
            refreshNodes();
        }
        throw last;
    }

    private void forget(String node, HttpJdkSolrClient client) {
        if (!clients.remove(node, client)) return;
        CALLS.execute(() -> {
            try {
                client.close();
            } catch (IOException | RuntimeException e) {
                // a client that cannot close cleanly is dropped all the same
            }
        });
    }

    /** Sends a request about the collection and returns its typed response. */
    public <R extends SolrResponse> R process(SolrRequest<R> request) throws IOException {
        return call((client, collection) -> request.process(client, collection), true);
    }

    /** Sends a cluster request (Collections or ConfigSets API). */
    public <R extends SolrResponse> R processAdmin(SolrRequest<R> request) throws IOException {
        return call((client, collection) -> request.process(client), false);
    }

    static String rootMessage(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) r = r.getCause();
        String m = r.getMessage();
        return m == null ? r.getClass().getSimpleName() : m;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (HttpJdkSolrClient c : clients.values()) {
            try {
                c.close();
            } catch (IOException e) {
                if (first == null) first = e;
            } catch (RuntimeException e) {
                // its executor still runs a request a lost node never answered (see REQUEST_TIMEOUT_MS): dropped
            }
        }
        if (zk != null) zk.close();
        if (first != null) throw first;
    }
}
