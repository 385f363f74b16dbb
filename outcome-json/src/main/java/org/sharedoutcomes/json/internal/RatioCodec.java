package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;

import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Ratio;

/** The JSON form of an indicator's {@link Ratio} of two others. */
final class RatioCodec extends Codec<Ratio, RatioCodec.Acc> {
  static final RatioCodec INSTANCE = new RatioCodec();

  private RatioCodec() {
    super(Ratio.class, "ratio", "/$defs/indicator/properties/ratio", r -> new Acc());
    required("numerator", (r, a) -> a.numerator = r.ref(r.indicatorIds),
        (g, n, x) -> id(g, n, x.numerator()));
    required("denominator", (r, a) -> a.denominator = r.ref(r.indicatorIds),
        (g, n, x) -> id(g, n, x.denominator()));
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Ratio finish(TokenReader r, Acc a) {
    return new Ratio(a.numerator, a.denominator);
  }

  /** A ratio's fields as read. */
  static final class Acc {
    @Nullable IndicatorId numerator;
    @Nullable IndicatorId denominator;
  }
}
