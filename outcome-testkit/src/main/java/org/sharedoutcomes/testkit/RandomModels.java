package org.sharedoutcomes.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.AgreementId;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ContributionKind;
import org.sharedoutcomes.core.ConflictId;
import org.sharedoutcomes.core.ConflictSubject;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.InterventionKind;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.Measurement;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Phase;
import org.sharedoutcomes.core.Priority;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.RoleTarget;
import org.sharedoutcomes.core.Sensitivity;
import org.sharedoutcomes.core.SubjectKind;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;
import org.sharedoutcomes.core.ValueBasis;

/**
 * Seeded random generator of valid models that use every feature of the model: agency
 * hierarchies, persons, outcome hierarchies with revisions, commitments with dependencies and
 * milestones, built-in and custom roles with date spans, indicators of every measure type with
 * baselines (several, by date and dimension), targets of every kind (with tolerances and
 * periods), cumulative values, declared and absent region aggregations, planned points and ratios, measurements with reporters,
 * report times, dimensions and provisional status, assessments, interventions, data-sharing
 * agreements, conflicts, and contributions in several units and kinds (built-in and custom),
 * some over a period, some reported, with amounts of several scales. Texts include non-ASCII characters, quotes and
 * escapes.
 *
 * <p>Contributions are on in {@link #small()}, {@link #withBounds} and {@link #generate(long)}
 * (since 0.2, when the JSON format came to hold them); {@link #withContributions(boolean)
 * withContributions(false)} leaves them out and changes no other entity of a seed's model,
 * because they are drawn last.
 *
 * <p>Deterministic: the same seed and settings give an equal model on every run and JVM.
 * Generated models pass {@link OutcomeModel.Builder#build()} validation. Thread-safe (no
 * shared state).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RandomModels {
  private static final String[] WORDS = {"child", "poverty", "housing", "health", "wait",
      "times", "literacy", "jobs", "water", "broadband", "birth", "registration", "école",
      "Māori", "services", "\"quoted\"", "tab\there", "back\\slash", "ümlaut", "emoji😀",
      "line\nbreak", "<tag>", "&amp;", "données"};
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  private final int maxAgencies;
  private final int maxCommitments;
  private final int maxMeasurementsPerIndicator;
  private final boolean contributions;

  private RandomModels(int maxAgencies, int maxCommitments, int maxMeasurementsPerIndicator,
      boolean contributions) {
    this.maxAgencies = maxAgencies;
    this.maxCommitments = maxCommitments;
    this.maxMeasurementsPerIndicator = maxMeasurementsPerIndicator;
    this.contributions = contributions;
  }

  /**
   * This generator, with or without contributions.
   *
   * @param on whether generated models hold contributions
   * @return a generator with the same bounds
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public RandomModels withContributions(boolean on) {
    return new RandomModels(maxAgencies, maxCommitments, maxMeasurementsPerIndicator, on);
  }

  /**
   * A generator of small models: up to 12 agencies, 15 commitments and 30 measurements per
   * indicator.
   *
   * @return the generator
   */
  public static RandomModels small() {
    return new RandomModels(12, 15, 30, true);
  }

  /**
   * A generator with the given bounds.
   *
   * @param maxAgencies the most agencies, at least 1
   * @param maxCommitments the most commitments, at least 0
   * @param maxMeasurementsPerIndicator the most measurements per indicator, at least 0
   * @return the generator
   * @throws IllegalArgumentException if a bound is out of range
   */
  public static RandomModels withBounds(
      int maxAgencies, int maxCommitments, int maxMeasurementsPerIndicator) {
    if (maxAgencies < 1 || maxCommitments < 0 || maxMeasurementsPerIndicator < 0) {
      throw new IllegalArgumentException("bounds out of range: maxAgencies " + maxAgencies
          + " (>= 1), maxCommitments " + maxCommitments + " (>= 0), maxMeasurementsPerIndicator "
          + maxMeasurementsPerIndicator + " (>= 0)");
    }
    return new RandomModels(maxAgencies, maxCommitments, maxMeasurementsPerIndicator, true);
  }

  /**
   * A small model for a seed: shorthand for {@code small().model(seed)}.
   *
   * @param seed the seed
   * @return a valid model
   */
  public static OutcomeModel generate(long seed) {
    return small().model(seed);
  }

  /**
   * A model for a seed.
   *
   * @param seed the seed
   * @return a valid model
   */
  public OutcomeModel model(long seed) {
    return builder(seed).build();
  }

  /**
   * The builder of the model for a seed, before validation, so that a test can change it.
   *
   * @param seed the seed
   * @return a builder whose {@code build()} succeeds
   */
  public OutcomeModel.Builder builder(long seed) {
    return new Run(new SplittableRandom(seed),
        new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L)).run();
  }

  private final class Run {
    private final SplittableRandom r;
    /**
     * A second stream for the choices of fields added since 0.2, so that the first stream, and
     * with it every other field of a seed's model, stays as it was.
     */
    private final SplittableRandom x;
    private final OutcomeModel.Builder b = OutcomeModel.builder();
    private final List<AgencyId> agencies = new ArrayList<>();
    private final List<PersonId> persons = new ArrayList<>();
    private final List<OutcomeId> outcomes = new ArrayList<>();
    private final List<CommitmentId> commitments = new ArrayList<>();
    private final List<IndicatorId> indicators = new ArrayList<>();
    private final Set<AgencyId> centre = new LinkedHashSet<>();

    Run(SplittableRandom r, SplittableRandom x) {
      this.r = r;
      this.x = x;
    }

    private boolean also(double p) {
      return x.nextDouble() < p;
    }

    OutcomeModel.Builder run() {
      agencies();
      persons();
      outcomes();
      commitments();
      roles();
      indicators();
      assessmentsAndInterventions();
      agreements();
      conflicts();
      if (contributions) {
        contributions(); // last, so that the other entities do not depend on the setting
      }
      return b;
    }

    private <E extends Enum<E>> E pick(Class<E> type) {
      E[] values = type.getEnumConstants();
      return values[r.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
      return values.get(r.nextInt(values.size()));
    }

    private boolean chance(double p) {
      return r.nextDouble() < p;
    }

    private String text(int words) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(WORDS[r.nextInt(WORDS.length)]);
      }
      return sb.toString();
    }

    private LocalDate date() {
      return EPOCH.plusDays(r.nextInt(3650));
    }

    private double number() {
      return switch (r.nextInt(4)) {
        case 0 -> r.nextInt(1000);
        case 1 -> Math.round(r.nextDouble() * 10000) / 100.0;
        case 2 -> -r.nextDouble() * 50;
        default -> r.nextDouble() * 1e6;
      };
    }

    private Map<String, String> attributes() {
      if (!chance(0.3)) {
        return Map.of();
      }
      Map<String, String> m = new TreeMap<>();
      int n = 1 + r.nextInt(3);
      for (int i = 0; i < n; i++) {
        m.put("attr-" + r.nextInt(5), text(1 + r.nextInt(3)));
      }
      return m;
    }

    private void agencies() {
      int n = 1 + r.nextInt(maxAgencies);
      for (int i = 0; i < n; i++) {
        AgencyId id = AgencyId.of("ag-" + i);
        AgencyKind kind = i == 0 && chance(0.8) ? AgencyKind.CENTRAL_AGENCY : pick(AgencyKind.class);
        if (kind == AgencyKind.CENTRAL_AGENCY) {
          centre.add(id);
        }
        Optional<AgencyId> parent = i > 0 && chance(0.4)
            ? Optional.of(agencies.get(r.nextInt(agencies.size())))
            : Optional.empty();
        Agency.Builder a = Agency.builder(id, "Agency " + text(2), kind,
            pick(GovernmentLevel.class));
        if (chance(0.5)) {
          a.jurisdiction("J-" + r.nextInt(20));
        }
        parent.ifPresent(a::parent);
        attributes().forEach(a::attribute);
        b.agency(a.build());
        agencies.add(id);
      }
    }

    private void persons() {
      int n = r.nextInt(agencies.size() + 1);
      for (int i = 0; i < n; i++) {
        PersonId id = PersonId.of("p-" + i);
        Person.Builder p = Person.builder(id, "Person " + text(1), pick(agencies));
        attributes().forEach(p::attribute);
        b.person(p.build());
        persons.add(id);
      }
    }

    private PartyId party() {
      return persons.isEmpty() || chance(0.8) ? pick(agencies) : pick(persons);
    }

    private void outcomes() {
      int n = r.nextInt(8);
      for (int i = 0; i < n; i++) {
        OutcomeId id = OutcomeId.of("o-" + i);
        Set<OutcomeId> parents = new HashSet<>();
        if (i > 0) {
          int k = r.nextInt(3);
          for (int j = 0; j < k; j++) {
            parents.add(outcomes.get(r.nextInt(outcomes.size())));
          }
        }
        Outcome.Builder ob = Outcome.builder(id, text(4), pick(OutcomeLevel.class))
            .parents(parents);
        attributes().forEach(ob::attribute);
        Outcome o = ob.build();
        int revisions = chance(0.2) ? 1 + r.nextInt(2) : 0;
        for (int j = 0; j < revisions; j++) {
          o = o.revise(text(4), date(), "revised: " + text(2));
        }
        b.outcome(o);
        outcomes.add(id);
      }
    }

    private void commitments() {
      int n = r.nextInt(maxCommitments + 1);
      for (int i = 0; i < n; i++) {
        Commitment.Builder c = Commitment.builder("c-" + i, text(3))
            .description(chance(0.5) ? text(8) : "")
            .status(Optional.of(pick(CommitmentStatus.class)).filter(v -> also(0.8)))
            .priority(Optional.of(pick(Priority.class)).filter(v -> also(0.7)));
        if (chance(0.5)) {
          c.madeBy(party());
        }
        LocalDate made = date();
        if (chance(0.7)) {
          c.madeOn(made);
        }
        if (chance(0.8)) {
          c.due(made.plusDays(30 + r.nextInt(2000)));
        }
        int k = outcomes.isEmpty() ? 0 : r.nextInt(3);
        for (int j = 0; j < k; j++) {
          c.serves(pick(outcomes));
        }
        if (i > 0 && chance(0.4)) {
          c.dependsOn(commitments.get(r.nextInt(commitments.size())));
        }
        int ms = r.nextInt(3);
        for (int j = 0; j < ms; j++) {
          Milestone m = Milestone.due("milestone " + j + " " + text(1), date());
          c.milestones(chance(0.5) ? m.doneOn(date()) : m);
        }
        if (chance(0.6)) {
          c.collaborationMode(pick(CollaborationMode.class));
        }
        if (chance(0.5)) {
          c.phase(pick(Phase.class));
        }
        if (chance(0.5)) {
          c.responsibilityProtocol(pick(List.of("single-accountable", "equal-shares",
              "declared-shares", "shapley")));
        }
        if (chance(0.6)) {
          c.conflictProtocol(pick(List.of("negotiate-then-escalate", "majority-vote",
              "consensus", "consent", "lead-decides", "arbitration")));
        }
        attributes().forEach(c::attribute);
        b.commitment(c.build());
        commitments.add(CommitmentId.of("c-" + i));
      }
    }

    private void roles() {
      // one assignment per target, role, party and span (attributes aside), as build() requires
      Set<RoleAssignment> seen = new TreeSet<>(RoleAssignment.ORDER);
      List<RoleTarget> targets = new ArrayList<>(commitments);
      targets.addAll(outcomes);
      for (RoleTarget t : targets) {
        int n = r.nextInt(5);
        if (t instanceof CommitmentId && chance(0.85)) {
          add(seen, RoleAssignment.of(party(), Role.ACCOUNTABLE, t));
        }
        if (t instanceof CommitmentId && !centre.isEmpty() && chance(0.3)) {
          add(seen, RoleAssignment.of(pick(List.copyOf(centre)), Role.DELIVERY_UNIT, t));
        }
        for (int i = 0; i < n; i++) {
          Role role = chance(0.9) ? pick(Role.builtIns()) : Role.of("CUSTOM_" + r.nextInt(3));
          RoleAssignment a = RoleAssignment.of(party(), role, t);
          if (chance(0.2)) {
            LocalDate from = date();
            a = a.during(from, from.plusDays(r.nextInt(1000)));
          }
          for (Map.Entry<String, String> e : attributes().entrySet()) {
            a = a.withAttribute(e.getKey(), e.getValue());
          }
          add(seen, a);
        }
      }
    }

    private void add(Set<RoleAssignment> seen, RoleAssignment a) {
      if (seen.add(a)) {
        b.role(a);
      }
    }

    private void indicators() {
      int n = commitments.isEmpty() && outcomes.isEmpty() ? r.nextInt(2)
          : r.nextInt(commitments.size() + outcomes.size() + 2);
      for (int i = 0; i < n; i++) {
        IndicatorId id = IndicatorId.of("i-" + i);
        Indicator.Builder ib = Indicator.builder(id.value(), text(3))
            .unit(pick(List.of("", "%", "households", "days", "$")))
            .measureType(pick(MeasureType.class))
            .direction(pick(Direction.class))
            .interpolation(pick(Interpolation.class))
            .timeAggregation(pick(Aggregation.class))
            .regionAggregation(Optional.of(pick(Aggregation.class)).filter(v -> also(0.7)))
            .aggregable(chance(0.8))
            .valueBasis(also(0.2) ? ValueBasis.CUMULATIVE : ValueBasis.PERIOD)
            .sensitivity(pick(Sensitivity.class));
        LocalDate base = date();
        if (chance(0.8)) {
          ib.baseline(number(), base);
        }
        if (also(0.2)) {
          ib.baseline(Baseline.of(x.nextInt(1000) / 10.0, base.minusDays(1 + x.nextInt(700))));
        }
        if (also(0.2)) {
          ib.baseline(Baseline.of(x.nextInt(1000) / 10.0, base,
              Map.of("region", List.of("north", "south", "ÎLE", "east").get(x.nextInt(4)))));
        }
        int targets = r.nextInt(4);
        Set<LocalDate> dates = new HashSet<>();
        for (int j = 0; j < targets; j++) {
          LocalDate d = base.plusDays(1 + r.nextInt(2000));
          if (!dates.add(d)) {
            continue;
          }
          double v = number();
          Target t = switch (r.nextInt(4)) {
            case 0 -> also(0.3) ? Target.exactly(d, v, x.nextInt(50) / 10.0) : Target.exactly(d, v);
            case 1 -> also(0.3) ? Target.reach(d, v) : Target.atLeast(d, v);
            case 2 -> Target.atMost(d, v);
            default -> Target.between(d, v, v + r.nextInt(100));
          };
          ib.target(also(0.2) ? t.withPeriodStart(d.minusDays(x.nextInt(400))) : t);
        }
        if (chance(0.15)) {
          int k = 1 + r.nextInt(4);
          Set<LocalDate> pd = new HashSet<>();
          for (int j = 0; j < k; j++) {
            LocalDate d = date();
            if (pd.add(d)) {
              ib.plannedPoints(new TrajectoryPoint(d, number()));
            }
          }
        }
        if (indicators.size() >= 2 && chance(0.15)) {
          IndicatorId num = pick(indicators);
          IndicatorId den = pick(indicators);
          if (!num.equals(den)) {
            ib.ratio(num.value(), den.value());
          }
        }
        if (chance(0.8)) {
          ib.dataOwner(pick(agencies).value());
        }
        if (!commitments.isEmpty() && chance(0.8)) {
          ib.measures(pick(commitments));
        }
        if (!outcomes.isEmpty() && chance(0.5)) {
          ib.measures(pick(outcomes));
        }
        attributes().forEach(ib::attribute);
        b.indicator(ib.build());
        indicators.add(id);
        measurements(id, base);
      }
    }

    private void measurements(IndicatorId id, LocalDate base) {
      int n = maxMeasurementsPerIndicator == 0 ? 0 : r.nextInt(maxMeasurementsPerIndicator + 1);
      boolean monthly = chance(0.7);
      LocalDate start = base.minusDays(r.nextInt(60));
      for (int i = 0; i < n; i++) {
        LocalDate s = monthly ? start.plusMonths(i) : date();
        LocalDate e = monthly ? s.plusMonths(1).minusDays(1) : s.plusDays(r.nextInt(90));
        Measurement m = Measurement.of(id, s, e, number());
        if (chance(0.4)) {
          m = m.withReporter(pick(agencies));
        }
        if (chance(0.3)) {
          m = m.withReportedAt(Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000),
              r.nextInt(1000) * 1_000_000));
        }
        if (chance(0.25)) {
          m = m.withDimension("region", pick(List.of("north", "south", "ÎLE", "east")));
          if (chance(0.3)) {
            m = m.withDimension("cohort", "c" + r.nextInt(3));
          }
        }
        if (chance(0.2)) {
          m = m.withStatus(MeasurementStatus.PROVISIONAL);
        }
        b.measurement(m);
      }
    }

    private void assessmentsAndInterventions() {
      for (CommitmentId c : commitments) {
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
          DeliveryAssessment.Builder a = DeliveryAssessment.builder(c, date(), pick(Rating.class));
          if (chance(0.6)) {
            a.assessor(party());
          }
          if (chance(0.7)) {
            a.rationale(text(5));
          }
          attributes().forEach(a::attribute);
          b.assessment(a.build());
        }
      }
      if (agencies.size() < 2) {
        return;
      }
      int n = r.nextInt(2 * agencies.size());
      for (int i = 0; i < n; i++) {
        AgencyId from = centre.isEmpty() || chance(0.2) ? pick(agencies) : pick(List.copyOf(centre));
        AgencyId to = pick(agencies);
        if (from.equals(to)) {
          continue;
        }
        Optional<CommitmentId> on = commitments.isEmpty() || chance(0.3) ? Optional.empty()
            : Optional.of(pick(commitments));
        Intervention.Builder iv = Intervention.builder(from, to, pick(InterventionKind.class),
            date());
        on.ifPresent(iv::commitment);
        if (chance(0.6)) {
          iv.note(text(4));
        }
        attributes().forEach(iv::attribute);
        b.intervention(iv.build());
      }
    }

    private void agreements() {
      if (agencies.size() < 2 || indicators.isEmpty()) {
        return;
      }
      int n = r.nextInt(3);
      for (int i = 0; i < n; i++) {
        Set<AgencyId> parties = new HashSet<>();
        while (parties.size() < 2 + r.nextInt(Math.min(3, agencies.size() - 1))) {
          parties.add(pick(agencies));
        }
        Set<IndicatorId> inds = new HashSet<>();
        int k = 1 + r.nextInt(3);
        for (int j = 0; j < k; j++) {
          inds.add(pick(indicators));
        }
        LocalDate from = date();
        DataSharingAgreement.Builder d = DataSharingAgreement.builder(AgreementId.of("dsa-" + i))
            .parties(parties).indicators(inds);
        if (chance(0.5)) {
          d.from(from);
        }
        if (chance(0.5)) {
          d.to(from.plusDays(r.nextInt(1500)));
        }
        attributes().forEach(d::attribute);
        b.agreement(d.build());
      }
    }

    private void contributions() {
      List<RoleTarget> targets = new ArrayList<>(commitments);
      targets.addAll(outcomes);
      if (targets.isEmpty()) {
        return;
      }
      int n = r.nextInt(2 * targets.size() + 2);
      for (int i = 0; i < n; i++) {
        ContributionKind kind = chance(0.85) ? pick(ContributionKind.builtIns())
            : ContributionKind.of("CUSTOM_" + r.nextInt(3));
        BigDecimal amount = switch (r.nextInt(4)) {
          case 0 -> BigDecimal.valueOf(r.nextInt(1000));
          case 1 -> BigDecimal.valueOf(r.nextInt(1_000_000), 2);
          case 2 -> new BigDecimal(r.nextInt(9) + 1 + "E" + r.nextInt(7));
          default -> BigDecimal.valueOf(r.nextInt(100), 1 + r.nextInt(3));
        };
        Contribution.Builder c = Contribution.builder(party(), pick(targets), kind, amount,
            pick(List.of("CAD", "EUR", "NZD", "FTE", "person-days")));
        if (chance(0.5)) {
          LocalDate from = date();
          c.from(from);
          if (chance(0.7)) {
            c.to(from.plusDays(r.nextInt(730)));
          }
        } else if (chance(0.2)) {
          c.to(date());
        }
        if (chance(0.4)) {
          c.reporter(pick(agencies));
        }
        attributes().forEach(c::attribute);
        b.contribution(c.build());
      }
    }

    private void conflicts() {
      if (agencies.size() < 2) {
        return;
      }
      int n = r.nextInt(3);
      for (int i = 0; i < n; i++) {
        Set<PartyId> parties = new LinkedHashSet<>();
        while (parties.size() < 2) {
          parties.add(party());
        }
        SubjectKind kind = pick(SubjectKind.class);
        String ref = switch (kind) {
          case COMMITMENT -> commitments.isEmpty() ? null : pick(commitments).value();
          case INDICATOR -> indicators.isEmpty() ? null : pick(indicators).value();
          default -> text(2);
        };
        if (ref == null) {
          kind = SubjectKind.RESOURCE;
          ref = "budget " + text(1);
        }
        List<PartyId> list = List.copyOf(parties);
        Conflict.Builder cf = Conflict.builder(ConflictId.of("cf-" + i),
            new ConflictSubject(kind, ref), pick(list),
            Instant.ofEpochSecond(1_600_000_000L + r.nextInt(200_000_000)))
            .parties(parties);
        if (chance(0.7)) {
          cf.description(text(6));
        }
        if (chance(0.5)) {
          cf.protocol(pick(List.of("consensus", "arbitration")));
        }
        attributes().forEach(cf::attribute);
        b.conflict(cf.build());
      }
    }
  }
}
