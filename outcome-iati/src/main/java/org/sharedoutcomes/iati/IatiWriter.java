package org.sharedoutcomes.iati;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TargetKind;

/**
 * Writes the results part of a model as IATI 2.03 activity XML, as publishers report results:
 * one {@code iati-activity} per commitment with what IATI requires around its results
 * (identifier, reporting and participating organisations, title, description, status, dates),
 * then one {@code result} per outcome the commitment serves, with the indicators that measure
 * both, their baselines and, per period, targets and actuals. Transactions and budgets are not
 * written. A model read by {@link IatiReader} writes back to a file that reads to the same
 * commitments, outcomes, indicators and measurements.
 *
 * <p>Rules (the inverse of the reader's, see the module README):
 *
 * <ul>
 *   <li>An organisation's {@code ref} is its attribute {@code iati:ref}, else its id; its
 *       {@code type} the attribute {@code iati:organisation-type}, else
 *       {@link IatiCodes#ORGANISATION_TYPE} of its kind.
 *   <li>The {@code reporting-org} is the commitment's {@code madeBy} (its agency), else its
 *       accountable agency. Participating organisations are its roles
 *       {@code FUNDER}, {@code ACCOUNTABLE}, {@link IatiCodes#EXTENDING} and {@code IMPLEMENTER};
 *       other roles have no IATI code and are not written.
 *   <li>{@code activity-status} is the attribute {@code iati:activity-status}, else the status
 *       ({@link IatiCodes#ACTIVITY_STATUS}); dates are {@code madeOn} (type 2, actual start),
 *       {@code due} (3) and the done date of the milestone "activity end" (4).
 *   <li>A result's type is the outcome's attribute {@code iati:result-type}, else its level.
 *       A target's period starts on its period start, else on the start kept in the
 *       indicator attribute {@code iati:target-period:<date>}, else on its date; its value is
 *       its bound ({@code RANGE} targets have no single IATI value and are not written). Every
 *       measurement is an {@code actual} in the period it covers, with its dimensions
 *       ({@code location} as {@code location/@ref}).
 * </ul>
 *
 * <p>An outcome with no indicator measuring it and the commitment is not written (the schema
 * needs an indicator in a result). IATI requires a reporting organisation, at least one participating organisation, a status
 * and an activity date: a commitment without a reporting organisation, status or date is
 * refused with an {@link IllegalArgumentException} naming it (nothing is made up); one with no
 * role of the four gets its reporting organisation as the Accountable one. Immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class IatiWriter {
  private static final String ACTIVITY_END = "activity end";
  private static final IatiWriter STANDARD = new IatiWriter("en");

  private final String language;

  private IatiWriter(String language) {
    this.language = language;
  }

  /**
   * The writer of narratives in English ({@code xml:lang="en"} on each activity).
   *
   * @return the writer
   */
  public static IatiWriter standard() {
    return STANDARD;
  }

  /**
   * A writer declaring another language for the narratives.
   *
   * @param language an ISO 639-1 code, e.g. {@code fr}
   * @return the writer
   * @throws IllegalArgumentException if the code is not two or three letters
   */
  public static IatiWriter language(String language) {
    Objects.requireNonNull(language, "language must not be null");
    if (!language.matches("[A-Za-z]{2,3}")) {
      throw new IllegalArgumentException("language must be an ISO 639 code, got '" + language
          + "'");
    }
    return new IatiWriter(language.toLowerCase(Locale.ROOT));
  }

  /**
   * Writes the model as a string.
   *
   * @param model the model
   * @return the IATI XML
   * @throws IllegalArgumentException if a commitment lacks what IATI requires
   */
  public String write(OutcomeModel model) {
    StringWriter s = new StringWriter();
    write(model, s);
    return s.toString();
  }

  /**
   * Writes the model to a file, UTF-8.
   *
   * @param model the model
   * @param file the file (replaced)
   * @throws IllegalArgumentException if a commitment lacks what IATI requires
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutcomeModel model, Path file) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      write(model, w);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /**
   * Writes the model to a stream, UTF-8 (the stream is flushed, not closed).
   *
   * @param model the model
   * @param out the stream
   * @throws IllegalArgumentException if a commitment lacks what IATI requires
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutcomeModel model, OutputStream out) {
    Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
    write(model, w);
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the model to a writer (flushed, not closed).
   *
   * @param model the model
   * @param out the writer
   * @throws IllegalArgumentException if a commitment lacks what IATI requires
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutcomeModel model, Writer out) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(out, "out must not be null");
    try {
      XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
      x.writeStartDocument("UTF-8", "1.0");
      nl(x, 0);
      x.writeStartElement("iati-activities");
      x.writeAttribute("version", "2.03");
      for (Commitment c : model.commitments()) {
        activity(x, model, c);
      }
      nl(x, 0);
      x.writeEndElement();
      nl(x, 0);
      x.writeEndDocument();
      x.flush();
      x.close();
    } catch (XMLStreamException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new UncheckedIOException(new IOException("cannot write IATI XML: " + e.getMessage(),
          e));
    }
  }

  private void activity(XMLStreamWriter x, OutcomeModel m, Commitment c)
      throws XMLStreamException {
    String where = "commitment '" + c.id().value() + "'";
    List<RoleAssignment> roles = m.rolesOn(c.id());
    Optional<AgencyId> reporting = c.madeBy().map(m::agencyOf)
        .or(() -> roles.stream().filter(r -> r.role().equals(Role.ACCOUNTABLE)).findFirst()
            .map(r -> m.agencyOf(r.party())));
    if (reporting.isEmpty()) {
      throw new IllegalArgumentException(where + " has no reporting organisation (no madeBy"
          + " and no accountable agency), which IATI requires");
    }
    String status = c.attributes().getOrDefault("iati:activity-status",
        c.status().flatMap(IatiCodes.ACTIVITY_STATUS::toIati).orElse(""));
    if (status.isEmpty()) {
      throw new IllegalArgumentException(where + " has no status, which IATI requires as"
          + " activity-status");
    }
    Optional<LocalDate> actualEnd = c.milestones().stream()
        .filter(ms -> ms.name().equals(ACTIVITY_END)).findFirst().flatMap(Milestone::done);
    if (c.madeOn().isEmpty() && c.due().isEmpty() && actualEnd.isEmpty()) {
      throw new IllegalArgumentException(where + " has no date (madeOn, due or an actual"
          + " end), which IATI requires as activity-date");
    }
    nl(x, 1);
    x.writeStartElement("iati-activity");
    x.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "lang", language);
    element(x, 2, "iati-identifier", c.id().value());
    org(x, m, "reporting-org", reporting.get(), "");
    narrativeElement(x, 2, "title", c.title(), Map.of());
    narrativeElement(x, 2, "description", c.description(), Map.of("type", "1"));
    boolean participating = false;
    for (RoleAssignment r : roles) {
      Optional<String> code = IatiCodes.ORGANISATION_ROLE.toIati(r.role());
      if (code.isPresent()) {
        org(x, m, "participating-org", m.agencyOf(r.party()), code.get());
        participating = true;
      }
    }
    if (!participating) {
      org(x, m, "participating-org", reporting.get(), "2");
    }
    empty(x, 2, "activity-status", Map.of("code", status));
    if (c.madeOn().isPresent()) {
      empty(x, 2, "activity-date", Map.of("iso-date", c.madeOn().get().toString(),
          "type", "2"));
    }
    if (c.due().isPresent()) {
      empty(x, 2, "activity-date", Map.of("iso-date", c.due().get().toString(), "type", "3"));
    }
    if (actualEnd.isPresent()) {
      empty(x, 2, "activity-date", Map.of("iso-date", actualEnd.get().toString(), "type", "4"));
    }
    for (OutcomeId oid : c.outcomes()) {
      Optional<Outcome> o = m.outcome(oid);
      if (o.isPresent()) {
        result(x, m, c, o.get());
      }
    }
    nl(x, 1);
    x.writeEndElement();
  }

  private void result(XMLStreamWriter x, OutcomeModel m, Commitment c, Outcome o)
      throws XMLStreamException {
    List<Indicator> indicators = new ArrayList<>();
    for (Indicator i : m.indicatorsOf(o.id())) {
      if (i.commitments().contains(c.id())) {
        indicators.add(i);
      }
    }
    if (indicators.isEmpty()) {
      return; // the schema needs an indicator in a result
    }
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("type", o.attributes().getOrDefault("iati:result-type",
        IatiCodes.RESULT_TYPE.toIati(o.level()).orElse("2")));
    String agg = o.attributes().get("iati:aggregation-status");
    if (agg != null) {
      attrs.put("aggregation-status", agg);
    }
    start(x, 2, "result", attrs);
    narrativeElement(x, 3, "title", o.statement(), Map.of());
    for (Indicator i : indicators) {
      indicator(x, m, i);
    }
    nl(x, 2);
    x.writeEndElement();
  }

  private void indicator(XMLStreamWriter x, OutcomeModel m, Indicator i)
      throws XMLStreamException {
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("measure", IatiCodes.INDICATOR_MEASURE.toIati(i.measureType()).orElse("1"));
    attrs.put("ascending", i.direction() == Direction.DESCENDING ? "0" : "1");
    start(x, 3, "indicator", attrs);
    narrativeElement(x, 4, "title", i.name(), Map.of());
    for (Baseline b : i.baselines()) {
      Map<String, String> a = new LinkedHashMap<>();
      a.put("year", Integer.toString(b.date().getYear()));
      a.put("iso-date", b.date().toString());
      a.put("value", number(b.value()));
      withDimensions(x, 4, "baseline", a, b.dimensions());
    }
    // periods: those of the targets and of the measurements, in order
    Map<String, List<Target>> targets = new TreeMap<>();
    Map<String, List<Measurement>> actuals = new TreeMap<>();
    for (Target t : i.targets()) {
      if (t.kind() == TargetKind.RANGE) {
        continue;
      }
      LocalDate start = t.periodStart().or(() -> Optional.ofNullable(
              i.attributes().get("iati:target-period:" + t.date()))
          .map(s -> s.substring(0, s.indexOf('/') < 0 ? s.length() : s.indexOf('/')))
          .flatMap(IatiWriter::date)).orElse(t.date());
      targets.computeIfAbsent(start + "/" + t.date(), k -> new ArrayList<>()).add(t);
    }
    for (Measurement me : m.measurements(i.id()).asList()) {
      actuals.computeIfAbsent(me.periodStart() + "/" + me.periodEnd(), k -> new ArrayList<>())
          .add(me);
    }
    java.util.TreeSet<String> periods = new java.util.TreeSet<>(targets.keySet());
    periods.addAll(actuals.keySet());
    for (String p : periods) {
      String[] se = p.split("/");
      start(x, 4, "period", Map.of());
      empty(x, 5, "period-start", Map.of("iso-date", se[0]));
      empty(x, 5, "period-end", Map.of("iso-date", se[1]));
      for (Target t : targets.getOrDefault(p, List.of())) {
        double v = t.kind() == TargetKind.AT_MOST ? t.high() : t.low();
        empty(x, 5, "target", Map.of("value", number(v)));
      }
      for (Measurement me : actuals.getOrDefault(p, List.of())) {
        withDimensions(x, 5, "actual", Map.of("value", number(me.value())), me.dimensions());
      }
      nl(x, 4);
      x.writeEndElement();
    }
    nl(x, 3);
    x.writeEndElement();
  }

  /** Locations first, then dimensions, as the schema orders them. */
  /**
   * An element with attributes (a baseline or an actual value) and, when it has dimensions,
   * their children ({@code location} references and {@code dimension} elements); an empty
   * element otherwise.
   */
  private static void withDimensions(XMLStreamWriter x, int depth, String name,
      Map<String, String> attrs, Map<String, String> dims) throws XMLStreamException {
    if (dims.isEmpty()) {
      empty(x, depth, name, attrs);
      return;
    }
    start(x, depth, name, attrs);
    dimensions(x, depth + 1, dims);
    nl(x, depth);
    x.writeEndElement();
  }

  private static void dimensions(XMLStreamWriter x, int depth, Map<String, String> dims)
      throws XMLStreamException {
    String loc = dims.get("location");
    if (loc != null) {
      for (String ref : loc.split(" ")) {
        if (!ref.isEmpty()) {
          empty(x, depth, "location", Map.of("ref", ref));
        }
      }
    }
    for (Map.Entry<String, String> d : dims.entrySet()) {
      if (!d.getKey().equals("location")) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("name", d.getKey());
        a.put("value", d.getValue());
        empty(x, depth, "dimension", a);
      }
    }
  }

  private static Optional<LocalDate> date(String s) {
    try {
      return Optional.of(LocalDate.parse(s));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private void org(XMLStreamWriter x, OutcomeModel m, String element, AgencyId id, String role)
      throws XMLStreamException {
    Optional<Agency> a = m.agency(id);
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("ref", a.map(g -> g.attributes().getOrDefault("iati:ref", id.value()))
        .orElse(id.value()));
    String type = a.map(g -> g.attributes().getOrDefault("iati:organisation-type",
        IatiCodes.ORGANISATION_TYPE.toIati(g.kind()).orElse("90"))).orElse("90");
    attrs.put("type", type);
    if (!role.isEmpty()) {
      attrs.put("role", role);
    }
    narrativeElement(x, 2, element, a.map(Agency::name).orElse(id.value()), attrs);
  }

  private static String number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static void nl(XMLStreamWriter x, int depth) throws XMLStreamException {
    x.writeCharacters("\n" + "  ".repeat(depth));
  }

  private static void element(XMLStreamWriter x, int depth, String name, String text)
      throws XMLStreamException {
    nl(x, depth);
    x.writeStartElement(name);
    x.writeCharacters(text);
    x.writeEndElement();
  }

  private static void start(XMLStreamWriter x, int depth, String name, Map<String, String> attrs)
      throws XMLStreamException {
    nl(x, depth);
    x.writeStartElement(name);
    for (Map.Entry<String, String> a : attrs.entrySet()) {
      x.writeAttribute(a.getKey(), a.getValue());
    }
  }

  private static void empty(XMLStreamWriter x, int depth, String name, Map<String, String> attrs)
      throws XMLStreamException {
    nl(x, depth);
    x.writeEmptyElement(name);
    for (Map.Entry<String, String> a : new TreeMap<>(attrs).entrySet()) {
      x.writeAttribute(a.getKey(), a.getValue());
    }
  }

  private static void narrativeElement(XMLStreamWriter x, int depth, String name, String text,
      Map<String, String> attrs) throws XMLStreamException {
    start(x, depth, name, attrs);
    x.writeStartElement("narrative");
    x.writeCharacters(text);
    x.writeEndElement();
    x.writeEndElement();
  }

  @Override
  public String toString() {
    return "IatiWriter[language=" + language + "]";
  }
}
