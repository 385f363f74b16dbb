package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.attributes;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.MeasurementStatus;

/**
 * The JSON form of a measurement row's fourth element: its reporter, report time, dimensions
 * and status, each left out at its default (none, none, none, {@code FINAL}).
 */
final class ExtrasCodec extends Codec<ExtrasCodec.Extras, ExtrasCodec.Acc> {
  static final ExtrasCodec INSTANCE = new ExtrasCodec();

  /** What a measurement has beyond its period and value. */
  record Extras(Optional<AgencyId> reportedBy, Optional<Instant> reportedAt,
      Map<String, String> dimensions, MeasurementStatus status) {}

  private ExtrasCodec() {
    super(Extras.class, "measurement", "/$defs/series/properties/rows/items/prefixItems/3",
        r -> new Acc());
    field("reportedBy", (r, a) -> a.reportedBy = Optional.of(r.ref(r.agencyIds)),
        (g, n, x) -> id(g, n, x.reportedBy()));
    field("reportedAt", (r, a) -> a.reportedAt = Optional.of(r.instant()),
        (g, n, x) -> {
          if (x.reportedAt().isPresent()) {
            TokenWriter.instant(g, n, x.reportedAt().get());
          }
        });
    field("dimensions", (r, a) -> a.dimensions = r.attributes(),
        (g, n, x) -> attributes(g, n, x.dimensions()));
    field("status", (r, a) -> a.status = r.enumValue(EnumTable.MEASUREMENT_STATUS),
        (g, n, x) -> {
          if (x.status() != MeasurementStatus.FINAL) {
            string(g, n, x.status().name());
          }
        });
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Extras finish(TokenReader r, Acc a) {
    return new Extras(a.reportedBy, a.reportedAt, a.dimensions, a.status);
  }

  /** The extras as read. */
  static final class Acc {
    Optional<AgencyId> reportedBy = Optional.empty();
    Optional<Instant> reportedAt = Optional.empty();
    Map<String, String> dimensions = Map.of();
    MeasurementStatus status = MeasurementStatus.FINAL;
  }
}
