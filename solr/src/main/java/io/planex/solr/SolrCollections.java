package io.planex.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.client.solrj.response.CollectionAdminResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * {@code planex solr init}: uploads planex's configset and creates the collection (or, when it exists, updates
 * its configset and reloads it), then waits until every replica is active.
 */
public final class SolrCollections {
    /** The configset's files, as resources beside this class. */
    static final List<String> CONFIGSET_FILES = List.of("solrconfig.xml", "managed-schema.xml");
    private static final long ACTIVE_TIMEOUT_MS = 180_000;

    private SolrCollections() {}

    /** What init did. */
    public record Outcome(boolean created, String configSet, int shards, int replicas) {}

    public static Outcome init(SolrConnection solr, String configSet, int shards, int replicas, PrintStream log)
            throws IOException, InterruptedException {
        if (shards < 1 || replicas < 1) throw new IllegalArgumentException("--shards and --replicas must be >= 1");
        Path zip = Files.createTempFile("planex-configset", ".zip");
        try {
            Files.write(zip, configSetZip());
            ConfigSetAdminRequest.Upload upload = new ConfigSetAdminRequest.Upload();
            upload.setConfigSetName(configSet);
            upload.setUploadFile(zip.toFile(), "application/zip");
            upload.setOverwrite(true);
            upload.setCleanup(true);
            solr.processAdmin(upload);
            log.println("planex: configset " + configSet + " uploaded");
        } finally {
            Files.deleteIfExists(zip);
        }
        String name = solr.collection();
        List<String> existing = solr.call((client, c) -> CollectionAdminRequest.listCollections(client), false);
        boolean created = !existing.contains(name);
        try {
            if (created) {
                CollectionAdminResponse r = solr.processAdmin(
                        CollectionAdminRequest.createCollection(name, configSet, shards, replicas));
                if (!r.isSuccess()) throw new IOException("creating " + name + " failed: " + r.getErrorMessages());
                log.println("planex: collection " + name + " created (" + shards + " shards x " + replicas
                        + " replicas)");
            } else {
                solr.processAdmin(CollectionAdminRequest.reloadCollection(name));
                log.println("planex: collection " + name + " exists; its configset was updated and it was reloaded");
            }
        } catch (SolrException e) {
            throw new IOException("creating collection " + name + " failed: " + SolrConnection.rootMessage(e)
                    + hint(e), e);
        }
        waitUntilActive(solr, name);
        return new Outcome(created, configSet, shards, replicas);
    }

    private static String hint(SolrException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("vietnamese") || m.contains("SPI") || m.contains("Plugin init failure")
                ? " (is the planex analysis jar, planex-solr-*-analysis.jar, in every node's lib/ folder?)" : "";
    }

    /** Polls the cluster status until every replica of the collection is active. */
    static void waitUntilActive(SolrConnection solr, String name) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + ACTIVE_TIMEOUT_MS;
        String state = "unknown";
        while (System.currentTimeMillis() < deadline) {
            CollectionAdminResponse r = solr.processAdmin(
                    CollectionAdminRequest.getClusterStatus().setCollectionName(name));
            state = replicaStates(r.getResponse(), name);
            if (!state.isEmpty() && state.chars().allMatch(c -> c == 'A')) return;
            Thread.sleep(250);
        }
        throw new IOException("collection " + name + " did not become active within "
                + ACTIVE_TIMEOUT_MS / 1000 + " s (replica states: " + state + ")");
    }

    /** One character per replica: 'A' active, '-' not yet. */
    @SuppressWarnings("unchecked")
    private static String replicaStates(NamedList<Object> response, String name) {
        StringBuilder s = new StringBuilder();
        Object cluster = response.get("cluster");
        if (!(cluster instanceof NamedList<?> c)) return "";
        Object collections = c.get("collections");
        Object coll = collections instanceof NamedList<?> n ? n.get(name)
                : collections instanceof Map<?, ?> m ? m.get(name) : null;
        Object shards = coll instanceof Map<?, ?> m ? m.get("shards") : coll instanceof NamedList<?> n ? n.get("shards") : null;
        if (!(shards instanceof Map<?, ?> shardMap)) return "";
        for (Object shard : shardMap.values()) {
            Object replicas = ((Map<String, Object>) shard).get("replicas");
            if (!(replicas instanceof Map<?, ?> rm)) continue;
            for (Object replica : rm.values()) {
                Object st = ((Map<String, Object>) replica).get("state");
                s.append("active".equals(st) ? 'A' : '-');
            }
        }
        return s.toString();
    }

    /** The configset as a zip (for the ConfigSets API). */
    static byte[] configSetZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String f : CONFIGSET_FILES) {
                zip.putNextEntry(new ZipEntry(f));
                try (InputStream in = SolrCollections.class.getResourceAsStream("configset/" + f)) {
                    if (in == null) throw new IllegalStateException("configset file missing from the jar: " + f);
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
