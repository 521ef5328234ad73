package io.github.courseport.export.cli;

import io.github.courseport.export.archive.BagVerifier;
import io.github.courseport.export.views.RecordSchemas;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code courseport verify}: checks an archive. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Checks a Courseport archive, a folder or a .zip.",
      "",
      "Every manifest entry must be present with the right SHA-256 and SHA-512, no payload file"
          + " may be missing from the manifests, bag-info.txt must be consistent (Payload-Oxum),"
          + " and every record file must match its JSON Schema.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the archive is valid", "1:problems were found (each is listed)"})
public final class VerifyCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "PATH", description = "The archive: a folder or a .zip file.")
  Path path = Path.of(".");

  @Override
  public Integer call() {
    List<String> problems = new BagVerifier(RecordSchemas.checker()).verify(path);
    CommandLine cmd = spec.commandLine();
    if (problems.isEmpty()) {
      cmd.getOut().println("Valid: " + path + " is a complete, intact Courseport bag.");
      cmd.getOut().flush();
      return 0;
    }
    problems.forEach(p -> cmd.getErr().println("  - " + p));
    cmd.getErr().flush();
    cmd.getOut()
        .println("INVALID: " + problems.size() + " problems in " + path + " (listed above).");
    cmd.getOut().flush();
    return 1;
  }
}
