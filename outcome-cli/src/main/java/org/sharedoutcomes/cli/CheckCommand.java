package org.sharedoutcomes.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.check.Severity;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code outcome check}: the accountability checks, one finding a line. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Runs the accountability checks on a model and prints one finding a line"
        + " (code, severity, message), then a count.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no finding at or above --fail-on",
        "1:findings at or above --fail-on, or the model cannot be read", "2:usage error"},
    footerHeading = "%nExamples:%n",
    footer = {"  java -jar outcome-cli.jar check my-model.json",
        "  java -jar outcome-cli.jar check my-model.json --fail-on error",
        "  java -jar outcome-cli.jar check --sample delivery-unit"})
final class CheckCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Mixin
  ModelOptions model;

  @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "WARNING",
      description = "the least severity that makes the exit code 1: ${COMPLETION-CANDIDATES}"
          + " (default: ${DEFAULT-VALUE})")
  Severity failOn;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    ModelOptions.Loaded loaded = model.load(cl, false, Terminal.interactive());
    List<Finding> findings = AccountabilityCheck.of(loaded.model()).findings();
    PrintWriter out = cl.getOut();
    int errors = 0;
    int warnings = 0;
    int failing = 0;
    for (Finding f : findings) {
      out.println(f.code().code() + " " + f.severity() + " " + f.message());
      errors += f.severity() == Severity.ERROR ? 1 : 0;
      warnings += f.severity() == Severity.WARNING ? 1 : 0;
      failing += f.severity().compareTo(failOn) <= 0 ? 1 : 0;
    }
    out.println(String.format(Locale.ROOT, "%s: %d finding%s: %d errors, %d warnings, %d for"
        + " information.", loaded.source(), findings.size(), findings.size() == 1 ? "" : "s",
        errors, warnings, findings.size() - errors - warnings));
    out.flush();
    return failing > 0 ? 1 : 0;
  }
}
