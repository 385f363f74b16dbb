package org.sharedoutcomes.iati;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.iati.IatiActivity.RelatedActivity;
import org.sharedoutcomes.iati.IatiCodes.Relation;
import org.sharedoutcomes.iati.LossReport.Disposition;
import org.sharedoutcomes.iati.LossReport.Location;

/**
 * Reads one or more IATI files into one model: organisations with the same {@code ref} are
 * one agency across activities and files, and related activities become dependencies once
 * every activity is known.
 *
 * <p><b>Hierarchy.</b> A parent activity (a programme) delivers through its children (the
 * projects), so it {@code dependsOn} each child: {@code related-activity type="2"} (child)
 * makes this commitment depend on the referenced one, and {@code type="1"} (parent) makes the
 * referenced one depend on this. Dependencies rather than outcome parents, because an
 * activity is a commitment and its results are outcomes; linking the results of two
 * activities would need a pairing of results that IATI does not publish. A relation to an
 * activity that was not read, or one that would close a cycle, stays in the commitment
 * attribute {@code iati:related-activity:<type>} and is listed in the loss report; siblings,
 * co-funded and third-party activities are kept as that attribute only.
 *
 * <pre>{@code
 * IatiImport imp = IatiReader.standard().newImport();
 * imp.add(Path.of("donor-a.xml")).add(Path.of("donor-b.xml"));
 * IatiResult result = imp.result();
 * }</pre>
 *
 * <p>Not thread-safe. Holds the growing model in memory (use {@link IatiActivities} to stream).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class IatiImport {
  private final IatiReader reader;
  private final ReportCollector report;
  private final Map<AgencyId, Agency> agencies = new LinkedHashMap<>();
  private final Map<CommitmentId, Commitment> commitments = new LinkedHashMap<>();
  private final Map<CommitmentId, Integer> lines = new HashMap<>();
  private final Set<RoleAssignment> roles = new LinkedHashSet<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private final List<Indicator> indicators = new ArrayList<>();
  private final List<Measurement> measurements = new ArrayList<>();
  private final List<Contribution> contributions = new ArrayList<>();
  private final List<Map.Entry<CommitmentId, RelatedActivity>> relations = new ArrayList<>();

  IatiImport(IatiReader reader) {
    this.reader = reader;
    this.report = new ReportCollector(reader.maxListed());
  }

  /**
   * Reads every activity of a stream.
   *
   * @param in the input, not closed
   * @param source its name, for locations
   * @return this import
   * @throws IatiFormatException if the input is not well-formed IATI XML
   * @throws UncheckedIOException if reading fails
   */
  public IatiImport add(InputStream in, String source) {
    try (IatiActivities activities = new IatiActivities(in, source, reader, report, null)) {
      while (activities.hasNext()) {
        accept(activities.next());
      }
    }
    return this;
  }

  /**
   * Reads every activity of a file.
   *
   * @param file the file
   * @return this import
   * @throws IatiFormatException if the file is not well-formed IATI XML
   * @throws UncheckedIOException if reading fails
   */
  public IatiImport add(Path file) {
    try (IatiActivities activities = reader.open(file, report)) {
      while (activities.hasNext()) {
        accept(activities.next());
      }
    }
    return this;
  }

  /**
   * Adds one activity read elsewhere (from a stream of {@link IatiActivities}).
   *
   * @param a the activity
   * @return this import
   */
  public IatiImport accept(IatiActivity a) {
    CommitmentId id = a.commitment().id();
    if (commitments.containsKey(id)) {
      report.duplicate(a.identifier(), a.line(), "duplicate iati-identifier: already read at line "
          + lines.get(id) + "; the first one is kept");
      return this;
    }
    commitments.put(id, a.commitment());
    lines.put(id, a.line());
    for (Agency g : a.agencies()) {
      Agency known = agencies.putIfAbsent(g.id(), g);
      if (known != null && !known.equals(g)) {
        String what = !known.name().equals(g.name()) ? "name '" + g.name() + "'"
            : known.kind() != g.kind() || known.level() != g.level()
                ? "type " + g.attributes().getOrDefault("iati:organisation-type", "?")
                : "attributes " + g.attributes();
        report.warning("organisation-differs", new Location(a.line(), "participating-org",
            a.identifier()), "organisation '" + g.id() + "' has " + what + " in " + a.identifier()
            + "; the first reading ('" + known.name() + "') is kept");
      }
    }
    roles.addAll(a.roles());
    outcomes.addAll(a.outcomes());
    indicators.addAll(a.indicators());
    measurements.addAll(a.measurements());
    contributions.addAll(a.contributions());
    for (RelatedActivity r : a.relations()) {
      if (r.relation() == Relation.PARENT || r.relation() == Relation.CHILD) {
        relations.add(Map.entry(id, r));
      }
    }
    return this;
  }

  /**
   * Resolves the related activities and builds the model.
   *
   * @return the model and the loss report
   * @throws ModelValidationException never for input this import read (it maps only what the
   *     model accepts); if it does, it is a bug to report
   */
  public IatiResult result() {
    Map<CommitmentId, Set<CommitmentId>> deps = new HashMap<>();
    for (Map.Entry<CommitmentId, RelatedActivity> e : relations) {
      RelatedActivity r = e.getValue();
      CommitmentId self = e.getKey();
      CommitmentId other;
      try {
        other = CommitmentId.of(r.ref());
      } catch (IllegalArgumentException ex) {
        other = null;
      }
      String key = "iati:related-activity:" + (r.relation() == Relation.PARENT ? "1" : "2");
      if (other == null || !commitments.containsKey(other) || other.equals(self)) {
        report.loss(Disposition.KEPT_AS_ATTRIBUTE, r.path(), r.line(), self.value(),
            "refers to an activity not read; kept in commitment attribute " + key);
        continue;
      }
      CommitmentId from = r.relation() == Relation.CHILD ? self : other;
      CommitmentId to = r.relation() == Relation.CHILD ? other : self;
      if (deps.getOrDefault(from, Set.of()).contains(to)) {
        continue;
      }
      if (reaches(deps, to, from)) {
        report.warning("hierarchy-cycle", new Location(r.line(), r.path(), self.value()),
            "related-activity " + r.ref() + " would make a dependency cycle; kept in " + key);
        report.loss(Disposition.KEPT_AS_ATTRIBUTE, r.path(), r.line(), self.value(),
            "would close a dependency cycle; kept in commitment attribute " + key);
        continue;
      }
      deps.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
    }
    OutcomeModel.Builder b = OutcomeModel.builder();
    agencies.values().forEach(b::agency);
    for (Commitment c : commitments.values()) {
      Set<CommitmentId> d = deps.get(c.id());
      b.commitment(d == null ? c
          : c.toBuilder().dependsOn(d.toArray(CommitmentId[]::new)).build());
    }
    roles.forEach(b::role);
    outcomes.forEach(b::outcome);
    indicators.forEach(b::indicator);
    b.measurements(measurements);
    contributions.forEach(b::contribution);
    return new IatiResult(b.build(), report.snapshot());
  }

  private static boolean reaches(Map<CommitmentId, Set<CommitmentId>> deps, CommitmentId from,
      CommitmentId to) {
    Deque<CommitmentId> todo = new ArrayDeque<>();
    Set<CommitmentId> seen = new HashSet<>();
    todo.push(from);
    while (!todo.isEmpty()) {
      CommitmentId c = todo.pop();
      if (c.equals(to)) {
        return true;
      }
      if (seen.add(c)) {
        todo.addAll(deps.getOrDefault(c, Set.of()));
      }
    }
    return false;
  }
}
