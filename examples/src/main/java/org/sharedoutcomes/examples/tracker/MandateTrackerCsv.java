package org.sharedoutcomes.examples.tracker;

import java.io.Reader;
import java.util.List;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.tabular.ImportResult;
import org.sharedoutcomes.tabular.PartyNames;
import org.sharedoutcomes.tabular.RowProblem;
import org.sharedoutcomes.tabular.TableMapping;
import org.sharedoutcomes.tabular.TabularImport;

/**
 * An integrator's adapter: imports a CSV of commitments in the shape of public mandate-letter
 * trackers into an {@link OutcomeModel}, declared as a {@link TableMapping} of the
 * {@code outcome-tabular} module (no parsing code). The first row names the columns; these five
 * are required, in any order (other columns are ignored):
 *
 * <ul>
 *   <li>{@code id}: the commitment's id, unique in the file (ignoring case);
 *   <li>{@code title}: what was promised;
 *   <li>{@code lead}: the name of the lead agency, which becomes ACCOUNTABLE and LEAD;
 *   <li>{@code other_agencies}: names of supporting agencies separated by {@code ;} (may be
 *       empty), each a CONTRIBUTOR unless it is the lead;
 *   <li>{@code status}: a tracker status such as "Completed - fully met", "Underway - on
 *       track", "Underway - with challenges", "Not being pursued" or "On-going".
 * </ul>
 *
 * <p>Agencies are made from their names by {@link PartyNames} (id: the name in lower case,
 * words joined by hyphens; {@code Finance;finance} is one agency). A row that cannot be
 * imported is reported with its line and reason, and the import carries on; see
 * {@link TabularImport}. Stateless and thread-safe.
 */
public final class MandateTrackerCsv {
  /** The required columns. */
  public static final List<String> COLUMNS =
      List.of("id", "title", "lead", "other_agencies", "status");

  /** The mapping: the whole adapter. */
  public static final TableMapping MAPPING = TableMapping.commitments()
      .id("id").title("title").status("status")
      .role(Role.ACCOUNTABLE, "lead").role(Role.LEAD, "lead").require("lead")
      .roles(Role.CONTRIBUTOR, "other_agencies", ";")
      .build();

  private MandateTrackerCsv() {}

  /**
   * Imports a tracker.
   *
   * @param csv the CSV text
   * @param source the tracker's name, for problems
   * @return the model and the problems
   * @throws org.sharedoutcomes.tabular.TableFormatException if the file is empty or its header
   *     lacks a required column
   */
  public static ImportResult read(Reader csv, String source) {
    ImportResult r = TabularImport.readTable(MAPPING, csv, source);
    // the tracker lists the lead among the other agencies at times: a lead is not also its own
    // contributor
    OutcomeModel.Builder b = r.model().toBuilder();
    for (RoleAssignment a : r.model().roles()) {
      if (a.role().equals(Role.CONTRIBUTOR) && leads(r.model(), a)) {
        b.removeRole(a);
      }
    }
    return new ImportResult(b.build(), r.rows(), r.imported(), r.problems(), r.problemCount());
  }

  private static boolean leads(OutcomeModel model, RoleAssignment a) {
    PartyId p = a.party();
    return model.partiesWith(Role.LEAD, a.target()).contains(p);
  }

  /**
   * The id made from an agency's name.
   *
   * @param name the name
   * @return the id text
   */
  public static String slug(String name) {
    return PartyNames.key(name).replace(' ', '-');
  }

  /**
   * A problem as the example prints it.
   *
   * @param p the problem
   * @return {@code row N: reason}
   */
  public static String describe(RowProblem p) {
    return "row " + p.row() + ": " + p.column().map(c -> c + ": ").orElse("") + p.reason();
  }
}
