package org.sharedoutcomes.core.access;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgreementId;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * What one viewer agency may see of a model, by one written rule, and the model as that
 * viewer sees it: the single place every writer for a viewer (JSON, CSV, reports) takes it
 * from.
 *
 * <p>The rule, with "may see an indicator's data" as {@link DataAccess} decides it
 * (sensitivity, data owner, roles, data-sharing agreements in force):
 *
 * <table>
 *   <caption>What a viewer sees</caption>
 *   <tr><th>entity, field</th><th>seen when</th><th>else</th></tr>
 *   <tr><td>measurement row (value, period, reporter, report time, dimensions, status)</td>
 *       <td>the viewer may see the indicator's data on the row's first day</td>
 *       <td>row left out, counted</td></tr>
 *   <tr><td>indicator baseline (value and date)</td>
 *       <td>the viewer may see the indicator's data on the baseline's date</td>
 *       <td>left out, declared</td></tr>
 *   <tr><td>indicator attributes</td>
 *       <td>the viewer may see at least part of the indicator's data</td>
 *       <td>left out, declared</td></tr>
 *   <tr><td>data-sharing agreement (every field)</td><td>the viewer is a party to it</td>
 *       <td>left out, counted</td></tr>
 *   <tr><td>every other entity and field (the indicator's definition, targets and planned
 *       trajectory; agencies, persons, outcomes, commitments, roles, assessments,
 *       interventions, conflicts)</td><td>always</td><td></td></tr>
 * </table>
 *
 * <pre>{@code
 * Disclosure d = Disclosure.of(model, AgencyId.of("treasury"));
 * OutcomeModel seen = d.view();          // what treasury may see, a valid model
 * d.withheldMeasurements();              // how many rows of which indicator were left out
 * }</pre>
 *
 * <p>Immutable and thread-safe. Computing the view costs {@code O(m (r + a))} for the
 * measurements {@code m}, plus building a model.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Disclosure {
  private final OutcomeModel model;
  private final AgencyId viewer;
  private final DataAccess access;
  private final Map<IndicatorId, Integer> withheldMeasurements = new LinkedHashMap<>();
  private final Set<IndicatorId> withheldBaselines = new TreeSet<>();
  private final Set<IndicatorId> withheldAttributes = new TreeSet<>();
  private final Set<AgreementId> withheldAgreements = new TreeSet<>();
  private final OutcomeModel view;

  private Disclosure(OutcomeModel model, AgencyId viewer) {
    this.model = model;
    this.viewer = viewer;
    this.access = DataAccess.of(model);
    OutcomeModel.Builder b = OutcomeModel.builder();
    model.agencies().forEach(b::agency);
    model.persons().forEach(b::person);
    model.outcomes().forEach(b::outcome);
    model.commitments().forEach(b::commitment);
    model.roles().forEach(b::role);
    for (Indicator i : model.indicators()) {
      b.indicator(indicator(i));
      MeasurementSeries s = model.measurements(i.id());
      if (s.isEmpty()) {
        continue;
      }
      if (access.seesAll(viewer, i.id())) {
        b.measurements(s);
        continue;
      }
      MeasurementSeries.Builder seen = MeasurementSeries.builder(i.id());
      boolean any = access.canSee(viewer, i.id());
      for (int k = 0; k < s.size(); k++) {
        if (any && access.canSee(viewer, i.id(), s.periodStart(k))) {
          seen.add(s.get(k));
        }
      }
      MeasurementSeries visible = seen.build();
      if (visible.size() < s.size()) {
        withheldMeasurements.put(i.id(), s.size() - visible.size());
      }
      if (!visible.isEmpty()) {
        b.measurements(visible);
      }
    }
    model.assessments().forEach(b::assessment);
    model.interventions().forEach(b::intervention);
    for (DataSharingAgreement a : model.agreements()) {
      if (seesAgreement(a)) {
        b.agreement(a);
      } else {
        withheldAgreements.add(a.id());
      }
    }
    model.conflicts().forEach(b::conflict);
    // contributions are no indicator data: every viewer sees them, as it sees the roles
    model.contributions().forEach(b::contribution);
    this.view = b.build();
  }

  /**
   * The disclosure of a model to a viewer.
   *
   * @param model the model
   * @param viewer the viewer agency (need not be in the model: an outsider)
   * @return the disclosure
   * @throws NullPointerException if an argument is null
   */
  public static Disclosure of(OutcomeModel model, AgencyId viewer) {
    return new Disclosure(Objects.requireNonNull(model, "model must not be null"),
        Objects.requireNonNull(viewer, "viewer must not be null"));
  }

  /** The indicator as the viewer sees it: without the baselines or attributes it may not see. */
  private Indicator indicator(Indicator i) {
    List<Baseline> seen = i.baselines().stream()
        .filter(b -> access.canSee(viewer, i.id(), b.date())).toList();
    boolean baseline = seen.size() == i.baselines().size();
    boolean attributes = i.attributes().isEmpty() || seesAttributes(i);
    if (!baseline) {
      withheldBaselines.add(i.id());
    }
    if (!attributes) {
      withheldAttributes.add(i.id());
    }
    if (baseline && attributes) {
      return i;
    }
    Indicator seenBaselines = baseline ? i : i.withBaselines(seen);
    return attributes ? seenBaselines : seenBaselines.withAttributes(Map.of());
  }

  private boolean seesAttributes(Indicator i) {
    return access.canSee(viewer, i.id());
  }

  private boolean seesAgreement(DataSharingAgreement a) {
    return a.parties().contains(viewer);
  }

  /**
   * The viewer.
   *
   * @return the agency the model is disclosed to
   */
  public AgencyId viewer() {
    return viewer;
  }

  /**
   * The model as the viewer may see it, by the rule above: a valid model.
   *
   * @return the viewer's model
   */
  public OutcomeModel view() {
    return view;
  }

  /**
   * How many measurement rows of which indicators the view leaves out.
   *
   * @return the counts, each at least 1, in indicator order
   */
  public Map<IndicatorId, Integer> withheldMeasurements() {
    return java.util.Collections.unmodifiableMap(withheldMeasurements);
  }

  /**
   * The indicators whose baseline the view leaves out.
   *
   * @return the indicators, sorted
   */
  public Set<IndicatorId> withheldBaselines() {
    return java.util.Collections.unmodifiableSet(withheldBaselines);
  }

  /**
   * The indicators whose attributes the view leaves out.
   *
   * @return the indicators, sorted
   */
  public Set<IndicatorId> withheldAttributes() {
    return java.util.Collections.unmodifiableSet(withheldAttributes);
  }

  /**
   * How many data-sharing agreements the view leaves out (those the viewer is no party to).
   *
   * @return the count
   */
  public int withheldAgreements() {
    return withheldAgreements.size();
  }

  /**
   * Whether the view leaves anything out.
   *
   * @return true if something is withheld
   */
  public boolean withholds() {
    return !withheldMeasurements.isEmpty() || !withheldBaselines.isEmpty()
        || !withheldAttributes.isEmpty() || !withheldAgreements.isEmpty();
  }

  /**
   * The model disclosed.
   *
   * @return the full model
   */
  public OutcomeModel model() {
    return model;
  }
}
