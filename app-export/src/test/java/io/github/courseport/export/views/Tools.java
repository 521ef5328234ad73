package io.github.courseport.export.views;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * External programs the view tests check their output with (a browser, Node.js). Absent ones skip
 * the test on a developer's machine, but fail it under {@code CI=true}, where {@code .ci/run}
 * installs them.
 */
public final class Tools {
  /** Learning Locker's validator of xAPI statements, run by node. */
  public static final Path XAPI_VALIDATOR =
      Path.of("src/test/node/validate-xapi.js").toAbsolutePath();

  /** The validator's package: present once {@code npm ci --prefix app-export/src/test/node} ran. */
  public static final Path XAPI_VALIDATOR_PACKAGE =
      Path.of("src/test/node/node_modules/@learninglocker/xapi-validation/package.json")
          .toAbsolutePath();

  private Tools() {}

  /** Whether this is a CI run, where every independent checker must be present. */
  public static boolean ci() {
    return "true".equals(System.getenv("CI"));
  }

  /** Skips the test (or, under CI, fails it) when something it needs is missing. */
  public static void require(boolean present, String what) {
    if (present) {
      return;
    }
    if (ci()) {
      fail(what + " is missing, and CI=true requires it (.ci/run installs it)");
    }
    assumeTrue(false, what + " is missing: test skipped (it runs under CI=true)");
  }

  /** The first of these programs found on the PATH. */
  public static Optional<Path> onPath(String... names) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String name : names) {
      for (String dir : path.split(File.pathSeparator, -1)) {
        Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** What a finished program said. */
  public record Result(int exitCode, String stdout, String stderr) {}

  /** Runs a program to its end, or kills it after the timeout (then the test fails). */
  public static Result run(List<String> command, Path workDir, long timeoutSeconds)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile(workDir, "stdout", ".txt");
    Path err = Files.createTempFile(workDir, "stderr", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor();
      fail(command.get(0) + " did not finish in " + timeoutSeconds + " s");
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
