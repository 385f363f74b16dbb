package org.sharedoutcomes.core.access;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Sensitivity;

/**
 * The visibility rule for indicator data (measurements): which agency may see the data of
 * which indicator, by the indicator's {@link Sensitivity} and the model's data-sharing
 * agreements.
 *
 * <ul>
 *   <li>{@link Sensitivity#PUBLIC}: every agency.
 *   <li>{@link Sensitivity#PARTNERS}: the data owner; every agency that holds a role (itself
 *       or through one of its persons) on a commitment or outcome the indicator measures; and
 *       every party to a data-sharing agreement covering the indicator.
 *   <li>{@link Sensitivity#OWNER_ONLY}: the data owner and every party to a data-sharing
 *       agreement covering the indicator.
 * </ul>
 *
 * <p>An agreement covers an indicator when it names the indicator and the agency among its
 * parties; {@link #canSee(AgencyId, IndicatorId, LocalDate)} also requires the agreement to
 * be in force on the given day, while {@link #canSee(AgencyId, IndicatorId)} counts an
 * agreement whatever its dates (the agency may see at least part of the data).
 *
 * <pre>{@code
 * DataAccess access = DataAccess.of(model);
 * if (access.canSee(AgencyId.of("treasury"), IndicatorId.of("child-poverty-rate"))) { ... }
 * }</pre>
 *
 * <p>Immutable and thread-safe. Each question costs {@code O(r + a)} for the roles {@code r}
 * on the indicator's targets and the agreements {@code a} of the model.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DataAccess {
  private final OutcomeModel model;

  private DataAccess(OutcomeModel model) {
    this.model = model;
  }

  /**
   * The visibility rule over a model.
   *
   * @param model the model
   * @return its rule
   * @throws NullPointerException if {@code model} is null
   */
  public static DataAccess of(OutcomeModel model) {
    return new DataAccess(Objects.requireNonNull(model, "model must not be null"));
  }

  /**
   * Whether an agency may see an indicator's data, at least in part.
   *
   * @param agency the viewer
   * @param indicator the indicator
   * @return true if the viewer may see its data
   * @throws IllegalArgumentException if the model has no such indicator
   * @throws NullPointerException if an argument is null
   */
  public boolean canSee(AgencyId agency, IndicatorId indicator) {
    Objects.requireNonNull(agency, "agency must not be null");
    Indicator i = indicator(indicator);
    if (seesWithoutAgreement(agency, i)) {
      return true;
    }
    for (DataSharingAgreement a : model.agreements()) {
      if (a.parties().contains(agency) && a.indicators().contains(indicator)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an agency may see an indicator's data for a given day (agreements count only when
   * in force on that day).
   *
   * @param agency the viewer
   * @param indicator the indicator
   * @param day the day the data is about
   * @return true if the viewer may see the data
   * @throws IllegalArgumentException if the model has no such indicator
   * @throws NullPointerException if an argument is null
   */
  public boolean canSee(AgencyId agency, IndicatorId indicator, LocalDate day) {
    Objects.requireNonNull(agency, "agency must not be null");
    Objects.requireNonNull(day, "day must not be null");
    Indicator i = indicator(indicator);
    if (seesWithoutAgreement(agency, i)) {
      return true;
    }
    for (DataSharingAgreement a : model.agreements()) {
      if (a.covers(agency, indicator, day)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an agency sees all of an indicator's data whatever the dates: by sensitivity,
   * ownership or roles, without needing an agreement.
   *
   * @param agency the viewer
   * @param indicator the indicator
   * @return true if no agreement is needed
   * @throws IllegalArgumentException if the model has no such indicator
   * @throws NullPointerException if an argument is null
   */
  public boolean seesAll(AgencyId agency, IndicatorId indicator) {
    Objects.requireNonNull(agency, "agency must not be null");
    return seesWithoutAgreement(agency, indicator(indicator));
  }

  private Indicator indicator(IndicatorId id) {
    Objects.requireNonNull(id, "indicator must not be null");
    return model.indicator(id).orElseThrow(
        () -> new IllegalArgumentException("the model has no indicator '" + id.value() + "'"));
  }

  private boolean seesWithoutAgreement(AgencyId agency, Indicator i) {
    if (i.sensitivity() == Sensitivity.PUBLIC) {
      return true;
    }
    if (i.dataOwner().map(agency::equals).orElse(false)) {
      return true;
    }
    if (i.sensitivity() == Sensitivity.OWNER_ONLY) {
      return false;
    }
    for (CommitmentId c : i.commitments()) {
      if (model.agenciesOn(c).contains(agency)) {
        return true;
      }
    }
    for (OutcomeId o : i.outcomes()) {
      if (model.agenciesOn(o).contains(agency)) {
        return true;
      }
    }
    return false;
  }
}
