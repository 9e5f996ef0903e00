package io.planex.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real planex main in a child JVM through {@code /bin/sh}, with an environment of our choosing. The
 * script is written as UTF-8 bytes, so Vietnamese arguments and file names reach the child as the user's bytes
 * whatever this JVM's own locale (a test JVM under LC_ALL=C could not even pass them to ProcessBuilder).
 */
final class ChildPlanex {
    record Result(int exitCode, String out, String err) {}

    private ChildPlanex() {}

    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** Runs {@code script} (sh syntax; the function {@code planex} runs the real main) in {@code dir} with exactly {@code env}. */
    static Result sh(Path dir, Map<String, String> env, String script) throws IOException, InterruptedException {
        Process p = start(dir, env, script);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child planex did not finish");
        }
        return new Result(p.exitValue(), read(dir.resolve(".child.out")), read(dir.resolve(".child.err")));
    }

    static Process start(Path dir, Map<String, String> env, String script) throws IOException {
        Path file = dir.resolve(".child.sh");
        String planex = "planex() { '" + java() + "' -cp '" + System.getProperty("java.class.path") + "' "
                + PlanexCli.class.getName() + " \"$@\"; }\n";
        Files.write(file, (planex + script + "\n").getBytes(StandardCharsets.UTF_8));
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", file.toString()).directory(dir.toFile())
                .redirectOutput(dir.resolve(".child.out").toFile()).redirectError(dir.resolve(".child.err").toFile());
        pb.environment().clear();
        pb.environment().putAll(env);
        return pb.start();
    }

    static String read(Path p) throws IOException {
        return Files.exists(p) ? new String(Files.readAllBytes(p), StandardCharsets.UTF_8) : "";
    }
}
