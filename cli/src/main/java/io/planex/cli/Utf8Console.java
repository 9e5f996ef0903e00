package io.planex.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * stdout and stderr as UTF-8 whatever the locale. Java 17 encodes System.out with the locale's charset, and
 * picocli its writers with the default charset: under LC_ALL=C both are ASCII and every Vietnamese letter of the
 * JSON becomes '?'. NDJSON consumers expect UTF-8, so planex always writes UTF-8.
 */
final class Utf8Console {
    private Utf8Console() {}

    static void install(CommandLine cl) {
        // picocli builds fresh writers around System.out/err in places (e.g. execute()), with these charsets.
        System.setProperty("sun.stdout.encoding", "UTF-8");
        System.setProperty("sun.stderr.encoding", "UTF-8");
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        cl.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    }
}
