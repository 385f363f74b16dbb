package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.core.access.DataAccess;
import org.sharedoutcomes.testkit.RandomModels;
import org.sharedoutcomes.testkit.Seeds;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.json.JsonMapper;

class RedactionTest {
  /**
   * Models without contributions: every viewer sees every contribution (they are no indicator
   * data), and a public amount that happens to equal a withheld figure would be a false alarm
   * of this search for withheld values in the viewer's bytes.
   */
  private static final RandomModels MODELS = RandomModels.small().withContributions(false);

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  static LongStream seeds() {
    return Seeds.of(200);
  }

  private static AgencyId viewer(OutcomeModel model, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    return model.agencies().get(r.nextInt(model.agencies().size())).id();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void noWithheldMeasurementValueAppearsInTheViewersDocument(long seed) {
    OutcomeModel model = MODELS.model(seed);
    AgencyId viewer = viewer(model, seed);
    DataAccess access = DataAccess.of(model);
    Set<Double> visible = new HashSet<>();
    Set<Double> withheld = new HashSet<>();
    for (Indicator i : model.indicators()) {
      i.baselines().forEach(b -> (access.canSee(viewer, i.id(), b.date()) ? visible : withheld)
          .add(b.value()));
      for (Target t : i.targets()) {
        visible.add(t.low());
        visible.add(t.high());
        visible.add(t.tolerance());
      }
      for (TrajectoryPoint p : i.plannedPoints()) {
        visible.add(p.value());
      }
      MeasurementSeries s = model.measurements(i.id());
      for (int k = 0; k < s.size(); k++) {
        (access.canSee(viewer, i.id(), s.periodStart(k)) ? visible : withheld).add(s.value(k));
      }
    }
    withheld.removeAll(visible);
    String document = OutcomeJson.standard().forViewer(viewer).write(model);
    Set<Double> written = numbersIn(document);
    for (double v : withheld) {
      assertFalse(written.contains(v), () -> "withheld value " + v + " appears in " + document);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theDocumentDeclaresExactlyHowManyMeasurementsOfEachIndicatorWereWithheld(long seed) {
    OutcomeModel model = MODELS.model(seed);
    AgencyId viewer = viewer(model, seed);
    DataAccess access = DataAccess.of(model);
    Map<IndicatorId, Integer> expected = new TreeMap<>();
    for (Indicator i : model.indicators()) {
      MeasurementSeries s = model.measurements(i.id());
      int hidden = 0;
      for (int k = 0; k < s.size(); k++) {
        if (!access.canSee(viewer, i.id(), s.periodStart(k))) {
          hidden++;
        }
      }
      if (hidden > 0) {
        expected.put(i.id(), hidden);
      }
    }
    OutcomeJson json = OutcomeJson.standard();
    OutcomeDocument read = json.readDocument(json.forViewer(viewer).write(model));
    assertEquals(expected, read.withheld());
    assertEquals(viewer, read.viewer().orElseThrow());
    assertEquals(model.measurementCount(),
        read.model().measurementCount() + expected.values().stream().mapToInt(n -> n).sum());
  }

  private static Set<Double> numbersIn(String document) {
    Set<Double> out = new HashSet<>();
    try (JsonParser p = PLAIN.createParser(document)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        TokenStreamContext entry = p.streamReadContext();
        TokenStreamContext list = entry.getParent();
        TokenStreamContext root = list == null ? null : list.getParent();
        boolean count = ("measurements".equals(entry.currentName()) && root != null
            && "withheld".equals(root.currentName()))
            || "withheldAgreements".equals(entry.currentName());
        if ((t == JsonToken.VALUE_NUMBER_FLOAT || t == JsonToken.VALUE_NUMBER_INT) && !count) {
          out.add(p.getDoubleValue());
        }
      }
    }
    return out;
  }
}
