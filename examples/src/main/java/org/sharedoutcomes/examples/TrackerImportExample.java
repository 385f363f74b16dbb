package org.sharedoutcomes.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.check.AccountabilityCheck;
import org.sharedoutcomes.core.check.Finding;
import org.sharedoutcomes.core.check.FindingCode;
import org.sharedoutcomes.examples.tracker.MandateTrackerCsv;
import org.sharedoutcomes.tabular.ImportResult;
import org.sharedoutcomes.tabular.RowProblem;

/**
 * Example 5, an integrator's adapter: imports a mandate-letter tracker (CSV) into a model with
 * {@link MandateTrackerCsv}, lists the rows it could not import with their row numbers and
 * reasons, and then uses the model like any other: commitments by status, and the
 * accountability checks on what was imported.
 *
 * <p>Run it on the bundled sample tracker, or pass a CSV file of your own as the argument.
 */
public final class TrackerImportExample {
  /** The sample tracker shipped with the examples, as a class-path resource. */
  public static final String SAMPLE = "tracker/mandate-tracker.csv";

  private TrackerImportExample() {}

  /**
   * Runs the example.
   *
   * @param args an optional CSV file; without it, the bundled sample
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length > 0) {
      try (Reader r = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
        run(r, args[0], System.out);
      }
    } else {
      run(System.out);
    }
  }

  /**
   * Runs the example on the bundled sample tracker.
   *
   * @param out where to write
   */
  public static void run(PrintStream out) {
    try (InputStream in = Objects.requireNonNull(
        TrackerImportExample.class.getResourceAsStream(SAMPLE), SAMPLE);
        Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      run(r, "the sample tracker", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs the example on a tracker.
   *
   * @param csv the tracker
   * @param name its name, for the output
   * @param out where to write
   * @throws IOException if the reader fails
   */
  public static void run(Reader csv, String name, PrintStream out) throws IOException {
    // 1. Import. Bad rows do not stop the import: they come back with their reasons.
    ImportResult result = MandateTrackerCsv.read(csv, name);
    out.println("Importing " + name);
    out.println("Imported " + result.imported() + " of " + result.rows() + " rows; "
        + result.skipped() + " rejected:");
    for (RowProblem row : result.problems()) {
      out.println("  " + MandateTrackerCsv.describe(row));
    }

    // 2. The result is an ordinary, validated model.
    OutcomeModel model = result.model();
    out.println();
    out.println("The model: " + model.commitments().size() + " commitments, "
        + model.agencies().size() + " agencies, " + model.roles().size() + " role assignments");
    Map<CommitmentStatus, Integer> byStatus = new EnumMap<>(CommitmentStatus.class);
    int unreported = 0;
    for (Commitment c : model.commitments()) {
      if (c.status().isPresent()) {
        byStatus.merge(c.status().get(), 1, Integer::sum);
      } else {
        unreported++;
      }
    }
    out.println("Commitments by status:");
    byStatus.forEach((status, n) -> out.printf("  %-26s %2d%n",
        status.name().toLowerCase(Locale.ROOT).replace('_', ' '), n));
    if (unreported > 0) {
      out.printf("  %-26s %2d%n", "no status reported", unreported);
    }

    // 3. Which agencies carry the most? (a question a tracker alone cannot answer)
    out.println("Agencies on three or more commitments:");
    model.agencies().stream()
        .filter(a -> model.commitmentsOf(a.id()).size() >= 3)
        .forEach(a -> out.println("  " + a.name() + ": " + model.commitmentsOf(a.id()).size()));

    // 4. The checks see what a spreadsheet does not: shared work with no agreed way to settle
    //    disputes, and leads with nobody to lead.
    AccountabilityCheck check = AccountabilityCheck.of(model);
    out.println();
    out.println("Accountability checks: " + check.findings().size() + " findings");
    for (FindingCode code : FindingCode.values()) {
      int n = check.findings(code).size();
      if (n > 0) {
        out.println("  " + code.code() + " " + code.name().toLowerCase(Locale.ROOT)
            .replace('_', ' ') + ": " + n);
      }
    }
    for (Finding f : check.findings(FindingCode.LEAD_IS_SOLE_CONTRIBUTOR)) {
      out.println("  e.g. " + f.message());
    }
  }
}
