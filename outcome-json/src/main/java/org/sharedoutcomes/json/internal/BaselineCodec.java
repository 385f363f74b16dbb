package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.attributes;
import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.number;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Baseline;

/**
 * The JSON form of an indicator's {@link Baseline}: value, date, and the dimension values it is
 * for (left out for the whole indicator).
 */
final class BaselineCodec extends Codec<Baseline, BaselineCodec.Acc> {
  static final BaselineCodec INSTANCE = new BaselineCodec();

  private BaselineCodec() {
    super(Baseline.class, "baseline", "/$defs/baseline", r -> new Acc());
    required("value", (r, a) -> a.value = r.number(), (g, n, x) -> number(g, n, x.value()));
    required("date", (r, a) -> a.date = r.date(), (g, n, x) -> date(g, n, x.date()));
    field("dimensions", (r, a) -> a.dimensions = r.attributes(),
        (g, n, x) -> attributes(g, n, x.dimensions()));
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Baseline finish(TokenReader r, Acc a) {
    return new Baseline(a.value, a.date, a.dimensions);
  }

  /** A baseline's fields as read. */
  static final class Acc {
    double value;
    @Nullable LocalDate date;
    Map<String, String> dimensions = Map.of();
  }
}
