package org.sharedoutcomes.cli.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TargetKind;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.core.progress.IndicatorProgress;
import org.sharedoutcomes.core.progress.Trajectory;

/**
 * Draws one indicator's planned trajectory against its actual values as a self-contained SVG
 * document, in plain Java (no charting library), so that it says what the report's table
 * says:
 * <ul>
 *   <li>the planned path is the core's {@link Trajectory} (planned points when the indicator
 *       has any, else baseline and targets; straight or stepwise), the very path the expected
 *       values come from; each target is a marker (a band for a range);</li>
 *   <li>each measured total is drawn over its period, a bar from the period's first to its
 *       last day, with a dot in its middle (not at the period's end);</li>
 *   <li>with {@link #withProgress(IndicatorProgress)}, the as-of date is a vertical line, the
 *       expected value there a ring on the plan, and the derived status, the actual and the
 *       expected values and the variance (ahead or behind by the indicator's direction) are
 *       written above the plot.</li>
 * </ul>
 *
 * <p>Only totals (measurements without dimensions) are drawn; when an indicator has several
 * totals for the same period, the last one reported is drawn.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class TrajectoryChart {
  private static final int WIDTH = 900;
  private static final int HEIGHT = 520;
  private static final int LEFT = 80;
  private static final int RIGHT = 150;
  private static final int TOP = 96;
  private static final int BOTTOM = 64;
  private static final String PLAN = "#6b7c93";
  private static final String ACTUAL = "#1f5fbf";
  private static final String TARGET = "#c2410c";
  /** A white outline under labels drawn over lines, so they stay legible. */
  private static final String HALO =
      " stroke=\"#ffffff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

  private final Indicator indicator;
  private final MeasurementSeries series;
  private final Optional<IndicatorProgress> progress;

  /**
   * A chart of an indicator and its measurements.
   *
   * @param indicator the indicator
   * @param series its measurements
   * @throws IllegalArgumentException if the series belongs to another indicator
   */
  public TrajectoryChart(Indicator indicator, MeasurementSeries series) {
    if (!series.indicator().equals(indicator.id())) {
      throw new IllegalArgumentException("series of '" + series.indicator()
          + "' cannot be drawn for indicator '" + indicator.id() + "'");
    }
    this.indicator = indicator;
    this.series = series;
    this.progress = Optional.empty();
  }

  private TrajectoryChart(Indicator indicator, MeasurementSeries series,
      IndicatorProgress progress) {
    this.indicator = indicator;
    this.series = series;
    this.progress = Optional.of(progress);
  }

  /**
   * The same chart, with the as-of date, the derived status and the figures of a progress
   * calculation marked.
   *
   * @param p the indicator's progress
   * @return the chart
   * @throws IllegalArgumentException if {@code p} is of another indicator
   */
  public TrajectoryChart withProgress(IndicatorProgress p) {
    Objects.requireNonNull(p, "progress must not be null");
    if (!p.indicator().equals(indicator.id())) {
      throw new IllegalArgumentException("progress of '" + p.indicator()
          + "' cannot be drawn for indicator '" + indicator.id() + "'");
    }
    return new TrajectoryChart(indicator, series, p);
  }

  /** The planned path: the core's trajectory, the one the expected values come from. */
  List<TrajectoryPoint> plan() {
    return Trajectory.of(indicator).points();
  }

  /** A measured total over its period. */
  record Period(LocalDate start, LocalDate end, double value) {
    LocalDate middle() {
      return start.plusDays(ChronoUnit.DAYS.between(start, end) / 2);
    }
  }

  /** The totals to draw, one per period, in time order. */
  List<Period> actuals() {
    List<Period> out = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      if (!series.dimensions(i).isEmpty()) {
        continue;
      }
      Period p = new Period(series.periodStart(i), series.periodEnd(i), series.value(i));
      if (!out.isEmpty() && out.get(out.size() - 1).start().equals(p.start())
          && out.get(out.size() - 1).end().equals(p.end())) {
        out.set(out.size() - 1, p);
      } else {
        out.add(p);
      }
    }
    out.sort(java.util.Comparator.comparing(Period::start));
    return out;
  }

  /**
   * Renders the chart.
   *
   * @return an SVG document
   */
  public String toSvg() {
    List<TrajectoryPoint> plan = plan();
    List<Period> actual = actuals();
    LocalDate first = null;
    LocalDate last = null;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    List<TrajectoryPoint> all = new ArrayList<>(plan);
    for (Period p : actual) {
      all.add(new TrajectoryPoint(p.start(), p.value()));
      all.add(new TrajectoryPoint(p.end(), p.value()));
    }
    for (Target t : indicator.targets()) {
      all.add(new TrajectoryPoint(t.date(), t.reference()));
    }
    indicator.baseline().ifPresent(b -> all.add(new TrajectoryPoint(b.date(), b.value())));
    for (TrajectoryPoint p : all) {
      first = first == null || p.date().isBefore(first) ? p.date() : first;
      last = last == null || p.date().isAfter(last) ? p.date() : last;
      lo = Math.min(lo, p.value());
      hi = Math.max(hi, p.value());
    }
    if (first != null && progress.isPresent()) {
      LocalDate asOf = progress.get().asOf();
      last = asOf.isAfter(last) ? asOf : last;
      first = asOf.isBefore(first) ? asOf : first;
    }
    for (Target t : indicator.targets()) {
      lo = Math.min(lo, t.low());
      hi = Math.max(hi, t.high());
    }
    StringBuilder svg = new StringBuilder(8192);
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH)
        .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH)
        .append(' ').append(HEIGHT).append("\" font-family=\"Helvetica, Arial, sans-serif\""
            + " font-size=\"13\">\n");
    svg.append("<title>").append(xml(indicator.name())).append("</title>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    text(svg, LEFT, 30, xml(indicator.name()), "font-size=\"19\" font-weight=\"bold\""
        + " fill=\"#111827\"");
    String better = indicator.direction() == Direction.ASCENDING ? "higher is better"
        : "lower is better";
    text(svg, LEFT, 52, xml(indicator.id().value() + " \u00b7 "
        + (indicator.unit().isEmpty() ? "" : indicator.unit() + " \u00b7 ") + better),
        "fill=\"#4b5563\"");
    progress.ifPresent(p -> {
      String figures = (p.actual().isPresent() ? "actual " + Figures.of(p.actual().getAsDouble())
          : "no actual value") + (p.expected().isPresent() ? " \u00b7 expected "
          + Figures.of(p.expected().getAsDouble()) : "");
      String variance = Variance.describe(indicator, p);
      String label = StatusStyle.label(p.status());
      double w = 16 + 7.6 * label.length();
      svg.append("<rect x=\"").append(LEFT).append("\" y=\"62\" width=\"").append(f(w))
          .append("\" height=\"20\" rx=\"10\" fill=\"").append(StatusStyle.fill(p.status()))
          .append("\" stroke=\"#1f2937\"/>");
      text(svg, LEFT + w / 2, 76, label, "text-anchor=\"middle\" font-weight=\"bold\" fill=\""
          + StatusStyle.text(p.status()) + "\"");
      text(svg, LEFT + w + 10, 76, xml(figures + (variance.isEmpty() ? "" : " \u00b7 "
          + variance) + " \u00b7 as of " + p.asOf()), "fill=\"#111827\"");
    });
    if (first == null) {
      text(svg, WIDTH / 2, HEIGHT / 2, "no baseline, target or measurement to draw",
          "text-anchor=\"middle\" fill=\"#6b7280\"");
      return svg.append("</svg>\n").toString();
    }
    if (!first.isBefore(last)) {
      last = first.plusMonths(1);
    }
    // Start and end the time axis on whole months; pad the value axis to round numbers.
    LocalDate x0 = first.withDayOfMonth(1);
    LocalDate x1 = YearMonth.from(last).atEndOfMonth().plusDays(1);
    if (hi - lo < 1e-9) {
      hi = lo + Math.max(1.0, Math.abs(lo) * 0.1);
    }
    double step = niceStep((hi - lo) / 5.0);
    double y0 = Math.floor(lo / step) * step;
    double y1 = Math.ceil(hi / step) * step;
    if (y1 - hi < step * 0.15) {
      y1 += step;
    }
    if (lo - y0 < step * 0.15 && y0 - step >= 0 || lo - y0 < step * 0.15 && lo < 0) {
      y0 -= step;
    }
    Scale s = new Scale(x0, x1, y0, y1);

    // grid and value axis
    svg.append("<g stroke=\"#e5e7eb\" stroke-width=\"1\">\n");
    for (double v = y0; v <= y1 + step / 2; v += step) {
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
          .append("\" y1=\"").append(f(s.y(v))).append("\" y2=\"").append(f(s.y(v)))
          .append("\"/>\n");
    }
    svg.append("</g>\n");
    for (double v = y0; v <= y1 + step / 2; v += step) {
      text(svg, LEFT - 8, s.y(v) + 4, number(v, step), "text-anchor=\"end\" fill=\"#374151\"");
    }
    // time axis: a tick each month, labelled every month, quarter or year depending on span
    long months = ChronoUnit.MONTHS.between(x0, x1);
    int every = months <= 18 ? 1 : months <= 48 ? 3 : 12;
    svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT)
        .append("\" y1=\"").append(f(s.y(y0))).append("\" y2=\"").append(f(s.y(y0)))
        .append("\" stroke=\"#9ca3af\"/>\n");
    // Ticks are month boundaries; a month's name sits in the middle of its month, where a
    // monthly value is drawn (a value covers its whole period).
    boolean firstLabel = true;
    for (LocalDate d = x0; !d.isAfter(x1); d = d.plusMonths(1)) {
      double x = s.x(d);
      svg.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
          .append(f(s.y(y0))).append("\" y2=\"").append(f(s.y(y0) + 5))
          .append("\" stroke=\"#9ca3af\"/>\n");
      if ((d.getMonthValue() - 1) % every == 0 && d.isBefore(x1)) {
        double mid = every == 1 ? (x + s.x(d.plusMonths(1))) / 2 : x;
        text(svg, mid, s.y(y0) + 20, d.format(MONTH), "text-anchor=\"middle\" fill=\"#374151\"");
        if (firstLabel || d.getMonthValue() == 1) {
          text(svg, every == 1 ? (x + s.x(d.plusMonths(1))) / 2 : x, s.y(y0) + 38,
              Integer.toString(d.getYear()), "text-anchor=\"middle\""
              + " fill=\"#6b7280\"");
          firstLabel = false;
        }
      }
    }

    // targets: a band for a range, a marker with its bound for the others
    List<Double> targetYs = new ArrayList<>();
    for (Target t : indicator.targets()) {
      double x = s.x(t.date());
      if (t.kind() == TargetKind.RANGE) {
        svg.append("<rect x=\"").append(f(x - 6)).append("\" y=\"").append(f(s.y(t.high())))
            .append("\" width=\"12\" height=\"").append(f(s.y(t.low()) - s.y(t.high())))
            .append("\" fill=\"").append(TARGET).append("\" fill-opacity=\"0.25\"/>\n");
      }
      double y = s.y(t.reference());
      svg.append("<path d=\"M").append(f(x)).append(' ').append(f(y - 8)).append(" L")
          .append(f(x + 8)).append(' ').append(f(y)).append(" L").append(f(x)).append(' ')
          .append(f(y + 8)).append(" L").append(f(x - 8)).append(' ').append(f(y))
          .append(" Z\" fill=\"").append(TARGET).append("\"/>\n");
      String label = switch (t.kindFor(indicator.direction())) {
        case AT_LEAST -> "\u2265 " + Figures.of(t.low());
        case AT_MOST -> "\u2264 " + Figures.of(t.high());
        case EXACT -> "= " + Figures.of(t.low());
        case RANGE -> Figures.of(t.low()) + "\u2013" + Figures.of(t.high());
        case REACH -> throw new AssertionError("resolved by kindFor");
      };
      text(svg, x + 12, y - 4, "target " + xml(label), "fill=\"" + TARGET
          + "\" font-weight=\"bold\"" + HALO);
      text(svg, x + 12, y + 12, "by " + t.date(), "fill=\"" + TARGET + "\"" + HALO);
      targetYs.add(y);
    }

    // the planned trajectory; like the core's, flat before its first and after its last point
    if (!plan.isEmpty()) {
      StringBuilder d = new StringBuilder();
      d.append('M').append(f(s.x(x0))).append(' ').append(f(s.y(plan.get(0).value())));
      for (int i = 0; i < plan.size(); i++) {
        TrajectoryPoint p = plan.get(i);
        if (i == 0) {
          d.append(" L").append(f(s.x(p.date()))).append(' ').append(f(s.y(p.value())));
        } else if (indicator.interpolation() == Interpolation.STEPWISE) {
          d.append(" H").append(f(s.x(p.date()))).append(" V").append(f(s.y(p.value())));
        } else {
          d.append(" L").append(f(s.x(p.date()))).append(' ').append(f(s.y(p.value())));
        }
      }
      d.append(" H").append(f(s.x(x1)));
      svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(PLAN)
          .append("\" stroke-width=\"2.5\" stroke-dasharray=\"8 5\"/>\n");
    }
    // The baseline's label goes on the side away from where the plan heads.
    double planMean = plan.stream().mapToDouble(TrajectoryPoint::value).average().orElse(0);
    indicator.baseline().ifPresent(b -> {
      svg.append("<circle cx=\"").append(f(s.x(b.date()))).append("\" cy=\"")
          .append(f(s.y(b.value()))).append("\" r=\"5\" fill=\"#ffffff\" stroke=\"")
          .append(PLAN).append("\" stroke-width=\"2\"/>\n");
      double by = s.y(b.value()) + (planMean >= b.value() ? 22 : -12);
      if (by > HEIGHT - BOTTOM - 6) {
        by = s.y(b.value()) - 12;   // on the time axis: write it above, not over the months
      } else if (by < TOP) {
        by = s.y(b.value()) + 22;
      }
      text(svg, s.x(b.date()) + 8, by,
          "baseline " + Figures.of(b.value()), "fill=\"" + PLAN + "\"" + HALO);
    });

    // the as-of date, and the value the plan expects there
    double axisY = s.y(y0);
    progress.ifPresent(p -> {
      double x = s.x(p.asOf());
      svg.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
          .append(TOP - 6).append("\" y2=\"").append(f(axisY)).append("\" stroke=\"#111827\""
              + " stroke-width=\"1.2\" stroke-dasharray=\"3 3\"/>\n");
      text(svg, x, TOP - 10, "as of " + p.asOf(), "text-anchor=\"middle\" fill=\"#111827\""
          + " font-size=\"12\"" + HALO);
      if (p.expected().isPresent()) {
        svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"")
            .append(f(s.y(p.expected().getAsDouble()))).append("\" r=\"6\" fill=\"none\""
                + " stroke=\"").append(PLAN).append("\" stroke-width=\"2.5\"><title>expected ")
            .append(Figures.of(p.expected().getAsDouble())).append(" on ")
            .append(p.asOf()).append("</title></circle>\n");
      }
    });

    // the actual values, each over its period
    if (!actual.isEmpty()) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < actual.size(); i++) {
        Period p = actual.get(i);
        d.append(i == 0 ? "M" : " L").append(f(s.x(p.middle()))).append(' ')
            .append(f(s.y(p.value())));
      }
      svg.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(ACTUAL)
          .append("\" stroke-width=\"1.5\" stroke-opacity=\"0.6\"/>\n");
      for (Period p : actual) {
        double y = s.y(p.value());
        svg.append("<line x1=\"").append(f(s.x(p.start()) + 1)).append("\" x2=\"")
            .append(f(s.x(p.end().plusDays(1)) - 1)).append("\" y1=\"").append(f(y))
            .append("\" y2=\"").append(f(y)).append("\" stroke=\"").append(ACTUAL)
            .append("\" stroke-width=\"3\"/>");
        svg.append("<circle cx=\"").append(f(s.x(p.middle()))).append("\" cy=\"")
            .append(f(y)).append("\" r=\"3.5\" fill=\"").append(ACTUAL)
            .append("\"><title>").append(p.start()).append(" to ").append(p.end()).append(": ")
            .append(Figures.of(p.value())).append("</title></circle>\n");
      }
      // The latest value is labelled to the right, clear of any target label beside it.
      Period latest = actual.get(actual.size() - 1);
      double ly = s.y(latest.value()) + 4;
      for (double ty : targetYs) {
        if (Math.abs(ly - ty) < 36) {
          ly = ly >= ty ? ty + 34 : ty - 26;
        }
      }
      ly = Math.max(TOP, Math.min(HEIGHT - BOTTOM - 6, ly));
      text(svg, s.x(latest.end()) + 12, ly, "latest " + Figures.of(latest.value()),
          "fill=\"" + ACTUAL + "\" font-weight=\"bold\"" + HALO);
    } else {
      text(svg, (LEFT + WIDTH - RIGHT) / 2.0, TOP + 20, "no measurements yet",
          "text-anchor=\"middle\" fill=\"#6b7280\"");
    }

    // legend
    int lx = WIDTH - 440;
    svg.append("<g transform=\"translate(").append(lx).append(",46)\">\n")
        .append("<line x1=\"0\" x2=\"28\" y1=\"0\" y2=\"0\" stroke=\"").append(PLAN)
        .append("\" stroke-width=\"2.5\" stroke-dasharray=\"8 5\"/>")
        .append("<text x=\"34\" y=\"4\" fill=\"#374151\">planned trajectory</text>\n")
        .append("<line x1=\"150\" x2=\"178\" y1=\"0\" y2=\"0\" stroke=\"").append(ACTUAL)
        .append("\" stroke-width=\"2.5\"/><circle cx=\"164\" cy=\"0\" r=\"3.5\" fill=\"")
        .append(ACTUAL).append("\"/>")
        .append("<text x=\"184\" y=\"4\" fill=\"#374151\">actual (over its period)</text>\n")
        .append("<path d=\"M360 -7 L367 0 L360 7 L353 0 Z\" fill=\"").append(TARGET)
        .append("\"/><text x=\"373\" y=\"4\" fill=\"#374151\">target</text>\n</g>\n");
    return svg.append("</svg>\n").toString();
  }

  /** Maps dates and values to pixels. */
  private record Scale(LocalDate x0, LocalDate x1, double y0, double y1) {
    double x(LocalDate d) {
      double days = ChronoUnit.DAYS.between(x0, x1);
      return LEFT + (WIDTH - LEFT - RIGHT) * ChronoUnit.DAYS.between(x0, d) / days;
    }

    double y(double v) {
      return HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (v - y0) / (y1 - y0);
    }
  }

  /** A step of 1, 2, 2.5 or 5 times a power of ten, at least {@code raw}. */
  static double niceStep(double raw) {
    double p = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * p >= raw) {
        return m * p;
      }
    }
    return 10 * p;
  }

  private static String number(double v, double step) {
    if (step >= 1 && Math.abs(v - Math.rint(v)) < 1e-9) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    int decimals = Math.max(1, Math.min(4, (int) Math.ceil(-Math.log10(step))));
    String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static void text(StringBuilder svg, double x, double y, String body, String attrs) {
    svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" ")
        .append(attrs).append('>').append(body).append("</text>\n");
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String xml(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
