package io.planex.spark;

import java.io.File;
import java.net.URISyntaxException;
import java.security.CodeSource;

/**
 * The class path of the child JVMs that read files. On a cluster the job jar is not on the executor's
 * {@code java.class.path} (Spark loads it in a class loader of its own), and that class path holds Spark's jars,
 * whose versions of commons-compress, commons-io and others differ from the reader's: the children get the job
 * jar alone, which carries the reader and all it needs. Outside a job jar (tests, an IDE) they get this JVM's
 * class path.
 */
final class WorkerClassPath {
    private WorkerClassPath() {}

    static String forThisJvm() {
        File job = location(ExtractJob.class);
        File tika = location(org.apache.tika.Tika.class);
        if (job != null && job.isFile() && job.equals(tika)) return job.getPath();
        String cp = System.getProperty("java.class.path");
        if (job != null && !cp.contains(job.getPath())) cp = job.getPath() + File.pathSeparator + cp;
        return cp;
    }

    private static File location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) return null;
        try {
            return new File(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
