package org.sharedoutcomes.core.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
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
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.Target;

/** The quick-start example of docs/progress.md, kept compiling and true. */
class ProgressDocExampleTest {
  @Test
  void quickStartExampleGivesTheDocumentedFigures() {
    OutcomeModel model = OutcomeModel.builder()
        .agency(Agency.of("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .outcome(Outcome.of("poverty", "Fewer children in poverty", OutcomeLevel.OUTCOME))
        .commitment(Commitment.builder("ccb", "Canada Child Benefit").serves("poverty").build())
        .assign(AgencyId.of("esdc"), Role.ACCOUNTABLE, CommitmentId.of("ccb"))
        .indicator(Indicator.builder("uptake", "Eligible families receiving the benefit")
            .unit("thousand families").baseline(100, LocalDate.of(2025, 1, 1))
            .target(Target.atLeast(LocalDate.of(2027, 1, 1), 200))
            .measures(CommitmentId.of("ccb")).build())
        .measurement(IndicatorId.of("uptake"), LocalDate.of(2025, 12, 1),
            LocalDate.of(2025, 12, 31), 140)
        .build();

    ProgressTracker tracker = ProgressTracker.of(model, LocalDate.of(2026, 1, 1));
    IndicatorProgress uptake = tracker.indicator(IndicatorId.of("uptake"));
    assertEquals(140.0, uptake.actual().getAsDouble());
    assertEquals(150.0, uptake.expected().getAsDouble(), 1e-12);
    assertEquals(0.4, uptake.gapClosed().getAsDouble(), 1e-12);
    assertEquals(ProgressStatus.AT_RISK, uptake.status());
    CommitmentProgress ccb = tracker.commitment(CommitmentId.of("ccb"));
    assertEquals(Rating.AMBER_GREEN, ccb.likelihood());
    assertEquals(List.of("indicator 'uptake' is at risk: 6.7% behind its trajectory "
        + "(expected 150, actual 140)"), ccb.reasons());

    ProgressChange change = tracker.accept(Measurement.of(IndicatorId.of("uptake"),
        LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), 130));
    assertEquals(List.of(), change.statusChanges());

    Stocktake stocktake = Stocktake.of(tracker, AgencyId.of("esdc"));
    assertEquals(List.of(CommitmentId.of("ccb")), stocktake.canWeHelp());
  }
}
