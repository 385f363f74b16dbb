package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.id;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.OutcomeModel;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * The JSON form of one indicator's measurements, compact: {@code {"indicator": id, "rows":
 * [[start, end, value, extras?], ...]}}, where the optional {@code extras} object
 * ({@link ExtrasCodec}) holds what differs from a final total with no reporter. Rows read go
 * straight into the model being read.
 */
final class SeriesCodec extends Codec<SeriesCodec.Series, SeriesCodec.Acc> {
  static final SeriesCodec INSTANCE = new SeriesCodec();

  /**
   * A series: as read, its indicator (the rows went into the model); to write, the rows and
   * which of them to write (null for all).
   */
  record Series(IndicatorId indicator, @Nullable MeasurementSeries rows,
      @Nullable IntPredicate visible) {}

  private final Field<Series, Acc> indicator;

  private SeriesCodec() {
    super(Series.class, "measurement series", "/$defs/series", r -> new Acc(r.model()));
    indicator = required("indicator", (r, a) -> a.indicator = r.ref(r.indicatorIds),
        (g, n, x) -> id(g, n, x.indicator()));
    required("rows", this::readRows, (g, n, x) -> {
      g.writeName(n);
      writeRows(g, x);
    });
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Series finish(TokenReader r, Acc a) {
    return new Series(a.indicator, null, null);
  }

  private void readRows(TokenReader r, Acc a) {
    IndicatorId of = a.indicator;
    if (of == null) {
      throw r.fail("a measurement series must name its \"" + indicator.name()
          + "\" before its \"rows\"");
    }
    r.array(() -> row(r, a.model, of));
  }

  private static void row(TokenReader r, OutcomeModel.Builder b, IndicatorId indicator) {
    if (r.current() != JsonToken.START_ARRAY) {
      throw r.fail("a measurement row is an array [start, end, value] or"
          + " [start, end, value, {extras}], found " + TokenReader.describe(r.current()));
    }
    r.row();
    LocalDate start = r.date();
    LocalDate end = r.date();
    double value = r.number();
    JsonToken t = r.next();
    if (t == JsonToken.END_ARRAY) {
      b.measurement(indicator, start, end, value);
      return;
    }
    if (t != JsonToken.START_OBJECT) {
      throw r.fail("the fourth element of a measurement row must be an object of extras,"
          + " found " + TokenReader.describe(t));
    }
    ExtrasCodec.Extras x = ExtrasCodec.INSTANCE.read(r);
    if (r.next() != JsonToken.END_ARRAY) {
      throw r.fail("a measurement row has at most four elements, found more");
    }
    b.measurement(new Measurement(indicator, start, end, value, x.reportedBy(), x.reportedAt(),
        x.dimensions(), x.status()));
  }

  private static void writeRows(JsonGenerator g, Series x) {
    MeasurementSeries s = x.rows();
    IntPredicate visible = x.visible();
    g.writeStartArray();
    for (int i = 0; s != null && i < s.size(); i++) {
      if (visible != null && !visible.test(i)) {
        continue;
      }
      g.writeStartArray();
      TokenWriter.date(g, s.periodStart(i));
      TokenWriter.date(g, s.periodEnd(i));
      g.writeNumber(s.value(i));
      Optional<AgencyId> by = s.reportedBy(i);
      Optional<Instant> at = s.reportedAt(i);
      Map<String, String> dims = s.dimensions(i);
      MeasurementStatus status = s.status(i);
      if (by.isPresent() || at.isPresent() || !dims.isEmpty()
          || status != MeasurementStatus.FINAL) {
        ExtrasCodec.INSTANCE.write(g, new ExtrasCodec.Extras(by, at, dims, status));
      }
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  /** A series' fields as read. */
  static final class Acc {
    final OutcomeModel.Builder model;
    @Nullable IndicatorId indicator;

    Acc(OutcomeModel.Builder model) {
      this.model = model;
    }
  }
}
