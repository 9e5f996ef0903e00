package io.planex.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * {@code --skip-known REPORT_DIR}: splits the listing into files an earlier run read successfully and files to
 * read. A file whose path, size and mtime match an ok (or unchanged) line of that report is passed over without
 * being opened; any other file is hashed (in the executors) and passed over when some ok line has its SHA-256
 * (a touched file, a copy), else read. Both steps are joins, so the known files need not fit in any one JVM.
 *
 * @param unchanged report lines ("unchanged") of the files passed over
 * @param toRead    listing rows of the files to read
 */
record KnownFiles(Dataset<String> unchanged, Dataset<Row> toRead) {
    static KnownFiles split(SparkSession spark, Dataset<Row> listing, String reportDir, Map<String, String> conf) {
        Dataset<Row> known = spark.read().schema(ReportLines.SCHEMA).json(reportDir)
                .filter(col("status").isin("ok", "unchanged").and(col("sha256").isNotNull()))
                .select(col("path").as("k_path"), col("sha256").as("k_sha"), col("pages").as("k_pages"),
                        col("bytes").as("k_bytes"), col("mtime").as("k_mtime"))
                .dropDuplicates("k_path");
        Column sameStat = listing.col("path").equalTo(known.col("k_path"))
                .and(listing.col("length").equalTo(known.col("k_bytes")))
                .and(listing.col("mtime").equalTo(known.col("k_mtime")));
        Dataset<String> byStat = listing.join(known, sameStat, "inner")
                .map((MapFunction<Row, String>) r -> ReportLines.unchanged(r.getAs("path"), r.getAs("k_sha"),
                        pages(r), r.getAs("length"), r.getAs("mtime")), Encoders.STRING());
        Dataset<Row> hashed = listing.join(known, sameStat, "left_anti")
                .map((MapFunction<Row, Row>) r -> RowFactory.create(r.getString(0), r.getString(1), r.getLong(2),
                        r.getLong(3), sha256OrNull(r.getString(0), conf)),
                        Encoders.row(InputListing.SCHEMA.add("sha", DataTypes.StringType)));
        Dataset<Row> knownSha = known.select(col("k_sha"), col("k_pages")).dropDuplicates("k_sha");
        Column sameSha = hashed.col("sha").equalTo(knownSha.col("k_sha"));
        Dataset<String> bySha = hashed.join(knownSha, sameSha, "inner")
                .map((MapFunction<Row, String>) r -> ReportLines.unchanged(r.getAs("path"), r.getAs("sha"),
                        pages(r), r.getAs("length"), r.getAs("mtime")), Encoders.STRING());
        Dataset<Row> toRead = hashed.join(knownSha, sameSha, "left_anti").select("uri", "path", "length", "mtime");
        return new KnownFiles(byStat.union(bySha), toRead);
    }

    private static int pages(Row r) {
        Integer p = r.getAs("k_pages");
        return p == null ? 0 : p;
    }

    /** The file's SHA-256, or null when it cannot be read now (the reading step then reports why). */
    static String sha256OrNull(String uri, Map<String, String> hadoopConf) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(uri);
        byte[] buf = new byte[1 << 16];
        try {
            InputStream in = SourcePaths.localFile(uri) != null
                    ? java.nio.file.Files.newInputStream(SourcePaths.localFile(uri))
                    : path.getFileSystem(HadoopConf.toConfiguration(hadoopConf)).open(path);
            try (in) {
                int n;
                while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            }
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
        return HexFormat.of().formatHex(md.digest());
    }
}
