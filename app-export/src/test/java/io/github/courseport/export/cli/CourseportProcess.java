package io.github.courseport.export.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts the real command in a separate JVM (for kill -9, signals and servers that run on). */
final class CourseportProcess {
  private CourseportProcess() {}

  static Process start(Map<String, String> env, Path workDir, String... args) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx256m");
    cmd.add("-XX:TieredStopAtLevel=1");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(workDir.toFile());
    pb.environment().remove("COURSERA_CAUTH");
    pb.environment().remove("COURSERA_CSRF3_TOKEN");
    pb.environment().putAll(env);
    pb.redirectError(ProcessBuilder.Redirect.appendTo(new File(workDir.toFile(), "stderr.log")));
    return pb.start();
  }
}
