package org.sharedoutcomes.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.apiguardian.api.API;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code outcome} command: {@code report}, {@code check}, {@code validate} and
 * {@code export} on a model in the sharedoutcomes/1 JSON format (or a bundled sample), and
 * {@code import} of IATI activity files or CSV tables into that format. Run {@code java -jar outcome-cli.jar --help}.
 *
 * <p>Exit codes: 0 success; 1 findings (check) or a model that cannot be read or a file that
 * cannot be written; 2 a usage error (an unknown option, a missing or malformed value). Every
 * error is one line on standard error, naming the file, line and column where it can.
 *
 * <pre>{@code
 * int code = OutcomeCli.run(new String[] {"check", "model.json"}, System.out, System.err);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Command(name = "outcome", mixinStandardHelpOptions = true,
    versionProvider = OutcomeCli.Version.class,
    description = "Reports on, checks, validates and exports a shared-outcomes model"
        + " (sharedoutcomes/1 JSON), and imports one from IATI XML or CSV tables.",
    subcommands = {ReportCommand.class, CheckCommand.class, ValidateCommand.class,
        ExportCommand.class, ImportCommand.class, CommandLine.HelpCommand.class},
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:findings (check), or a model that cannot be read, or a file that cannot be written",
        "2:usage error: an unknown option or a missing or malformed value"},
    footerHeading = "%nExamples:%n",
    footer = {
        "  java -jar outcome-cli.jar report --out report-out",
        "      the report (report.html, report.md, graph, charts) on the bundled sample",
        "  java -jar outcome-cli.jar report my-model.json --out my-report",
        "  java -jar outcome-cli.jar check my-model.json",
        "  java -jar outcome-cli.jar validate my-model.json",
        "  java -jar outcome-cli.jar export my-model.json --format graphml --out graph.graphml",
        "  java -jar outcome-cli.jar import activities.xml --out my-model.json",
        "  java -jar outcome-cli.jar help report"})
public final class OutcomeCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Where progress bars go: the caller's standard error. */
  final PrintStream err;

  private OutcomeCli(PrintStream err) {
    this.err = err;
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the arguments, see {@code --help}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command.
   *
   * @param args the arguments, see {@code --help}
   * @param out where results go
   * @param err where errors and progress go
   * @return the exit code: 0 success, 1 findings or a bad model or file, 2 a usage error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cl = commandLine(out, err);
    return cl.execute(args);
  }

  static CommandLine commandLine(PrintStream out, PrintStream err) {
    CommandLine cl = new CommandLine(new OutcomeCli(err));
    cl.setOut(new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
        true));
    cl.setErr(new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8),
        true));
    cl.setParameterExceptionHandler((e, args) -> {
      CommandLine c = e.getCommandLine();
      c.getErr().println("outcome: " + e.getMessage());
      c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help'.");
      c.getErr().flush();
      return 2;
    });
    cl.setExecutionExceptionHandler((e, c, parsed) -> {
      if (e instanceof ModelFiles.BadModelException || e instanceof CannotWriteException) {
        c.getErr().println("outcome: " + e.getMessage());
        c.getErr().flush();
        return 1;
      }
      throw e;
    });
    return cl;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "a command is needed: report, check, validate or export");
  }

  /** A file or folder that cannot be written. */
  static final class CannotWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CannotWriteException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = OutcomeCli.class.getPackage().getImplementationVersion();
      return new String[] {"outcome " + (v == null ? "(development build)" : v)};
    }
  }
}
