package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.IndicatorId;

/**
 * The JSON form of one entry of a viewer's document's {@code "withheld"} list: an indicator
 * and how many of its measurements were left out.
 */
final class WithheldCodec extends Codec<Map.Entry<IndicatorId, Integer>, WithheldCodec.Acc> {
  static final WithheldCodec INSTANCE = new WithheldCodec();

  @SuppressWarnings("unchecked")
  private WithheldCodec() {
    super((Class<Map.Entry<IndicatorId, Integer>>) (Class<?>) Map.Entry.class, "withheld entry",
        "/properties/withheld/items", r -> new Acc());
    required("indicator", (r, a) -> a.indicator = r.ref(r.indicatorIds),
        (g, n, x) -> id(g, n, x.getKey()));
    required("measurements", (r, a) -> {
      a.measurements = r.integer();
      if (a.measurements < 1) {
        throw r.fail("\"measurements\" must be at least 1, was " + a.measurements);
      }
    }, (g, n, x) -> {
      g.writeName(n);
      g.writeNumber(x.getValue());
    });
  }

  @Override
  Map.Entry<IndicatorId, Integer> finish(TokenReader r, Acc a) {
    return Map.entry(a.indicator, a.measurements);
  }

  /** An entry's fields as read. */
  static final class Acc {
    @Nullable IndicatorId indicator;
    int measurements;
  }
}
