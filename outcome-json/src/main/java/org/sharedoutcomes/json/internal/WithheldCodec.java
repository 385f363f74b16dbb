package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;

import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.IndicatorId;

/**
 * The JSON form of one entry of a viewer's document's {@code "withheld"} list: an indicator
 * and what of it was left out, by {@link org.sharedoutcomes.core.access.Disclosure}'s rule:
 * how many of its measurements, whether its baseline, whether its attributes.
 */
final class WithheldCodec extends Codec<WithheldCodec.Entry, WithheldCodec.Acc> {
  static final WithheldCodec INSTANCE = new WithheldCodec();

  /**
   * What was withheld of one indicator.
   *
   * @param indicator the indicator
   * @param measurements how many measurement rows, 0 or more
   * @param baseline whether its baseline
   * @param attributes whether its attributes
   */
  record Entry(IndicatorId indicator, int measurements, boolean baseline, boolean attributes) {}

  private WithheldCodec() {
    super(Entry.class, "withheld entry", "/properties/withheld/items", r -> new Acc());
    required("indicator", (r, a) -> a.indicator = r.ref(r.indicatorIds),
        (g, n, x) -> id(g, n, x.indicator()));
    field("measurements", (r, a) -> {
      a.measurements = r.integer();
      if (a.measurements < 1) {
        throw r.fail("\"measurements\" must be at least 1, was " + a.measurements);
      }
    }, (g, n, x) -> {
      if (x.measurements() > 0) {
        g.writeName(n);
        g.writeNumber(x.measurements());
      }
    });
    field("baseline", (r, a) -> a.baseline = flag(r, "baseline"), (g, n, x) -> {
      if (x.baseline()) {
        g.writeName(n);
        g.writeBoolean(true);
      }
    });
    field("attributes", (r, a) -> a.attributes = flag(r, "attributes"), (g, n, x) -> {
      if (x.attributes()) {
        g.writeName(n);
        g.writeBoolean(true);
      }
    });
  }

  private static boolean flag(TokenReader r, String name) {
    if (!r.bool()) {
      throw r.fail("\"" + name + "\" is true when given (leave it out otherwise)");
    }
    return true;
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Entry finish(TokenReader r, Acc a) {
    if (a.measurements == 0 && !a.baseline && !a.attributes) {
      throw r.fail("a withheld entry names what was withheld: \"measurements\", \"baseline\""
          + " or \"attributes\"");
    }
    return new Entry(a.indicator, a.measurements, a.baseline, a.attributes);
  }

  /** An entry's fields as read. */
  static final class Acc {
    @Nullable IndicatorId indicator;
    int measurements;
    boolean baseline;
    boolean attributes;
  }
}
