package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.number;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.TrajectoryPoint;

/** The JSON form of a planned {@link TrajectoryPoint}. */
final class PointCodec extends Codec<TrajectoryPoint, PointCodec.Acc> {
  static final PointCodec INSTANCE = new PointCodec();

  private PointCodec() {
    super(TrajectoryPoint.class, "planned point",
        "/$defs/indicator/properties/plannedPoints/items", r -> new Acc());
    required("date", (r, a) -> a.date = r.date(), (g, n, x) -> date(g, n, x.date()));
    required("value", (r, a) -> a.value = r.number(), (g, n, x) -> number(g, n, x.value()));
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  TrajectoryPoint finish(TokenReader r, Acc a) {
    return new TrajectoryPoint(a.date, a.value);
  }

  /** A point's fields as read. */
  static final class Acc {
    @Nullable LocalDate date;
    double value;
  }
}
