package org.sharedoutcomes.benchmarks.json;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Priority;
import org.sharedoutcomes.core.Role;

/**
 * The regular, deterministic model that {@link JsonBenchmark} and
 * {@link org.sharedoutcomes.benchmarks.jsonscale.ReadMemory} read and write: for {@code n}
 * commitments, {@code n / 100} agencies, {@code n / 25} outcomes (each at least 10), two roles
 * per commitment (one accountable, one contributor), and {@code n / 500} indicators (at least
 * 10) with a baseline and 24 monthly measurements each. Unlike
 * {@link org.sharedoutcomes.benchmarks.scale.RealisticModels} there is no randomness: every
 * field follows from the index, so the same {@code n} always gives an equal model.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UniformModels {
  private UniformModels() {}

  /**
   * Builds the model of the given number of commitments.
   *
   * @param commitments the number of commitments, at least 1
   * @return the built model
   */
  public static OutcomeModel withCommitments(int commitments) {
    OutcomeModel.Builder b = OutcomeModel.builder();
    int agencies = Math.max(10, commitments / 100);
    int outcomes = Math.max(10, commitments / 25);
    int indicators = Math.max(10, commitments / 500);
    AgencyId[] a = new AgencyId[agencies];
    for (int i = 0; i < agencies; i++) {
      a[i] = AgencyId.of(String.format("ag-%06d", i));
      b.agency(a[i].value(), "Agency " + i, i == 0 ? AgencyKind.CENTRAL_AGENCY
          : AgencyKind.values()[i % AgencyKind.values().length], GovernmentLevel.NATIONAL);
    }
    OutcomeId[] o = new OutcomeId[outcomes];
    for (int i = 0; i < outcomes; i++) {
      o[i] = OutcomeId.of(String.format("o-%06d", i));
      b.outcome(Outcome.of(o[i].value(), "Outcome statement number " + i,
          i < outcomes / 10 ? OutcomeLevel.IMPACT : OutcomeLevel.OUTCOME));
    }
    LocalDate start = LocalDate.of(2024, 1, 1);
    CommitmentStatus[] statuses = CommitmentStatus.values();
    Priority[] priorities = Priority.values();
    for (int i = 0; i < commitments; i++) {
      CommitmentId id = CommitmentId.of(String.format("c-%07d", i));
      b.commitment(Commitment.builder(id.value(), "Improve service outcome " + i)
          .madeOn(start.plusDays(i % 365)).due(start.plusDays(365 + i % 1000))
          .serves(o[i % outcomes]).status(statuses[i % statuses.length])
          .priority(priorities[i % priorities.length]).build());
      b.assign(a[(i * 7) % agencies], Role.ACCOUNTABLE, id);
      b.assign(a[(i * 13 + 1) % agencies], Role.CONTRIBUTOR, id);
    }
    for (int i = 0; i < indicators; i++) {
      IndicatorId id = IndicatorId.of(String.format("i-%05d", i));
      b.indicator(Indicator.builder(id.value(), "Indicator " + i).unit("%")
          .baseline(50, start).dataOwner(a[i % agencies].value())
          .measures(CommitmentId.of(String.format("c-%07d", i))).build());
      for (int m = 0; m < 24; m++) {
        LocalDate s = start.plusMonths(m);
        b.measurement(id, s, s.plusMonths(1).minusDays(1), 50 + m * 0.25 + i % 7);
      }
    }
    return b.build();
  }
}
