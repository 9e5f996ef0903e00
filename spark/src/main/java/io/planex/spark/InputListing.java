package io.planex.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Every file under INPUT, as {@code planex ingest} sees a folder tree: the glob is expanded in the driver, and
 * each match is listed recursively in a task of its own, so a large archive is listed in parallel and the driver
 * never holds the file list. Unlike Spark's file sources, it keeps empty files (reported "empty", as ingest
 * does) and names starting with "_" or "." (ingest reads those too); unlike {@code binaryFiles}, it leaves the
 * partitioning of the reading to the job.
 */
final class InputListing {
    /** uri: the Hadoop path; path: what records and reports carry ({@link SourcePaths#display}). */
    static final StructType SCHEMA = new StructType()
            .add("uri", DataTypes.StringType)
            .add("path", DataTypes.StringType)
            .add("length", DataTypes.LongType)
            .add("mtime", DataTypes.LongType);

    private InputListing() {}

    static Dataset<Row> list(SparkSession spark, String input, Map<String, String> conf) throws IOException {
        org.apache.hadoop.fs.Path pattern = new org.apache.hadoop.fs.Path(input);
        FileSystem fs = pattern.getFileSystem(spark.sparkContext().hadoopConfiguration());
        FileStatus[] matches = fs.globStatus(pattern);
        if (matches == null || matches.length == 0) throw new IOException("no such file or folder: " + input);
        List<String> roots = new ArrayList<>();
        for (FileStatus m : matches) roots.add(m.getPath().toString());
        return spark.createDataset(roots, Encoders.STRING())
                .repartition(Math.min(roots.size(), 10_000))
                .flatMap((FlatMapFunction<String, Row>) root -> files(root, conf), Encoders.row(SCHEMA));
    }

    private static Iterator<Row> files(String root, Map<String, String> hadoopConf) throws IOException {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(root);
        RemoteIterator<LocatedFileStatus> it = path.getFileSystem(HadoopConf.toConfiguration(hadoopConf))
                .listFiles(path, true);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return it.hasNext();
                } catch (IOException e) {
                    throw new UncheckedIOException("listing " + root, e);
                }
            }

            @Override
            public Row next() {
                try {
                    LocatedFileStatus s = it.next();
                    String uri = s.getPath().toString();
                    return RowFactory.create(uri, SourcePaths.display(uri), s.getLen(), s.getModificationTime());
                } catch (IOException e) {
                    throw new UncheckedIOException("listing " + root, e);
                }
            }
        };
    }
}
