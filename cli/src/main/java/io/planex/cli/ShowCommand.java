package io.planex.cli;

import io.planex.extract.json.RecordJson;
import io.planex.index.StoredDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** planex show: one indexed record. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Prints the JSON record of one indexed document.",
            "Name it by id (sha256, or a prefix of 4+ hex digits), path as ingested, or file name."},
        footer = {"", "Examples:", "  planex show 3f2a9c1e", "  planex show ke-hoach-ubnd-xa-an-thinh.txt --text"})
final class ShowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--text", description = "Print the stored text instead of the record.")
    boolean text;

    @Parameters(paramLabel = "FILE|ID", arity = "1", description = "Id, id prefix, path or file name.")
    String ref;

    @Override
    public Integer call() {
        List<StoredDocument> found = index.ask(searcher -> searcher.find(ref));
        if (found.isEmpty()) throw new Errors.UserException("no document '" + ref + "' in " + index.index);
        if (found.size() > 1) {
            String which = found.stream().map(d -> d.id().substring(0, 12) + " " + String.join(",", d.paths()))
                    .collect(Collectors.joining("; "));
            throw new Errors.UserException("'" + ref + "' names " + found.size() + " documents (" + which
                    + "): give more of the id");
        }
        PrintWriter out = spec.commandLine().getOut();
        StoredDocument d = found.get(0);
        out.println(text ? d.text() : RecordJson.toPrettyJson(d.record()));
        out.flush();
        return ExitCodes.OK;
    }
}
