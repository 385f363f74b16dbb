package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.sharedoutcomes.core.Fixtures.D2026;
import static org.sharedoutcomes.core.Fixtures.DEN;
import static org.sharedoutcomes.core.Fixtures.ESDC;
import static org.sharedoutcomes.core.Fixtures.NUM;
import static org.sharedoutcomes.core.Fixtures.RATE;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model builder keeps one series builder per indicator, finds the one added to last without
 * a look-up, and makes each new one with room for as many rows as the one before it held. Given
 * rows of several indicators in any interleaving, by id instances shared or made afresh and
 * through any of its three ways of adding them, it builds each indicator's series of exactly its
 * rows: the model equals the one built from the same rows grouped by indicator.
 */
class ModelSeriesPropertyTest {
  private static final IndicatorId[] IDS = {RATE, NUM, DEN};

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyIndicatorsSeriesHoldsExactlyItsRowsWhateverTheirInterleaving(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    String where = "seed " + seed;
    List<Measurement> rows = new ArrayList<>();
    // runs of one indicator (as a loader gives them) of random lengths, sometimes single rows
    int runs = r.nextInt(0, 12);
    for (int k = 0; k < runs; k++) {
      IndicatorId of = IDS[r.nextInt(IDS.length)];
      int length = r.nextInt(4) == 0 ? 1 : r.nextInt(1, 40);
      for (int i = 0; i < length; i++) {
        int day = r.nextInt(8) == 0 ? r.nextInt(0, 400) : rows.size();
        Measurement m = Measurement.of(of, D2026.plusDays(day), D2026.plusDays(day),
            r.nextInt(-1000, 1000) / 4.0);
        rows.add(r.nextInt(10) == 0 ? m.withReporter(ESDC) : m);
      }
    }
    OutcomeModel.Builder interleaved = Fixtures.valid();
    int i = 0;
    while (i < rows.size()) {
      Measurement m = rows.get(i);
      // an id equal to the last one but another instance, as a caller's own ids are
      IndicatorId id = r.nextInt(5) == 0 ? IndicatorId.of(m.indicator().value()) : m.indicator();
      switch (r.nextInt(3)) {
        case 0 -> interleaved.measurement(new Measurement(id, m.periodStart(), m.periodEnd(),
            m.value(), m.reportedBy(), m.reportedAt(), m.dimensions(), m.status()));
        case 1 -> {
          if (m.reportedBy().isPresent()) {
            interleaved.measurement(m);
          } else {
            interleaved.measurement(id, m.periodStart(), m.periodEnd(), m.value());
          }
        }
        default -> {
          // the rest of this run as one series
          int j = i;
          while (j < rows.size() && rows.get(j).indicator().equals(m.indicator())) {
            j++;
          }
          interleaved.measurements(MeasurementSeries.of(id, rows.subList(i, j)));
          i = j - 1;
        }
      }
      i++;
    }
    Map<IndicatorId, List<Measurement>> generated = new LinkedHashMap<>();
    for (Measurement m : rows) {
      generated.computeIfAbsent(m.indicator(), x -> new ArrayList<>()).add(m);
    }
    OutcomeModel.Builder grouped = Fixtures.valid();
    for (IndicatorId id : IDS) {
      grouped.measurements(generated.getOrDefault(id, List.of()));
    }
    OutcomeModel a = interleaved.build();
    OutcomeModel b = grouped.build();
    List<Measurement> fixture = Fixtures.valid().build().measurements(RATE).asList();
    for (IndicatorId id : IDS) {
      List<Measurement> expected = new ArrayList<>(id.equals(RATE) ? fixture : List.of());
      expected.addAll(generated.getOrDefault(id, List.of()));
      assertEquals(MeasurementSeries.of(id, expected), a.measurements(id), where + ": " + id);
    }
    assertEquals(b, a, where);
    assertEquals(rows.size() + fixture.size(), a.measurementCount(), where);
  }
}
