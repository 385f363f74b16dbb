package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.number;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TargetKind;

/**
 * The JSON form of a {@link Target}: {@code {"date", "kind", "value"}}, or {@code "low"} and
 * {@code "high"} for a range.
 */
final class TargetCodec extends Codec<Target, TargetCodec.Acc> {
  static final TargetCodec INSTANCE = new TargetCodec();

  private final Field<Target, Acc> value;
  private final Field<Target, Acc> low;
  private final Field<Target, Acc> high;

  private TargetCodec() {
    super(Target.class, "target", "/$defs/target", r -> new Acc());
    required("date", (r, a) -> a.date = r.date(), (g, n, x) -> date(g, n, x.date()));
    required("kind", (r, a) -> a.kind = r.enumValue(TargetKind.class),
        (g, n, x) -> name(g, n, x.kind()));
    value = field("value", (r, a) -> a.value = r.number(), (g, n, x) -> {
      if (x.kind() != TargetKind.RANGE) {
        number(g, n, x.low());
      }
    });
    low = field("low", (r, a) -> a.low = r.number(), (g, n, x) -> {
      if (x.kind() == TargetKind.RANGE) {
        number(g, n, x.low());
      }
    });
    high = field("high", (r, a) -> a.high = r.number(), (g, n, x) -> {
      if (x.kind() == TargetKind.RANGE) {
        number(g, n, x.high());
      }
    });
  }

  @Override
  Target finish(TokenReader r, Acc a) {
    if (a.kind == TargetKind.RANGE) {
      if (a.value != null) {
        throw r.fail("a RANGE target has \"" + low.name() + "\" and \"" + high.name()
            + "\", not \"" + value.name() + "\"");
      }
      return new Target(a.date, a.kind, given(r, a.low, low), given(r, a.high, high));
    }
    if (a.low != null || a.high != null) {
      throw r.fail("a " + a.kind + " target has one \"" + value.name() + "\", not \""
          + low.name() + "\" or \"" + high.name() + "\"");
    }
    double v = given(r, a.value, value);
    return new Target(a.date, a.kind, v, v);
  }

  private double given(TokenReader r, @Nullable Double v, Field<Target, Acc> field) {
    if (v == null) {
      throw r.missing(field.name(), what());
    }
    return v;
  }

  /** A target's fields as read. */
  static final class Acc {
    @Nullable LocalDate date;
    @Nullable TargetKind kind;
    @Nullable Double value;
    @Nullable Double low;
    @Nullable Double high;
  }
}
