package org.sharedoutcomes.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Problem;
import org.sharedoutcomes.json.OutcomeFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code outcome validate}: is the file a valid model? */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Reads a model file and says whether it is a valid sharedoutcomes/1 model:"
        + " well-formed JSON, known fields of the right types, and a model that passes"
        + " validation (references, ids, cycles). On failure, the first line names the file,"
        + " line and column; every validation problem follows, one a line.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the model is valid", "1:it is not, or the file cannot be read",
        "2:usage error"},
    footerHeading = "%nExample:%n",
    footer = "  java -jar outcome-cli.jar validate my-model.json")
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "MODEL", description = "the model file")
  Path file;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    OutcomeModel m;
    try {
      m = ModelFiles.read(file, Terminal.interactive());
    } catch (ModelFiles.BadModelException e) {
      PrintWriter err = cl.getErr();
      err.println("outcome: " + e.getMessage());
      if (e.getCause() instanceof OutcomeFormatException f && f.problems().size() > 1) {
        for (Problem p : f.problems()) {
          err.println("  " + p);
        }
      }
      err.flush();
      return 1;
    }
    PrintWriter out = cl.getOut();
    out.println(file + ": valid: " + ModelFiles.count(m.agencies().size(), "agency", "agencies")
        + ", " + ModelFiles.count(m.commitments().size(), "commitment", "commitments") + ", "
        + ModelFiles.count(m.outcomes().size(), "outcome", "outcomes") + ", "
        + ModelFiles.count(m.indicators().size(), "indicator", "indicators") + ", "
        + ModelFiles.count(m.measurementCount(), "measurement", "measurements") + ".");
    out.flush();
    return 0;
  }
}
