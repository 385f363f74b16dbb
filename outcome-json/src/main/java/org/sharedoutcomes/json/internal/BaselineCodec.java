package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.number;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Baseline;

/** The JSON form of an indicator's {@link Baseline}. */
final class BaselineCodec extends Codec<Baseline, BaselineCodec.Acc> {
  static final BaselineCodec INSTANCE = new BaselineCodec();

  private BaselineCodec() {
    super(Baseline.class, "baseline", "/$defs/indicator/properties/baseline", r -> new Acc());
    required("value", (r, a) -> a.value = r.number(), (g, n, x) -> number(g, n, x.value()));
    required("date", (r, a) -> a.date = r.date(), (g, n, x) -> date(g, n, x.date()));
  }

  @Override
  Baseline finish(TokenReader r, Acc a) {
    return new Baseline(a.value, a.date);
  }

  /** A baseline's fields as read. */
  static final class Acc {
    double value;
    @Nullable LocalDate date;
  }
}
