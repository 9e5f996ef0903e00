package io.planex.cli;

import io.javalin.Javalin;
import io.planex.index.live.SearchSource;
import io.planex.web.WebApp;
import io.planex.web.WebConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** planex serve: the web app and JSON API over the local index or a Solr collection, read-only, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the analysts' web app and the JSON API (/api/...) over the index, read-only.",
            "Follows a running ingest: new commits show without a restart. Binds 127.0.0.1 by default; binding",
            "any other address needs --token-file FILE (requests then carry 'Authorization: Bearer TOKEN' or sign",
            "in with the token) or an explicit --no-auth. Stop with Ctrl-C."},
        footer = {"", "Examples:", "  planex serve                      # http://127.0.0.1:8080/",
            "  planex serve --bind 0.0.0.0 --port 8443 --token-file /etc/planex/token"})
final class ServeCommand implements Callable<Integer> {
    /** A token that fits a header and a cookie without quoting, long enough not to be guessed. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._~+/=-]{16,512}");

    @Spec
    CommandSpec spec;

    @Mixin
    IndexOption index;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File holding the access token (16+ characters of A-Z a-z 0-9 . _ ~ + / = -).")
    Path tokenFile;

    @Option(names = "--no-auth", description = "Serve a non-loopback address without authentication.")
    boolean noAuth;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new Errors.UserException("--port must be 0-65535, was " + port);
        if (tokenFile != null && noAuth) throw new Errors.UserException("--token-file and --no-auth exclude each other");
        boolean loopback = loopback(bind);
        if (!loopback && tokenFile == null && !noAuth) {
            throw new Errors.UserException("binding " + bind + " opens the index to the network: give --token-file FILE"
                    + " (or --no-auth to serve it to anyone who can reach this machine)");
        }
        String token = tokenFile == null ? null : readToken(tokenFile);
        PrintWriter err = spec.commandLine().getErr();
        SearchSource live = index.source(Duration.ofSeconds(1));
        Javalin app;
        try {
            app = WebApp.create(live, new WebConfig(token, Duration.ofSeconds(1), Clock.systemDefaultZone()))
                    .start(bind, port);
        } catch (RuntimeException e) {
            closeQuietly(live);
            throw new Errors.UserException("cannot listen on " + bind + ":" + port + ": " + rootMessage(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            stop(app, live);
            stopped.countDown();
        }, "planex-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        err.printf("planex: serving %s at http://%s:%d/ (%s; ready %.1f s after the JVM started; Ctrl-C to stop)%n",
                live.describe(), host, app.port(),
                token != null ? "token required" : loopback ? "this machine only" : "NO AUTHENTICATION",
                java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0);
        err.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the JVM (embedding, tests): close as the shutdown hook would.
            Runtime.getRuntime().removeShutdownHook(hook);
            stop(app, live);
        }
        return ExitCodes.OK;
    }

    private static void stop(Javalin app, SearchSource live) {
        try {
            app.stop();
        } finally {
            closeQuietly(live);
        }
    }

    private static void closeQuietly(SearchSource live) {
        try {
            live.close();
        } catch (IOException | RuntimeException ignored) {
            // shutting down
        }
    }

    static boolean loopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new Errors.UserException("--bind: unknown address '" + address + "'");
        }
    }

    static String readToken(Path file) {
        String token;
        try {
            token = Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new Errors.UserException("--token-file: cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new Errors.UserException("--token-file: the token must be 16-512 characters of A-Z a-z 0-9 . _ ~ + / = -");
        }
        return token;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
