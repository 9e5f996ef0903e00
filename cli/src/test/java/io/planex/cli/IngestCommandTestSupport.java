package io.planex.cli;

import io.planex.index.IndexFields;
import io.planex.testkit.corpus.PlanGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/** Shared by the ingest command tests. */
final class IngestCommandTestSupport {
    private IngestCommandTestSupport() {}

    record Run(int exitCode, String stderr) {}

    static Run planex(String... args) {
        StringWriter err = new StringWriter();
        var cl = PlanexCli.newCommandLine();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Run(code, err.toString());
    }

    static List<Path> writePlans(Path dir, int n) throws IOException {
        Files.createDirectories(dir);
        PlanGenerator g = new PlanGenerator(99);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("plan-%03d.txt", i));
            Files.writeString(p, g.generate(i).text(), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    /** id -> number of live Lucene documents with that id (more than one would be a duplicate). */
    static Map<String, Integer> documentsById(Path index) throws IOException {
        Map<String, Integer> out = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(index))) {
            Bits live = MultiBits.getLiveDocs(reader);
            for (int i = 0; i < reader.maxDoc(); i++) {
                if (live != null && !live.get(i)) continue;
                Document d = reader.storedFields().document(i);
                out.merge(d.get(IndexFields.ID), 1, Integer::sum);
            }
        }
        return out;
    }
}
