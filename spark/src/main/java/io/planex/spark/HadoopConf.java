package io.planex.spark;

import java.util.HashMap;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;

/**
 * The driver's Hadoop settings (core-site.xml, spark.hadoop.*: HDFS name nodes, S3 endpoints and credentials)
 * as a plain map that travels with the tasks, for tasks that open files through Hadoop themselves.
 */
final class HadoopConf {
    private HadoopConf() {}

    static Map<String, String> of(SparkSession spark) {
        Map<String, String> conf = new HashMap<>();
        spark.sparkContext().hadoopConfiguration().forEach(e -> conf.put(e.getKey(), e.getValue()));
        return conf;
    }

    static Configuration toConfiguration(Map<String, String> entries) {
        Configuration conf = new Configuration(false);
        entries.forEach(conf::set);
        return conf;
    }
}
