package org.sharedoutcomes.core.progress;

import java.time.LocalDate;
import java.time.YearMonth;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;

/** Small models for the progress tests. */
final class Fixtures {
  static final AgencyId ESDC = AgencyId.of("esdc");
  static final CommitmentId C = CommitmentId.of("c");
  static final IndicatorId I = IndicatorId.of("i");

  private Fixtures() {}

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  /** A model with agencies esdc and pmdu, outcome o, commitment c serving o, esdc accountable. */
  static OutcomeModel.Builder base() {
    return OutcomeModel.builder()
        .agency(Agency.of("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .agency(Agency.of("pmdu", "Delivery Unit", AgencyKind.CENTRAL_AGENCY,
            GovernmentLevel.NATIONAL))
        .outcome(Outcome.of("o", "Fewer children in poverty", OutcomeLevel.OUTCOME))
        .commitment(Commitment.builder("c", "Child benefit").serves("o").build())
        .assign(ESDC, Role.ACCOUNTABLE, C);
  }

  /** An indicator builder measuring commitment c. */
  static Indicator.Builder indicator(String id) {
    return Indicator.builder(id, "Indicator " + id).measures(C);
  }

  /** A measurement for a calendar month, e.g. month("i", "2025-12", 140). */
  static Measurement month(String indicator, String yearMonth, double value) {
    YearMonth ym = YearMonth.parse(yearMonth);
    return Measurement.of(IndicatorId.of(indicator), ym.atDay(1), ym.atEndOfMonth(), value);
  }

  /** A tracker of a model with one indicator and its measurements, at a date. */
  static ProgressTracker track(Indicator indicator, String asOf, Measurement... ms) {
    OutcomeModel.Builder b = base().indicator(indicator);
    for (Measurement m : ms) {
      b.measurement(m);
    }
    return ProgressTracker.of(b.build(), d(asOf));
  }
}
