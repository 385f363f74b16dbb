package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.number;

import java.time.LocalDate;
import java.util.Optional;
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
    required("kind", (r, a) -> a.kind = r.enumValue(EnumTable.TARGET_KIND),
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
    // absent: 0 (no tolerance beyond the relative 1e-9 of every comparison)
    field("tolerance", (r, a) -> a.tolerance = r.number(), (g, n, x) -> {
      if (x.tolerance() != 0) {
        number(g, n, x.tolerance());
      }
    });
    field("periodStart", (r, a) -> a.periodStart = r.optionalDate(),
        (g, n, x) -> date(g, n, x.periodStart()));
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Target finish(TokenReader r, Acc a) {
    if (a.kind == TargetKind.RANGE) {
      if (a.value != null) {
        throw r.fail("a RANGE target has \"" + low.name() + "\" and \"" + high.name()
            + "\", not \"" + value.name() + "\"");
      }
      return target(r, a, given(r, a.low, low), given(r, a.high, high));
    }
    if (a.low != null || a.high != null) {
      throw r.fail("a " + a.kind + " target has one \"" + value.name() + "\", not \""
          + low.name() + "\" or \"" + high.name() + "\"");
    }
    double v = given(r, a.value, value);
    return target(r, a, v, v);
  }

  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  private static Target target(TokenReader r, Acc a, double lo, double hi) {
    // the model's checks (an empty range, a period after its date) are reported by the caller
    return new Target(a.date, a.kind, lo, hi, a.tolerance, a.periodStart);
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
    double tolerance;
    Optional<LocalDate> periodStart = Optional.empty();
  }
}
