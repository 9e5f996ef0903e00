package io.planex.spark;

import io.planex.batch.PathKeys;
import java.net.URI;
import java.nio.file.Path;

/**
 * The path a record and a report line carry for a file the job read. For a file on a local or shared file
 * system ({@code file:} URI) it is the absolute local path, exactly what {@code planex ingest} and
 * {@code planex extract /absolute/path} write, so the job's records are byte for byte theirs and an index
 * fed from either agrees; for any other file system it is the Hadoop URI ({@code hdfs://nn:8020/archive/a.pdf}).
 */
final class SourcePaths {
    private SourcePaths() {}

    static URI uri(String hadoopPath) {
        return new org.apache.hadoop.fs.Path(hadoopPath).toUri();
    }

    /** The local file behind a {@code file:} path, else null. */
    static Path localFile(String hadoopPath) {
        URI uri = uri(hadoopPath);
        if (uri.getScheme() != null && !"file".equals(uri.getScheme())) return null;
        return uri.getScheme() == null ? Path.of(uri.getPath()) : Path.of(URI.create("file://" + uri.getRawPath()));
    }

    static String display(String hadoopPath) {
        Path local = localFile(hadoopPath);
        return local != null ? PathKeys.key(local) : hadoopPath;
    }

    /** The file name: the last segment of the path. */
    static String name(String hadoopPath) {
        return new org.apache.hadoop.fs.Path(hadoopPath).getName();
    }
}
