package org.sharedoutcomes.iati;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.iati.IatiActivity.RelatedActivity;
import org.sharedoutcomes.iati.IatiCodes.DateType;
import org.sharedoutcomes.iati.IatiCodes.Relation;
import org.sharedoutcomes.iati.IatiCodes.TransactionType;
import org.sharedoutcomes.iati.LossReport.Disposition;
import org.sharedoutcomes.iati.LossReport.Location;
import org.sharedoutcomes.iati.internal.XmlNode;

/**
 * Maps one activity tree to model entities. Everything the mapping does not carry into a
 * first-class field is recorded as a loss; an activity it cannot map throws {@link Malformed}
 * and records nothing. Not thread-safe: one mapper per stream.
 */
final class ActivityMapper {
  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");
  private static final Pattern DATE = Pattern.compile("(-?\\d{4,}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** An activity that cannot be mapped; the message says what and where. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message, null, false, false);
    }
  }

  private static final String TRANSACTION_ATTRIBUTE =
      "the contribution's attribute (or, when not a contribution, its commitment attribute) ";
  private static final String TRANSACTION_NOTE = "kept in " + TRANSACTION_ATTRIBUTE;

  private record PendingLoss(Disposition d, String path, int line, String note) {}

  private record PendingWarning(String code, int line, String path, String message) {}

  private record Chosen(String text, List<XmlNode> others, List<String> otherLangs,
      List<String> otherTexts) {}

  private final String preferred;
  private final String fallback;
  private final boolean firstGeneration;

  // per activity
  private final List<PendingLoss> losses = new ArrayList<>();
  private final List<PendingWarning> warnings = new ArrayList<>();
  private String defaultLang = "";

  ActivityMapper(String preferred, String fallback, boolean firstGeneration) {
    this.preferred = preferred.toLowerCase(Locale.ROOT);
    this.fallback = fallback.toLowerCase(Locale.ROOT);
    this.firstGeneration = firstGeneration;
  }

  /** Maps an activity, then hands its losses and warnings to the collector. */
  IatiActivity map(XmlNode a, String fileLang, ReportCollector report) {
    losses.clear();
    warnings.clear();
    a.use();
    defaultLang = a.attrText("xml:lang").orElse(fileLang);
    a.attr("version"); // 1.0x: the activity's own version; read as the file's generation
    String id = a.child("iati-identifier").map(XmlNode::text).orElse("");
    if (id.isEmpty()) {
      throw new Malformed("missing iati-identifier");
    }
    IatiActivity out;
    try {
      out = mapIdentified(a, id);
    } catch (IllegalArgumentException e) {
      // a value the model refuses (an id over 256 characters, a date out of range...)
      throw new Malformed(String.valueOf(e.getMessage()));
    }
    for (PendingLoss l : losses) {
      report.loss(l.d(), l.path(), l.line(), id, l.note());
    }
    a.visitUnused((path, line) -> report.loss(Disposition.DROPPED, path, line, id, ""));
    for (PendingWarning w : warnings) {
      report.warning(w.code(), new Location(w.line(), w.path(), id), w.message());
    }
    report.activityRead();
    return out;
  }

  /** The identifier of an activity tree, for a malformed activity's report. */
  static String identifierOf(XmlNode a) {
    return a.child("iati-identifier").map(XmlNode::text).orElse("");
  }

  private IatiActivity mapIdentified(XmlNode a, String id) {
    CommitmentId cid;
    try {
      cid = CommitmentId.of(id);
    } catch (IllegalArgumentException e) {
      throw new Malformed("bad iati-identifier: " + e.getMessage());
    }
    Chosen title = narratives(a.children("title"));
    String titleText = title.text();
    if (titleText.isEmpty()) {
      warn("activity-without-title", a, "activity has no title; its identifier is used");
      titleText = id;
    }
    Commitment.Builder cb = Commitment.builder(id, titleText);
    keepOthers(title, "commitment", "iati:title", cb::attribute);

    // descriptions: the general one (type 1, or untyped) is the description
    boolean general = false;
    Map<String, Integer> seenTypes = new TreeMap<>();
    for (XmlNode d : a.children("description")) {
      String type = d.attrText("type").orElse("1");
      Chosen text = narratives(List.of(d));
      if (text.text().isEmpty()) {
        continue;
      }
      if (type.equals("1") && !general) {
        general = true;
        cb.description(text.text());
        keepOthers(text, "commitment", "iati:description", cb::attribute);
      } else {
        int n = seenTypes.merge(type, 1, Integer::sum);
        String key = "iati:description:" + type + (n > 1 ? "#" + n : "");
        cb.attribute(key, text.text());
        kept(d, "commitment attribute " + key);
        keepOthers(text, "commitment", key, cb::attribute);
      }
    }

    a.child("activity-status").ifPresent(s -> s.attrText("code").ifPresentOrElse(code -> {
      cb.attribute("iati:activity-status", code);
      Optional<CommitmentStatus> st = IatiCodes.ACTIVITY_STATUS.toLibrary(code);
      if (st.isPresent()) {
        cb.status(st.get());
      } else {
        warn("unknown-code", s, "activity-status code '" + code
            + "' is not in ActivityStatus; kept in iati:activity-status, status left absent");
      }
    }, () -> warn("missing-code", s, "activity-status without a code")));

    Map<DateType, LocalDate> dates = new EnumMap<>(DateType.class);
    Map<DateType, XmlNode> dateNodes = new EnumMap<>(DateType.class);
    for (XmlNode d : a.children("activity-date")) {
      String type = d.attrText("type").orElse("");
      Optional<DateType> t = IatiCodes.ACTIVITY_DATE_TYPE.toLibrary(type);
      String iso = d.attrText("iso-date").orElseThrow(() -> bad(d, "activity-date without iso-date"));
      LocalDate date = date(iso, d, "iso-date");
      if (t.isEmpty()) {
        warn("unknown-code", d, "activity-date type '" + type + "' is not in ActivityDateType");
        kept(d, "commitment attribute iati:activity-date:" + type);
        cb.attribute("iati:activity-date:" + type, iso);
        continue;
      }
      if (firstGeneration != (IatiCodes.ACTIVITY_DATE_TYPE.rows().stream()
          .anyMatch(r -> r.textCode().equalsIgnoreCase(type)))) {
        warn("code-of-other-generation", d, "activity-date type '" + type + "' is a "
            + (firstGeneration ? "2.0x" : "1.0x") + " code in a " + (firstGeneration ? "1.0x"
            : "2.0x") + " file; read anyway");
      }
      dates.putIfAbsent(t.get(), date);
      dateNodes.putIfAbsent(t.get(), d);
      cb.attribute("iati:activity-date:" + IatiCodes.ACTIVITY_DATE_TYPE.toIati(t.get()).orElse(type),
          date.toString());
    }
    // madeOn: the actual start, else the planned start; due: the planned end; the actual end
    // is a milestone done on that day
    Optional.ofNullable(dates.get(DateType.ACTUAL_START))
        .or(() -> Optional.ofNullable(dates.get(DateType.PLANNED_START)))
        .ifPresent(cb::madeOn);
    if (dates.containsKey(DateType.ACTUAL_START) && dates.containsKey(DateType.PLANNED_START)) {
      kept(java.util.Objects.requireNonNull(dateNodes.get(DateType.PLANNED_START)), "commitment attribute iati:activity-date:1");
    }
    LocalDate plannedEnd = dates.get(DateType.PLANNED_END);
    LocalDate actualEnd = dates.get(DateType.ACTUAL_END);
    LocalDate start = Optional.ofNullable(dates.get(DateType.ACTUAL_START))
        .orElse(dates.get(DateType.PLANNED_START));
    if (plannedEnd != null && start != null && plannedEnd.isBefore(start)) {
      // the model refuses a commitment due before it was made: keep the date, say so
      warn("end-before-start", java.util.Objects.requireNonNull(dateNodes.get(DateType.PLANNED_END)), "planned end " + plannedEnd
          + " is before the start " + start + "; not used as the due date");
      kept(java.util.Objects.requireNonNull(dateNodes.get(DateType.PLANNED_END)), "commitment attribute iati:activity-date:3 "
          + "(a planned end before the start is not the due date)");
    } else if (plannedEnd != null) {
      cb.due(plannedEnd);
    }
    if (actualEnd != null) {
      cb.milestones(Milestone.due("activity end", plannedEnd != null ? plannedEnd : actualEnd)
          .doneOn(actualEnd));
    }

    a.attrText("hierarchy").ifPresent(h -> {
      cb.attribute("iati:hierarchy", h);
      losses.add(new PendingLoss(Disposition.KEPT_AS_ATTRIBUTE, a.path() + "/@hierarchy",
          a.line(), "commitment attribute iati:hierarchy"));
    });
    a.attrText("last-updated-datetime").ifPresent(v -> {
      cb.attribute("iati:last-updated-datetime", v);
      losses.add(new PendingLoss(Disposition.KEPT_AS_ATTRIBUTE,
          a.path() + "/@last-updated-datetime", a.line(),
          "commitment attribute iati:last-updated-datetime"));
    });
    String currency = a.attrText("default-currency").orElse("");

    // organisations
    Map<AgencyId, Agency> agencies = new LinkedHashMap<>();
    Optional<AgencyId> reportingOrg = a.child("reporting-org").flatMap(this::agency).map(ag -> {
      agencies.put(ag.id(), ag);
      cb.madeBy(ag.id());
      return ag.id();
    });
    Set<String> roleKeys = new LinkedHashSet<>();
    List<RoleAssignment> roles = new ArrayList<>();
    for (XmlNode o : a.children("participating-org")) {
      Optional<Agency> ag = agency(o);
      if (ag.isEmpty()) {
        continue;
      }
      agencies.putIfAbsent(ag.get().id(), ag.get());
      Optional<String> code = o.attrText("role");
      if (code.isEmpty()) {
        warn("participating-org-without-role", o, "participating-org '" + ag.get().id()
            + "' has no role; the agency is kept, no role is assigned");
        continue;
      }
      Optional<IatiCodeList.Row<Role>> row = IatiCodes.ORGANISATION_ROLE.row(code.get());
      if (row.isEmpty()) {
        warn("unknown-code", o, "participating-org role '" + code.get()
            + "' is not in OrganisationRole; no role is assigned");
        continue;
      }
      boolean text = !row.get().code().equals(code.get().strip());
      if (text != firstGeneration) {
        warn("code-of-other-generation", o, "role '" + code.get() + "' is a "
            + (text ? "1.0x text" : "2.0x numeric") + " code in a " + (firstGeneration ? "1.0x"
            : "2.0x") + " file; read anyway");
      }
      if (roleKeys.add(ag.get().id() + " " + row.get().value())) {
        roles.add(RoleAssignment.of(ag.get().id(), row.get().value(), cid));
      }
    }

    // related activities: parent and child become dependsOn when both are read (IatiImport)
    List<RelatedActivity> relations = new ArrayList<>();
    Map<String, List<String>> relatedByType = new TreeMap<>();
    for (XmlNode r : a.children("related-activity")) {
      Optional<String> ref = r.attrText("ref");
      String type = r.attrText("type").orElse("");
      Optional<Relation> rel = IatiCodes.RELATED_ACTIVITY_TYPE.toLibrary(type);
      if (ref.isEmpty() || rel.isEmpty()) {
        warn(ref.isEmpty() ? "related-activity-without-ref" : "unknown-code", r,
            "related-activity " + (ref.isEmpty() ? "without ref" : "type '" + type
                + "' is not in RelatedActivityType") + "; dropped");
        r.useAll();
        losses.add(new PendingLoss(Disposition.DROPPED, r.path(), r.line(),
            "no ref or unknown type"));
        continue;
      }
      relatedByType.computeIfAbsent(type, k -> new ArrayList<>()).add(ref.get());
      relations.add(new RelatedActivity(rel.get(), ref.get(), r.line(), r.path()));
      if (rel.get() != Relation.PARENT && rel.get() != Relation.CHILD) {
        kept(r, "commitment attribute iati:related-activity:" + type);
      }
    }
    relatedByType.forEach((type, refs) ->
        cb.attribute("iati:related-activity:" + type, String.join(" ", refs)));

    // results
    List<Outcome> outcomes = new ArrayList<>();
    List<Indicator> indicators = new ArrayList<>();
    List<Measurement> measurements = new ArrayList<>();
    int rn = 0;
    for (XmlNode r : a.children("result")) {
      rn++;
      String oid = id + "/result/" + rn;
      result(r, oid, rn, cid, outcomes, indicators, measurements);
      cb.serves(oid);
    }

    // transactions and budgets: contributions to the commitment
    List<Contribution> contributions = new ArrayList<>();
    int tn = 0;
    for (XmlNode t : a.children("transaction")) {
      tn++;
      transaction(t, tn, cid, currency, reportingOrg, agencies, cb, contributions);
    }
    int bn = 0;
    for (XmlNode b : a.children("budget")) {
      bn++;
      budget(b, bn, cid, currency, reportingOrg, cb, contributions);
    }

    try {
      return new IatiActivity(id, a.line(), cb.build(), List.copyOf(agencies.values()), roles,
          outcomes, indicators, measurements, contributions, relations);
    } catch (IllegalArgumentException e) {
      throw new Malformed(String.valueOf(e.getMessage()));
    }
  }

  private void result(XmlNode r, String oid, int rn, CommitmentId cid, List<Outcome> outcomes,
      List<Indicator> indicators, List<Measurement> measurements) {
    String type = r.attrText("type").orElse("");
    Optional<OutcomeLevel> level = IatiCodes.RESULT_TYPE.toLibrary(type);
    if (level.isEmpty()) {
      warn(type.isEmpty() ? "missing-code" : "unknown-code", r, "result type '" + type
          + "' is not in ResultType; read as an outcome");
    } else if (type.equals("9")) {
      losses.add(new PendingLoss(Disposition.KEPT_AS_ATTRIBUTE, r.path() + "/@type", r.line(),
          "result type 9 (Other) reads as OUTCOME; code kept in outcome attribute iati:result-type"));
    }
    Chosen title = narratives(r.children("title"));
    String statement = title.text();
    if (statement.isEmpty()) {
      warn("result-without-title", r, "result has no title");
      statement = "Result " + rn + " of " + cid;
    }
    Outcome o = Outcome.of(oid, statement, level.orElse(OutcomeLevel.OUTCOME));
    if (!type.isEmpty()) {
      o = o.withAttribute("iati:result-type", type);
    }
    Map<String, String> attrs = new TreeMap<>();
    keepOthers(title, "outcome", "iati:title", attrs::put);
    for (XmlNode d : r.children("description")) {
      Chosen text = narratives(List.of(d));
      if (!text.text().isEmpty()) {
        attrs.put("iati:description", text.text());
        kept(d, "outcome attribute iati:description");
      }
    }
    Optional<Boolean> aggregable = r.attrText("aggregation-status").map(v -> {
      Optional<Boolean> b = bool(v);
      if (b.isEmpty()) {
        warn("bad-boolean", r, "aggregation-status '" + v + "' is not a boolean; ignored");
      }
      return b.orElse(true);
    });
    aggregable.ifPresent(b -> attrs.put("iati:aggregation-status", b.toString()));
    for (Map.Entry<String, String> e : attrs.entrySet()) {
      o = o.withAttribute(e.getKey(), e.getValue());
    }
    outcomes.add(o);

    int in = 0;
    for (XmlNode i : r.children("indicator")) {
      in++;
      indicator(i, oid + "/indicator/" + in, in, oid, cid, aggregable, indicators,
          measurements);
    }
  }

  private void indicator(XmlNode i, String iid, int in, String oid, CommitmentId cid,
      Optional<Boolean> aggregable, List<Indicator> indicators, List<Measurement> measurements) {
    Chosen title = narratives(i.children("title"));
    String name = title.text();
    if (name.isEmpty()) {
      warn("indicator-without-title", i, "indicator has no title");
      name = "Indicator " + in + " of " + oid;
    }
    Indicator.Builder ib = Indicator.builder(iid, name).measures(cid).measures(OutcomeId.of(oid));
    keepOthers(title, "indicator", "iati:title", ib::attribute);
    MeasureType measure = MeasureType.UNIT;
    Optional<String> mcode = i.attrText("measure");
    if (mcode.isEmpty()) {
      warn("missing-code", i, "indicator without measure; read as 1 (Unit)");
    } else {
      Optional<MeasureType> m = IatiCodes.INDICATOR_MEASURE.toLibrary(mcode.get());
      if (m.isEmpty()) {
        warn("unknown-code", i, "indicator measure '" + mcode.get()
            + "' is not in IndicatorMeasure; read as 1 (Unit)");
      }
      measure = m.orElse(MeasureType.UNIT);
    }
    ib.measureType(measure);
    boolean numeric = measure != MeasureType.QUALITATIVE;
    Direction direction = Direction.ASCENDING;
    Optional<String> asc = i.attrText("ascending");
    if (asc.isPresent()) {
      Optional<Boolean> b = bool(asc.get());
      if (b.isEmpty()) {
        warn("bad-boolean", i, "ascending '" + asc.get() + "' is not a boolean; read as true");
      } else if (!b.get()) {
        direction = Direction.DESCENDING;
      }
    }
    ib.direction(direction);
    aggregable.ifPresent(ib::aggregable);
    for (XmlNode d : i.children("description")) {
      Chosen text = narratives(List.of(d));
      if (!text.text().isEmpty()) {
        ib.attribute("iati:description", text.text());
        kept(d, "indicator attribute iati:description");
      }
    }
    int k = 0;
    for (XmlNode ref : i.children("reference")) {
      k++;
      String value = ref.attrText("vocabulary").orElse("") + ":" + ref.attrText("code").orElse("")
          + ref.attrText("indicator-uri").map(u -> " " + u).orElse("");
      ib.attribute("iati:reference:" + k, value);
      kept(ref, "indicator attribute iati:reference:<n> (vocabulary:code uri)");
    }

    // baselines: the first plain one (a value, no dimension or location) is the baseline
    Optional<Double> baselineValue = Optional.empty();
    int bn = 0;
    for (XmlNode b : i.children("baseline")) {
      bn++;
      Optional<String> iso = b.attrText("iso-date");
      Optional<String> year = b.attrText("year");
      LocalDate date;
      if (iso.isPresent()) {
        date = date(iso.get(), b, "iso-date");
      } else if (year.isPresent()) {
        if (!YEAR.matcher(year.get()).matches()) {
          throw bad(b, "bad year '" + year.get() + "' in " + b.path() + "/@year");
        }
        date = LocalDate.of(Integer.parseInt(year.get()), 1, 1);
      } else {
        throw bad(b, "baseline without year or iso-date");
      }
      Optional<String> raw = b.attrText("value");
      Optional<Double> value = raw.flatMap(v -> number(v, b, "value", numeric));
      Map<String, String> dims = dimensions(b);
      boolean plain = dims.isEmpty() && baselineValue.isEmpty() && value.isPresent();
      if (plain) {
        baselineValue = value;
        ib.baseline(value.get(), date);
      } else {
        StringBuilder s = new StringBuilder("date=" + date);
        raw.ifPresent(v -> s.append(";value=").append(v));
        dims.forEach((dk, dv) -> s.append(';').append(dk).append('=').append(dv));
        String key = "iati:baseline:" + bn;
        ib.attribute(key, s.toString());
        kept(b, "indicator attribute iati:baseline:<n> (the model holds one baseline)");
      }
      comment(b, "iati:baseline-comment:" + bn, ib);
    }

    Set<LocalDate> targetDates = new LinkedHashSet<>();
    for (XmlNode p : i.children("period")) {
      LocalDate start = periodDate(p, "period-start");
      LocalDate end = periodDate(p, "period-end");
      if (end.isBefore(start)) {
        throw bad(p, "period ends (" + end + ") before it starts (" + start + ")");
      }
      String span = start + "/" + end;
      int tn = 0;
      for (XmlNode t : p.children("target")) {
        tn++;
        Optional<String> raw = t.attrText("value");
        Optional<Double> value = raw.flatMap(v -> number(v, t, "value", numeric));
        Map<String, String> dims = dimensions(t);
        if (value.isPresent() && dims.isEmpty() && targetDates.add(end)) {
          double v = value.get();
          ib.target(measure == MeasureType.NOMINAL || measure == MeasureType.QUALITATIVE
              ? Target.exactly(end, v)
              : direction == Direction.ASCENDING ? Target.atLeast(end, v) : Target.atMost(end, v));
          ib.attribute("iati:target-period:" + end, span);
          kept(t, "the target is due on the period end; the period is kept in indicator "
              + "attribute iati:target-period:<end>");
          if (baselineValue.isPresent()) {
            boolean against = direction == Direction.ASCENDING
                ? v < baselineValue.get() : v > baselineValue.get();
            if (against && measure != MeasureType.NOMINAL) {
              warn("target-against-direction", t, "target " + raw.get() + " is "
                  + (direction == Direction.ASCENDING ? "below" : "above")
                  + " the baseline " + baselineValue.get() + " although the indicator is "
                  + (direction == Direction.ASCENDING ? "ascending" : "descending"));
            }
          }
        } else {
          StringBuilder s = new StringBuilder("period=" + span);
          raw.ifPresent(v -> s.append(";value=").append(v));
          dims.forEach((dk, dv) -> s.append(';').append(dk).append('=').append(dv));
          ib.attribute("iati:target:" + span + ":" + tn, s.toString());
          kept(t, "indicator attribute iati:target:<period>:<n> (a second, disaggregated or "
              + "valueless target)");
        }
        comment(t, "iati:target-comment:" + span + ":" + tn, ib);
      }
      int an = 0;
      for (XmlNode ac : p.children("actual")) {
        an++;
        Optional<String> raw = ac.attrText("value");
        Optional<Double> value = raw.flatMap(v -> number(v, ac, "value", numeric));
        Map<String, String> dims = dimensions(ac);
        if (value.isPresent()) {
          Measurement m = Measurement.of(IndicatorId.of(iid), start, end, value.get());
          for (Map.Entry<String, String> e : dims.entrySet()) {
            m = m.withDimension(e.getKey(), e.getValue());
          }
          measurements.add(m);
          if (measure == MeasureType.UNIT && direction == Direction.DESCENDING
              && value.get() == 0.0) {
            warn("descending-count-achieved-at-zero", ac, "count indicator declared "
                + "ascending=\"false\" reports an actual of 0, which reads as achieved; check "
                + "whether ascending=\"false\" was meant");
          }
          if (measure == MeasureType.PERCENTAGE && (value.get() < 0 || value.get() > 100)) {
            warn("percentage-out-of-range", ac, "percentage actual " + raw.get()
                + " is outside 0-100");
          }
        } else {
          String key = "iati:actual:" + span + ":" + an;
          StringBuilder s = new StringBuilder("period=" + span);
          raw.ifPresent(v -> s.append(";value=").append(v));
          dims.forEach((dk, dv) -> s.append(';').append(dk).append('=').append(dv));
          ib.attribute(key, s.toString());
          kept(ac, "indicator attribute iati:actual:<period>:<n> (an actual without a number)");
        }
        comment(ac, "iati:actual-comment:" + span + ":" + an, ib);
      }
    }
    try {
      indicators.add(ib.build());
    } catch (IllegalArgumentException e) {
      throw new Malformed("indicator " + iid + ": " + e.getMessage());
    }
  }

  /**
   * One transaction: a contribution of its provider to the commitment if its type reads as
   * one, its value is not negative, and it has a currency and a provider; otherwise kept in
   * the commitment attribute {@code iati:transaction:<n>} with a loss and, for a negative
   * value, a missing currency or a missing provider, a warning.
   */
  private void transaction(XmlNode t, int n, CommitmentId cid, String defaultCurrency,
      Optional<AgencyId> reportingOrg, Map<AgencyId, Agency> agencies, Commitment.Builder cb,
      List<Contribution> out) {
    XmlNode v = t.child("value").orElseThrow(() -> bad(t, "transaction without value"));
    BigDecimal amount = decimal(v.text(), v, "text()");
    Optional<String> unit = v.attrText("currency")
        .or(() -> Optional.of(defaultCurrency).filter(c -> !c.isEmpty()));
    Optional<LocalDate> date = Optional.empty();
    Optional<XmlNode> dateNode = t.child("transaction-date");
    if (dateNode.isPresent()) {
      XmlNode d = dateNode.get();
      String iso = d.attrText("iso-date")
          .orElseThrow(() -> bad(d, "transaction-date without iso-date"));
      date = Optional.of(date(iso, d, "iso-date"));
    }
    Optional<XmlNode> typeNode = t.child("transaction-type");
    Optional<String> code = typeNode.flatMap(x -> x.attrText("code"));
    Optional<IatiCodeList.Row<TransactionType>> row =
        code.flatMap(IatiCodes.TRANSACTION_TYPE::row);

    Map<String, String> attrs = new TreeMap<>();
    t.attrText("ref").ifPresent(r -> {
      attrs.put("iati:transaction-ref", r);
      keptAttribute(t, "ref", "iati:transaction-ref");
    });
    v.attrText("value-date").ifPresent(d -> {
      attrs.put("iati:value-date", d);
      keptAttribute(v, "value-date", "iati:value-date");
    });
    for (XmlNode d : t.children("description")) {
      Chosen text = narratives(List.of(d));
      if (!text.text().isEmpty()) {
        attrs.put("iati:description", text.text());
        kept(d, TRANSACTION_NOTE + "iati:description");
      }
    }
    for (String element : List.of("flow-type", "finance-type", "tied-status",
        "disbursement-channel")) {
      t.child(element).flatMap(x -> x.attrText("code")).ifPresent(c -> {
        attrs.put("iati:" + element, c);
        kept(t.child(element).orElseThrow(), TRANSACTION_NOTE + "iati:" + element);
      });
    }
    List<String> aid = new ArrayList<>();
    for (XmlNode x : t.children("aid-type")) {
      x.attrText("code").ifPresent(c -> aid.add(x.attrText("vocabulary").map(w -> w + ":")
          .orElse("") + c));
      kept(x, TRANSACTION_NOTE + "iati:aid-type ([vocabulary:]code ...)");
    }
    if (!aid.isEmpty()) {
      attrs.put("iati:aid-type", String.join(" ", aid));
    }

    // the provider is the party; the receiver is kept as an attribute (both are agencies)
    Optional<XmlNode> providerNode = t.child("provider-org");
    providerNode.flatMap(p -> p.attrText("provider-activity-id")).ifPresent(x -> {
      attrs.put("iati:provider-activity-id", x);
      keptAttribute(providerNode.get(), "provider-activity-id", "iati:provider-activity-id");
    });
    Optional<AgencyId> provider = providerNode.flatMap(p -> party(p, agencies));
    boolean incoming = row.map(r -> r.value().incoming()).orElse(false);
    if (providerNode.isEmpty() && row.isPresent() && !incoming && reportingOrg.isPresent()) {
      provider = reportingOrg;
      attrs.put("iati:provider-implied", "reporting-org");
    }
    Optional<XmlNode> receiverNode = t.child("receiver-org");
    receiverNode.flatMap(r -> r.attrText("receiver-activity-id")).ifPresent(x -> {
      attrs.put("iati:receiver-activity-id", x);
      keptAttribute(receiverNode.get(), "receiver-activity-id", "iati:receiver-activity-id");
    });
    receiverNode.flatMap(r -> party(r, agencies)).ifPresent(r -> {
      attrs.put("iati:receiver-org", r.value());
      losses.add(new PendingLoss(Disposition.KEPT_AS_ATTRIBUTE, receiverNode.get().path(),
          receiverNode.get().line(), "the receiver is an agency; the link is kept in "
              + TRANSACTION_ATTRIBUTE + "iati:receiver-org"));
    });

    // why it is not a contribution, if it is not (every reason warned or listed)
    List<String> reasons = new ArrayList<>();
    Optional<ContributionKind> kind = Optional.empty();
    if (code.isEmpty()) {
      warn("missing-code", typeNode.orElse(t), "transaction " + n
          + " has no transaction-type code; not a contribution");
      reasons.add("no transaction-type code");
    } else if (row.isEmpty()) {
      warn("unknown-code", typeNode.orElseThrow(), "transaction-type '" + code.get()
          + "' is not in TransactionType; not a contribution");
      reasons.add("transaction-type '" + code.get() + "' is not in TransactionType");
    } else {
      boolean text = !row.get().code().equals(code.get().strip());
      if (text != firstGeneration) {
        warn("code-of-other-generation", typeNode.orElseThrow(), "transaction-type '"
            + code.get() + "' is a " + (text ? "1.0x text" : "2.0x numeric") + " code in a "
            + (firstGeneration ? "1.0x" : "2.0x") + " file; read anyway");
      }
      kind = row.get().value().contributionKind();
      if (kind.isEmpty()) {
        reasons.add("transaction type " + row.get().code() + " (" + row.get().label()
            + ") is a flow back to a funder or a financial instrument, not a contribution");
      }
    }
    if (amount.signum() < 0) {
      warn("negative-value", v, "transaction " + n + " has a negative value "
          + amount.toPlainString() + " (a reversal or correction); not a contribution, kept "
          + "in the commitment attribute iati:transaction:" + n + ", never netted");
      reasons.add("negative value");
    }
    if (unit.isEmpty()) {
      warn("missing-currency", v, "transaction " + n + " has no currency and the activity no "
          + "default-currency; not a contribution (a currency is never guessed)");
      reasons.add("no currency and no default-currency");
    } else {
      checkCurrency(unit.get(), v);
    }
    if (provider.isEmpty() && kind.isPresent()) {
      warn("transaction-without-provider", t, "transaction " + n + " names no provider-org"
          + (incoming ? " (an incoming transaction: the reporting organisation is the receiver)"
              : providerNode.isPresent() ? "" : " and the activity no reporting-org")
          + "; not a contribution");
      reasons.add("no provider");
    }

    if (reasons.isEmpty()) {
      Contribution.Builder b = Contribution.builder(provider.orElseThrow(), cid, kind.get(),
          amount, unit.orElseThrow());
      if (date.isPresent()) {
        b.from(date.get()).to(date.get());
      } else {
        warn("transaction-without-date", t, "transaction " + n + " has no transaction-date; "
            + "its contribution has no period");
      }
      reportingOrg.ifPresent(b::reporter);
      b.attribute("iati:transaction-type", code.orElseThrow());
      attrs.forEach(b::attribute);
      out.add(b.build());
      return;
    }
    StringBuilder s = new StringBuilder("type=" + code.orElse(""));
    s.append(";value=").append(amount.toPlainString());
    unit.ifPresent(u -> s.append(";currency=").append(u));
    date.ifPresent(d -> s.append(";date=").append(d));
    provider.ifPresent(p -> s.append(";provider=").append(p.value()));
    attrs.forEach((k, x) -> s.append(';').append(k.substring("iati:".length())).append('=')
        .append(x));
    cb.attribute("iati:transaction:" + n, s.toString());
    losses.add(new PendingLoss(Disposition.KEPT_AS_ATTRIBUTE, t.path(), t.line(),
        "not a contribution (" + String.join("; ", reasons) + "); kept in the commitment "
            + "attribute iati:transaction:<n>"));
  }

  /**
   * One budget: a contribution of the reporting organisation (whose plan for the activity it
   * is) over the budget period, of kind {@link IatiCodes#BUDGET} or
   * {@link IatiCodes#REVISED_BUDGET}; otherwise kept in {@code iati:budget:<n>}.
   */
  private void budget(XmlNode b, int n, CommitmentId cid, String defaultCurrency,
      Optional<AgencyId> reportingOrg, Commitment.Builder cb, List<Contribution> out) {
    Optional<String> type = b.attrText("type");
    if (type.isEmpty() && !firstGeneration) {
      warn("missing-code", b, "budget " + n + " has no type; read as 1 (Original)");
    }
    String code = type.orElse("1");
    Optional<ContributionKind> kind = IatiCodes.BUDGET_TYPE.toLibrary(code);
    LocalDate start = periodDate(b, "period-start");
    LocalDate end = periodDate(b, "period-end");
    if (end.isBefore(start)) {
      throw bad(b, "budget period ends (" + end + ") before it starts (" + start + ")");
    }
    XmlNode v = b.child("value").orElseThrow(() -> bad(b, "budget without value"));
    BigDecimal amount = decimal(v.text(), v, "text()");
    Optional<String> unit = v.attrText("currency")
        .or(() -> Optional.of(defaultCurrency).filter(c -> !c.isEmpty()));
    Map<String, String> attrs = new TreeMap<>();
    attrs.put("iati:budget-type", code);
    b.attrText("status").ifPresent(x -> {
      attrs.put("iati:budget-status", x);
      keptAttribute(b, "status", "iati:budget-status");
    });
    v.attrText("value-date").ifPresent(d -> {
      attrs.put("iati:value-date", d);
      keptAttribute(v, "value-date", "iati:value-date");
    });

    List<String> reasons = new ArrayList<>();
    if (kind.isEmpty()) {
      warn("unknown-code", b, "budget type '" + code + "' is not in BudgetType; not a "
          + "contribution");
      reasons.add("budget type '" + code + "' is not in BudgetType");
    }
    if (amount.signum() < 0) {
      warn("negative-value", v, "budget " + n + " has a negative value "
          + amount.toPlainString() + "; not a contribution, kept in the commitment attribute "
          + "iati:budget:" + n);
      reasons.add("negative value");
    }
    if (unit.isEmpty()) {
      warn("missing-currency", v, "budget " + n + " has no currency and the activity no "
          + "default-currency; not a contribution (a currency is never guessed)");
      reasons.add("no currency and no default-currency");
    } else {
      checkCurrency(unit.get(), v);
    }
    if (reportingOrg.isEmpty()) {
      warn("budget-without-reporting-org", b, "budget " + n + " of an activity without "
          + "reporting-org has no party; not a contribution");
      reasons.add("no reporting-org");
    }
    if (reasons.isEmpty()) {
      Contribution.Builder c = Contribution.builder(reportingOrg.orElseThrow(), cid,
          kind.orElseThrow(), amount, unit.orElseThrow()).from(start).to(end)
          .reporter(reportingOrg.orElseThrow());
      attrs.forEach(c::attribute);
      out.add(c.build());
      return;
    }
    StringBuilder s = new StringBuilder("type=" + code + ";period=" + start + "/" + end);
    s.append(";value=").append(amount.toPlainString());
    unit.ifPresent(u -> s.append(";currency=").append(u));
    attrs.forEach((k, x) -> {
      if (!k.equals("iati:budget-type")) {
        s.append(';').append(k.substring("iati:".length())).append('=').append(x);
      }
    });
    cb.attribute("iati:budget:" + n, s.toString());
    losses.add(new PendingLoss(Disposition.KEPT_AS_ATTRIBUTE, b.path(), b.line(),
        "not a contribution (" + String.join("; ", reasons) + "); kept in the commitment "
            + "attribute iati:budget:<n>"));
  }

  /** A currency that is not an ISO 4217 code is kept as written, with a warning. */
  private void checkCurrency(String unit, XmlNode v) {
    boolean iso = unit.length() == 3 && unit.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z');
    if (iso) {
      try {
        Currency.getInstance(unit);
      } catch (IllegalArgumentException e) {
        iso = false;
      }
    }
    if (!iso) {
      warn("unknown-code", v, "currency '" + abbreviate(unit) + "' is not an ISO 4217 code; "
          + "kept as the contribution's unit as written");
    }
  }

  /**
   * The agency of a provider-org or receiver-org: one already read in the activity by its
   * ref, else a new one read as participating organisations are.
   */
  private Optional<AgencyId> party(XmlNode o, Map<AgencyId, Agency> agencies) {
    Optional<String> ref = o.attrText("ref");
    if (ref.isPresent()) {
      for (AgencyId known : agencies.keySet()) {
        if (known.value().equals(ref.get())) {
          o.useAll(); // its name and type are those of the agency already read
          return Optional.of(known);
        }
      }
    }
    Optional<Agency> ag = agency(o);
    ag.ifPresent(g -> agencies.putIfAbsent(g.id(), g));
    return ag.map(Agency::id);
  }

  private void keptAttribute(XmlNode n, String attr, String key) {
    losses.add(new PendingLoss(Disposition.KEPT_AS_ATTRIBUTE, n.path() + "/@" + attr, n.line(),
        TRANSACTION_NOTE + key));
  }

  private LocalDate periodDate(XmlNode p, String child) {
    XmlNode d = p.child(child).orElseThrow(() -> bad(p, "period without " + child));
    String iso = d.attrText("iso-date").orElseThrow(() -> bad(d, child + " without iso-date"));
    return date(iso, d, "iso-date");
  }

  /** Dimensions ({@code name=value}) and locations ({@code location=ref ...}). */
  private Map<String, String> dimensions(XmlNode n) {
    Map<String, String> dims = new TreeMap<>();
    for (XmlNode d : n.children("dimension")) {
      Optional<String> name = d.attrText("name");
      if (name.isEmpty()) {
        warn("dimension-without-name", d, "dimension without a name; dropped");
        d.useAll();
        losses.add(new PendingLoss(Disposition.DROPPED, d.path(), d.line(), "no name"));
        continue;
      }
      dims.put(name.get(), d.attrText("value").orElse(""));
    }
    List<String> refs = new ArrayList<>();
    for (XmlNode l : n.children("location")) {
      l.attrText("ref").ifPresent(refs::add);
    }
    if (!refs.isEmpty()) {
      dims.put("location", String.join(" ", refs));
    }
    return dims;
  }

  private void comment(XmlNode n, String key, Indicator.Builder ib) {
    for (XmlNode c : n.children("comment")) {
      Chosen text = narratives(List.of(c));
      if (!text.text().isEmpty()) {
        ib.attribute(key, text.text());
        kept(c, "indicator attribute " + key.substring(0, key.indexOf(':', 5) + 1)
            + "... (comments)");
      }
    }
  }

  private Optional<Agency> agency(XmlNode o) {
    Optional<String> ref = o.attrText("ref");
    Chosen name = narratives(List.of(o));
    if (ref.isEmpty() && name.text().isEmpty()) {
      warn("organisation-without-ref-or-name", o, o.name() + " has neither ref nor name; dropped");
      o.useAll();
      losses.add(new PendingLoss(Disposition.DROPPED, o.path(), o.line(), "no ref and no name"));
      return Optional.empty();
    }
    String id;
    if (ref.isPresent()) {
      id = ref.get();
    } else {
      id = "name:" + name.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      warn("organisation-without-ref", o, o.name() + " '" + name.text()
          + "' has no ref; merged by name as '" + id + "'");
    }
    Optional<String> type = o.attrText("type");
    AgencyKind kind = AgencyKind.NGO;
    GovernmentLevel level = GovernmentLevel.NON_GOVERNMENTAL;
    if (type.isEmpty()) {
      warn("missing-code", o, o.name() + " '" + id + "' has no type; read as 90 (Other)");
    } else if (IatiCodes.ORGANISATION_TYPE.toLibrary(type.get()).isEmpty()) {
      warn("unknown-code", o, "organisation type '" + type.get()
          + "' is not in OrganisationType; read as 90 (Other)");
    } else {
      kind = IatiCodes.ORGANISATION_TYPE.toLibrary(type.get()).get();
      level = IatiCodes.ORGANISATION_LEVEL.toLibrary(type.get()).orElse(level);
    }
    try {
      Agency a = Agency.of(id, name.text().isEmpty() ? id : name.text(), kind, level);
      if (ref.isPresent()) {
        a = a.withAttribute("iati:ref", ref.get());
      }
      if (type.isPresent()) {
        a = a.withAttribute("iati:organisation-type", type.get());
      }
      Map<String, String> others = new TreeMap<>();
      keepOthers(name, "agency", "iati:name", others::put);
      for (Map.Entry<String, String> e : others.entrySet()) {
        a = a.withAttribute(e.getKey(), e.getValue());
      }
      return Optional.of(a);
    } catch (IllegalArgumentException e) {
      warn("bad-organisation-ref", o, o.name() + ": " + e.getMessage() + "; dropped");
      return Optional.empty();
    }
  }

  /**
   * Chooses one narrative among those of some containers (2.0x {@code narrative} children,
   * or 1.0x text with {@code xml:lang}): the preferred language, else the fallback, else the
   * activity's default language, else the first.
   */
  private Chosen narratives(List<XmlNode> containers) {
    List<XmlNode> nodes = new ArrayList<>();
    List<String> langs = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (XmlNode c : containers) {
      List<XmlNode> ns = c.children("narrative");
      if (ns.isEmpty()) {
        String t = c.text();
        if (!t.isEmpty()) {
          nodes.add(c);
          langs.add(c.attrText("xml:lang").orElse(defaultLang).toLowerCase(Locale.ROOT));
          texts.add(t);
        } else {
          c.attr("xml:lang");
        }
      } else {
        for (XmlNode n : ns) {
          String t = n.text();
          String lang = n.attrText("xml:lang").orElse(defaultLang).toLowerCase(Locale.ROOT);
          if (!t.isEmpty()) {
            nodes.add(n);
            langs.add(lang);
            texts.add(t);
          }
        }
      }
    }
    if (nodes.isEmpty()) {
      return new Chosen("", List.of(), List.of(), List.of());
    }
    int pick = langs.indexOf(preferred);
    if (pick < 0 && !fallback.isEmpty()) {
      pick = langs.indexOf(fallback);
    }
    if (pick < 0) {
      pick = langs.indexOf(defaultLang.toLowerCase(Locale.ROOT));
    }
    if (pick < 0) {
      pick = 0;
    }
    List<XmlNode> on = new ArrayList<>();
    List<String> ol = new ArrayList<>();
    List<String> ot = new ArrayList<>();
    for (int k = 0; k < nodes.size(); k++) {
      if (k != pick) {
        on.add(nodes.get(k));
        ol.add(langs.get(k));
        ot.add(texts.get(k));
      }
    }
    return new Chosen(texts.get(pick), on, ol, ot);
  }

  private interface AttributeSink {
    Object put(String key, String value);
  }

  private void keepOthers(Chosen c, String entity, String key, AttributeSink sink) {
    Set<String> used = new LinkedHashSet<>();
    for (int k = 0; k < c.others().size(); k++) {
      String lang = c.otherLangs().get(k).isEmpty() ? "und" : c.otherLangs().get(k);
      String full = key + "@" + lang;
      int n = 2;
      while (!used.add(full)) {
        full = key + "@" + lang + "#" + n++;
      }
      sink.put(full, c.otherTexts().get(k));
      kept(c.others().get(k), "other languages in " + entity + " attribute " + key + "@<lang>");
    }
  }

  private void kept(XmlNode n, String note) {
    n.useAll();
    losses.add(new PendingLoss(Disposition.KEPT_AS_ATTRIBUTE, n.path(), n.line(), note));
  }

  private void warn(String code, XmlNode n, String message) {
    warnings.add(new PendingWarning(code, n.line(), n.path(), message));
  }

  private static Malformed bad(XmlNode n, String what) {
    return new Malformed(what + " at line " + n.line() + " (" + n.path() + ")");
  }

  private static LocalDate date(String text, XmlNode n, String attr) {
    var m = DATE.matcher(text);
    if (m.matches()) {
      try {
        return LocalDate.parse(m.group(1));
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    throw new Malformed("bad date '" + abbreviate(text) + "' in " + n.path() + "/@" + attr
        + " at line " + n.line());
  }

  /** A number; for a qualitative indicator, text that is not a number is kept, not an error. */
  private Optional<Double> number(String text, XmlNode n, String attr, boolean numeric) {
    if (NUMBER.matcher(text).matches()) {
      double d = Double.parseDouble(text);
      if (Double.isFinite(d)) {
        return Optional.of(d);
      }
    }
    if (!numeric) {
      return Optional.empty();
    }
    throw new Malformed("bad number '" + abbreviate(text) + "' in " + n.path() + "/@" + attr
        + " at line " + n.line());
  }

  private static BigDecimal decimal(String text, XmlNode n, String where) {
    String t = text.strip();
    if (NUMBER.matcher(t).matches()) {
      return new BigDecimal(t);
    }
    throw new Malformed("bad number '" + abbreviate(t) + "' in " + n.path() + "/" + where
        + " at line " + n.line());
  }

  private static Optional<Boolean> bool(String v) {
    return switch (v.strip()) {
      case "true", "1" -> Optional.of(true);
      case "false", "0" -> Optional.of(false);
      default -> Optional.empty();
    };
  }

  private static String abbreviate(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
