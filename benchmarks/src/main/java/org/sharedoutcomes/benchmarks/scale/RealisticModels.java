package org.sharedoutcomes.benchmarks.scale;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.Baseline;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.MeasureType;
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
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Sensitivity;
import org.sharedoutcomes.core.Target;

/**
 * Seeded generator of large, government-shaped models for benchmarks, at named sizes
 * ({@link Size#S}, {@link Size#M}, {@link Size#L}) or any commitment count.
 *
 * <p>The shape follows real governments rather than uniform randomness:
 * <ul>
 *   <li><b>Agencies</b> (one per ten commitments, at least 80) over three levels of government
 *       plus non-governmental partners: one central agency (the delivery unit, id
 *       {@value #CENTRE}); about 2% national (a few dozen departments, the rest crown entities
 *       whose parent is a department, chosen with the same skew as leads, so big departments
 *       have big portfolios); about 18% state (13 jurisdictions, each with ministries and
 *       crown entities under them); the rest local: municipalities (80%) and NGOs, community
 *       providers and client groups (non-governmental).
 *   <li><b>Accountability</b>: exactly one {@link Role#ACCOUNTABLE} agency per commitment,
 *       drawn from national and state agencies with a Zipf law (exponent 1): the largest
 *       department leads several percent of all commitments, most agencies lead few.
 *   <li><b>Sharing</b>: 1 to 8 agencies per commitment (12% one, 82% two to five, 6% six to
 *       eight), so about 3 role assignments per commitment; partners are half drawn with the
 *       same skew, half uniformly from all agencies (the front line). Each partner holds one of
 *       RESPONSIBLE, CONTRIBUTOR, IMPLEMENTER, CONSULTED, INFORMED, FUNDER, CO_PRODUCER.
 *   <li><b>The centre</b>: the delivery unit holds {@link Role#DELIVERY_UNIT} on about 8% of
 *       commitments (made critical priority).
 *   <li><b>Outcomes</b> (one per 25 commitments, at least 10): a hierarchy of impacts (2%),
 *       outcomes (18%, each under an impact) and outputs (each under one or two outcomes);
 *       each commitment serves one output or outcome, 15% serve two.
 *   <li><b>Dependencies</b>: 30% of commitments depend on one or two lower-numbered
 *       commitments (so the dependency graph is acyclic), mostly recent ones (same programme).
 *   <li><b>Indicators</b>: one per commitment, a second for half of them (about 1.5), plus one
 *       per impact and outcome; each has a baseline, one target, an owner (the accountable
 *       agency) and 24 monthly measurements (January 2024 to December 2025) drifting from the
 *       baseline towards the target with noise.
 * </ul>
 *
 * <p>Memory matters at size L: dates, optionals, titles, statements and milestone lists come
 * from small shared pools, ids are created once and shared by every reference, and
 * measurements use {@link OutcomeModel.Builder#measurement(IndicatorId, LocalDate, LocalDate,
 * double)}, the column-store fast path.
 *
 * <p>Deterministic: the same seed and size give an {@link OutcomeModel#equals equal} model on
 * every run and JVM. Generated models pass {@link OutcomeModel.Builder#build()} validation.
 * Ids are zero-padded ({@code "c-0000042"}) so their canonical (string) order is their
 * numeric order. Thread-safe: instances are immutable, and each call uses its own random
 * source.
 *
 * <pre>{@code
 * OutcomeModel s = RealisticModels.of(RealisticModels.Size.S).model(RealisticModels.DEFAULT_SEED);
 * OutcomeModel.Builder custom = RealisticModels.withCommitments(2_000).builder(7L);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RealisticModels {
  /** The seed the benchmarks use. */
  public static final long DEFAULT_SEED = 20261123L;
  /** The id of the central agency, the delivery unit. */
  public static final String CENTRE = "centre-pmdu";
  /** The id of the person (the head of government) who made every commitment. */
  public static final String HEAD_OF_GOVERNMENT = "head-of-government";
  /** The number of monthly measurements of every indicator. */
  public static final int MONTHS = 24;
  /** The largest commitment count {@link #withCommitments(int)} accepts. */
  public static final int MAX_COMMITMENTS = 20_000_000;

  /** The named sizes. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Size {
    /** 500 commitments: one government's mandate letters. */
    S(500),
    /** 50,000 commitments. */
    M(50_000),
    /** 1,000,000 commitments and 100,000 agencies. */
    L(1_000_000);

    private final int commitments;

    Size(int commitments) {
      this.commitments = commitments;
    }

    /**
     * The number of commitments of this size.
     *
     * @return the count
     */
    public int commitments() {
      return commitments;
    }
  }

  private static final String[] JURISDICTIONS = {"CA-AB", "CA-BC", "CA-MB", "CA-NB", "CA-NL",
      "CA-NS", "CA-NT", "CA-NU", "CA-ON", "CA-PE", "CA-QC", "CA-SK", "CA-YT"};
  private static final String[] TOPICS = {"child poverty", "housing", "hospital wait times",
      "literacy", "clean water", "broadband", "birth registration", "employment",
      "mental health", "early learning", "public transit", "food security", "homelessness",
      "emissions", "flood resilience", "indigenous languages", "youth justice", "dental care",
      "seniors' care", "skills training", "small business", "border services", "pensions",
      "rural roads"};
  private static final String[] VERBS = {"Cut", "Expand", "Improve", "Modernise", "Reduce",
      "Guarantee", "Fund", "Double"};
  private static final String[] UNITS = {"", "%", "households", "days", "people", "$"};
  private static final Role[] PARTNER_ROLES = {Role.RESPONSIBLE, Role.CONTRIBUTOR,
      Role.IMPLEMENTER, Role.CONSULTED, Role.INFORMED, Role.FUNDER, Role.CO_PRODUCER};
  private static final double[] PARTNER_ROLE_WEIGHTS = {25, 30, 15, 10, 8, 7, 5};
  /** Cumulative share of commitments with 1, 2, ... 8 agencies. */
  private static final double[] PARTIES_CDF = {0.12, 0.42, 0.70, 0.86, 0.94, 0.98, 0.99, 1.0};
  private static final CommitmentStatus[] STATUSES = CommitmentStatus.values();
  private static final double[] STATUS_WEIGHTS = {10, 35, 20, 12, 5, 3, 13, 2};
  private static final Priority[] PRIORITIES = {Priority.HIGH, Priority.MEDIUM, Priority.LOW};
  private static final double[] PRIORITY_WEIGHTS = {25, 55, 20};
  private static final LocalDate BASELINE_DATE = LocalDate.of(2023, 12, 31);
  private static final LocalDate[] MONTH_START = new LocalDate[MONTHS];
  private static final LocalDate[] MONTH_END = new LocalDate[MONTHS];
  private static final List<Optional<LocalDate>> MADE_ON = List.of(
      Optional.of(LocalDate.of(2023, 12, 16)), Optional.of(LocalDate.of(2024, 3, 1)),
      Optional.of(LocalDate.of(2024, 9, 15)), Optional.of(LocalDate.of(2025, 1, 20)));
  private static final List<Optional<LocalDate>> DUE = dueDates();
  private static final Map<CollaborationMode, Optional<CollaborationMode>> MODES =
      new EnumMap<>(CollaborationMode.class);
  private static final Map<Phase, Optional<Phase>> PHASES = new EnumMap<>(Phase.class);
  private static final Optional<String> SINGLE_ACCOUNTABLE = Optional.of("single-accountable");
  private static final Optional<String> NEGOTIATE = Optional.of("negotiate-then-escalate");
  private static final List<List<Milestone>> MILESTONES = List.of(
      List.of(),
      List.of(Milestone.due("Funding approved", LocalDate.of(2024, 6, 30))),
      List.of(Milestone.due("Legislation tabled", LocalDate.of(2024, 11, 30))),
      List.of(Milestone.due("Funding approved", LocalDate.of(2024, 6, 30))
              .doneOn(LocalDate.of(2024, 6, 12)),
          Milestone.due("Service launched", LocalDate.of(2025, 9, 30))));

  static {
    LocalDate m = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < MONTHS; i++) {
      MONTH_START[i] = m;
      MONTH_END[i] = m.plusMonths(1).minusDays(1);
      m = m.plusMonths(1);
    }
    for (CollaborationMode c : CollaborationMode.values()) {
      MODES.put(c, Optional.of(c));
    }
    for (Phase p : Phase.values()) {
      PHASES.put(p, Optional.of(p));
    }
  }

  /** Quarter ends from March 2025 to December 2027. */
  private static List<Optional<LocalDate>> dueDates() {
    List<Optional<LocalDate>> out = new ArrayList<>();
    for (int q = 0; q < 12; q++) {
      out.add(Optional.of(LocalDate.of(2025, 3, 1).plusMonths(3L * q).plusMonths(1)
          .minusDays(1)));
    }
    return List.copyOf(out);
  }

  private final int commitments;
  private final int agencies;
  private final int outcomes;

  private RealisticModels(int commitments) {
    this.commitments = commitments;
    this.agencies = Math.max(80, commitments / 10);
    this.outcomes = Math.max(10, commitments / 25);
  }

  /**
   * The generator of a named size.
   *
   * @param size the size
   * @return the generator
   */
  public static RealisticModels of(Size size) {
    if (size == null) {
      throw new NullPointerException("size must not be null");
    }
    return new RealisticModels(size.commitments());
  }

  /**
   * A generator of models with the given number of commitments; agencies, outcomes and
   * indicators scale with it as for the named sizes.
   *
   * @param commitments the number of commitments, 1 to {@value #MAX_COMMITMENTS}
   * @return the generator
   * @throws IllegalArgumentException if the count is out of range
   */
  public static RealisticModels withCommitments(int commitments) {
    if (commitments < 1 || commitments > MAX_COMMITMENTS) {
      throw new IllegalArgumentException("commitments must be between 1 and " + MAX_COMMITMENTS
          + ", was " + commitments);
    }
    return new RealisticModels(commitments);
  }

  /**
   * A model of a named size with the {@link #DEFAULT_SEED default seed}.
   *
   * @param size the size
   * @return a valid model
   */
  public static OutcomeModel model(Size size) {
    return of(size).model(DEFAULT_SEED);
  }

  /**
   * The number of commitments of the generated models.
   *
   * @return the count
   */
  public int commitmentCount() {
    return commitments;
  }

  /**
   * The number of agencies of the generated models (one per ten commitments, at least 80).
   *
   * @return the count
   */
  public int agencyCount() {
    return agencies;
  }

  /**
   * The number of outcomes of the generated models (one per 25 commitments, at least 10).
   *
   * @return the count
   */
  public int outcomeCount() {
    return outcomes;
  }

  /**
   * The model for a seed.
   *
   * @param seed the seed
   * @return a valid model
   */
  public OutcomeModel model(long seed) {
    return builder(seed).build();
  }

  /**
   * The builder of the model for a seed, not yet validated: benchmarks of {@code build()} and
   * tests that change the model start here.
   *
   * @param seed the seed
   * @return a builder whose {@code build()} succeeds
   */
  public OutcomeModel.Builder builder(long seed) {
    return new Run(new SplittableRandom(seed)).run();
  }

  /** The id text of the agency with the given number. */
  static String agencyId(int i) {
    return pad("a-", i);
  }

  /** The id text of the commitment with the given number. */
  static String commitmentId(int i) {
    return pad("c-", i);
  }

  private static String pad(String prefix, int i) {
    String digits = Integer.toString(i);
    StringBuilder sb = new StringBuilder(prefix.length() + 8).append(prefix);
    for (int k = digits.length(); k < 8; k++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  /** Samples an index from cumulative weights. */
  private static int sample(double[] cdf, SplittableRandom r) {
    double x = r.nextDouble() * cdf[cdf.length - 1];
    int i = Arrays.binarySearch(cdf, x);
    i = i >= 0 ? i + 1 : -i - 1;
    return Math.min(i, cdf.length - 1);
  }

  private static double[] cumulative(double[] weights) {
    double[] cdf = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cdf[i] = sum;
    }
    return cdf;
  }

  private static double[] zipf(int n) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 1.0 / (i + 1);
    }
    return cumulative(w);
  }

  private final class Run {
    private final SplittableRandom r;
    private final OutcomeModel.Builder b = OutcomeModel.builder();
    private final AgencyId[] agencyIds = new AgencyId[agencies];
    @SuppressWarnings({"unchecked", "rawtypes"})
    private final Optional<AgencyId>[] owners = new Optional[agencies];
    /** Lead-eligible agencies (national and state), most prominent first. */
    private int[] leadPool = new int[0];
    private double[] leadCdf = new double[0];
    private final OutcomeId[] outcomeIds = new OutcomeId[outcomes];
    private int impacts;
    private int midOutcomes;
    private final CommitmentId[] commitmentIds = new CommitmentId[commitments];
    private final String[] titles = new String[TOPICS.length * VERBS.length];
    private final double[] partnerRoleCdf = cumulative(PARTNER_ROLE_WEIGHTS);
    private final double[] statusCdf = cumulative(STATUS_WEIGHTS);
    private final double[] priorityCdf = cumulative(PRIORITY_WEIGHTS);
    private int indicatorCount;

    Run(SplittableRandom r) {
      this.r = r;
      for (int t = 0; t < TOPICS.length; t++) {
        for (int v = 0; v < VERBS.length; v++) {
          titles[t * VERBS.length + v] = VERBS[v] + " " + TOPICS[t];
        }
      }
    }

    OutcomeModel.Builder run() {
      agencies();
      b.person(Person.builder(PersonId.of(HEAD_OF_GOVERNMENT), "Head of government",
          agencyIds[0]).build());
      outcomes();
      commitments();
      return b;
    }

    private boolean chance(double p) {
      return r.nextDouble() < p;
    }

    private void agencies() {
      int n = agencies;
      int national = Math.max(20, n * 2 / 100);
      int state = Math.max(26, n * 18 / 100);
      int departments = Math.max(12, Math.min(40, national / 10));
      int ministriesPerState =
          Math.max(2, Math.min(25, state / JURISDICTIONS.length / 10));
      int ministries = ministriesPerState * JURISDICTIONS.length;
      double[] deptCdf = zipf(departments);
      @SuppressWarnings({"unchecked", "rawtypes"})
      Optional<String>[] jurisdiction = new Optional[JURISDICTIONS.length];
      for (int j = 0; j < JURISDICTIONS.length; j++) {
        jurisdiction[j] = Optional.of(JURISDICTIONS[j]);
      }
      Optional<String> canada = Optional.of("CA");
      @SuppressWarnings({"unchecked", "rawtypes"})
      Optional<AgencyId>[] parentOf = new Optional[n];
      for (int i = 0; i < n; i++) {
        agencyIds[i] = AgencyId.of(i == 0 ? CENTRE : agencyId(i));
        owners[i] = Optional.of(agencyIds[i]);
        parentOf[i] = owners[i];
      }
      int[] pool = new int[departments + ministries + (national - 1 - departments)
          + Math.max(0, state - ministries)];
      int p = 0;
      b.agency(Agency.builder(agencyIds[0], "Delivery Unit",
          AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL)
          .jurisdiction(canada).build());
      int stateStart = national;
      int localStart = national + state;
      // leads: departments first, then state ministries, then the other public bodies
      for (int i = 1; i <= departments; i++) {
        pool[p++] = i;
      }
      for (int i = 0; i < ministries; i++) {
        pool[p++] = stateStart + i;
      }
      for (int i = 1; i < national; i++) {
        AgencyKind kind;
        Optional<AgencyId> parent = Optional.empty();
        String name;
        if (i <= departments) {
          kind = AgencyKind.DEPARTMENT;
          name = "Department " + i;
        } else {
          kind = AgencyKind.CROWN_ENTITY;
          parent = parentOf[1 + sample(deptCdf, r)];
          name = "Crown entity " + i;
          pool[p++] = i;
        }
        b.agency(Agency.builder(agencyIds[i], name, kind, GovernmentLevel.NATIONAL)
            .jurisdiction(canada).parent(parent).build());
      }
      for (int k = 0; k < state; k++) {
        int i = stateStart + k;
        int j = k % JURISDICTIONS.length;
        if (k < ministries) {
          b.agency(Agency.builder(agencyIds[i], "Ministry " + i,
              AgencyKind.DEPARTMENT, GovernmentLevel.STATE)
              .jurisdiction(jurisdiction[j]).build());
        } else {
          int ministry = stateStart + j + JURISDICTIONS.length * r.nextInt(ministriesPerState);
          b.agency(Agency.builder(agencyIds[i], "State agency " + i,
              AgencyKind.CROWN_ENTITY, GovernmentLevel.STATE)
              .jurisdiction(jurisdiction[j]).parent(parentOf[ministry]).build());
          pool[p++] = i;
        }
      }
      for (int i = localStart; i < n; i++) {
        int j = r.nextInt(JURISDICTIONS.length);
        double x = r.nextDouble();
        if (x < 0.8) {
          b.agency(Agency.builder(agencyIds[i], "Municipality " + i,
              AgencyKind.MUNICIPALITY, GovernmentLevel.LOCAL)
              .jurisdiction(jurisdiction[j]).build());
        } else {
          AgencyKind kind = x < 0.9 ? AgencyKind.NGO
              : x < 0.97 ? AgencyKind.COMMUNITY_PROVIDER : AgencyKind.CLIENT_GROUP;
          b.agency(Agency.builder(agencyIds[i], "Partner " + i,
              kind, GovernmentLevel.NON_GOVERNMENTAL)
              .jurisdiction(jurisdiction[j]).build());
        }
      }
      leadPool = Arrays.copyOf(pool, p);
      leadCdf = zipf(p);
    }

    private void outcomes() {
      impacts = Math.max(2, outcomes * 2 / 100);
      midOutcomes = Math.max(3, outcomes * 18 / 100);
      String[] statements = new String[TOPICS.length * 3];
      for (int t = 0; t < TOPICS.length; t++) {
        statements[3 * t] = "Better " + TOPICS[t] + " for everyone";
        statements[3 * t + 1] = "Measurable progress on " + TOPICS[t];
        statements[3 * t + 2] = "Services delivered for " + TOPICS[t];
      }
      for (int i = 0; i < outcomes; i++) {
        outcomeIds[i] = OutcomeId.of(pad("o-", i));
        int topic = r.nextInt(TOPICS.length);
        OutcomeLevel level;
        Set<OutcomeId> parents;
        if (i < impacts) {
          level = OutcomeLevel.IMPACT;
          parents = Set.of();
        } else if (i < impacts + midOutcomes) {
          level = OutcomeLevel.OUTCOME;
          parents = Set.of(outcomeIds[r.nextInt(impacts)]);
        } else {
          level = OutcomeLevel.OUTPUT;
          OutcomeId first = outcomeIds[impacts + r.nextInt(midOutcomes)];
          OutcomeId second = outcomeIds[impacts + r.nextInt(midOutcomes)];
          parents = chance(0.1) && !first.equals(second) ? Set.of(first, second) : Set.of(first);
        }
        String statement = statements[3 * topic + level.ordinal()];
        b.outcome(Outcome.builder(outcomeIds[i], statement, level).parents(parents).build());
        if (level != OutcomeLevel.OUTPUT) {
          IndicatorId id = IndicatorId.of(pad("i-", indicatorCount++));
          indicator(id, "Outcome measure: " + TOPICS[topic], owners[leadPool[sample(leadCdf, r)]],
              Set.of(), Set.of(outcomeIds[i]));
        }
      }
    }

    private void commitments() {
      PartyId madeByPerson = PersonId.of(HEAD_OF_GOVERNMENT);
      Optional<PartyId> madeBy = Optional.of(madeByPerson);
      AgencyId centre = agencyIds[0];
      CollaborationMode[] modes = CollaborationMode.values();
      Phase[] phases = Phase.values();
      int[] chosen = new int[PARTIES_CDF.length];
      for (int i = 0; i < commitments; i++) {
        CommitmentId id = CommitmentId.of(commitmentId(i));
        commitmentIds[i] = id;
        int lead = leadPool[sample(leadCdf, r)];
        int parties = sample(PARTIES_CDF, r) + 1;
        chosen[0] = lead;
        int k = 1;
        while (k < parties) {
          int candidate = chance(0.5) ? leadPool[sample(leadCdf, r)] : 1 + r.nextInt(agencies - 1);
          boolean dup = false;
          for (int j = 0; j < k; j++) {
            dup |= chosen[j] == candidate;
          }
          if (!dup) {
            chosen[k++] = candidate;
          }
        }
        boolean deliveryUnit = chance(0.08);
        b.role(RoleAssignment.of(agencyIds[lead], Role.ACCOUNTABLE, id));
        for (int j = 1; j < parties; j++) {
          b.role(RoleAssignment.of(agencyIds[chosen[j]],
              PARTNER_ROLES[sample(partnerRoleCdf, r)], id));
        }
        if (deliveryUnit) {
          b.role(RoleAssignment.of(centre, Role.DELIVERY_UNIT, id));
        }

        int offset = impacts;
        int span = outcomes - impacts;
        OutcomeId serves = outcomeIds[offset + r.nextInt(span)];
        Set<OutcomeId> served = Set.of(serves);
        if (chance(0.15)) {
          OutcomeId other = outcomeIds[offset + r.nextInt(span)];
          if (!other.equals(serves)) {
            served = Set.of(serves, other);
          }
        }
        Set<CommitmentId> deps = Set.of();
        if (i > 0 && chance(0.3)) {
          CommitmentId d1 = commitmentIds[dependency(i)];
          CommitmentId d2 = chance(0.2) ? commitmentIds[dependency(i)] : d1;
          deps = d1.equals(d2) ? Set.of(d1) : Set.of(d1, d2);
        }
        Priority priority = deliveryUnit ? Priority.CRITICAL : PRIORITIES[sample(priorityCdf, r)];
        boolean shared = parties > 1;
        Commitment.Builder c = Commitment.builder(id, titles[r.nextInt(titles.length)])
            .madeBy(madeBy)
            .madeOn(MADE_ON.get(r.nextInt(MADE_ON.size())))
            .due(DUE.get(r.nextInt(DUE.size())));
        served.forEach(c::serves);
        deps.forEach(c::dependsOn);
        c.milestones(MILESTONES.get(r.nextInt(MILESTONES.size())))
            .status(STATUSES[sample(statusCdf, r)])
            .priority(priority);
        if (shared) {
          c.collaborationMode(MODES.get(modes[r.nextInt(modes.length)]));
        }
        if (shared && chance(0.6)) {
          c.phase(PHASES.get(phases[r.nextInt(phases.length)]));
        }
        if (chance(0.7)) {
          c.responsibilityProtocol(SINGLE_ACCOUNTABLE);
        }
        if (shared && chance(0.8)) {
          c.conflictProtocol(NEGOTIATE);
        }
        b.commitment(c.build());

        int indicators = chance(0.5) ? 2 : 1;
        for (int j = 0; j < indicators; j++) {
          IndicatorId ind = IndicatorId.of(pad("i-", indicatorCount++));
          indicator(ind, titles[r.nextInt(titles.length)], owners[lead], Set.of(id), Set.of());
        }
      }
    }

    /** A lower-numbered commitment, mostly a recent one. */
    private int dependency(int i) {
      if (i > 1 && chance(0.7)) {
        return i - 1 - r.nextInt(Math.min(i, 2_000));
      }
      return r.nextInt(i);
    }

    private void indicator(IndicatorId id, String name, Optional<AgencyId> owner,
        Set<CommitmentId> measuresCommitments, Set<OutcomeId> measuresOutcomes) {
      boolean percentage = chance(0.4);
      boolean ascending = chance(0.6);
      double base = percentage ? 5 + r.nextInt(80) : 100 + r.nextInt(10_000);
      double change = base * (0.05 + 0.25 * r.nextDouble());
      double goal = ascending ? base + change : base - change;
      Optional<LocalDate> due = DUE.get(r.nextInt(DUE.size()));
      Target target = ascending ? Target.atLeast(due.orElseThrow(), goal)
          : Target.atMost(due.orElseThrow(), goal);
      Indicator.Builder ib = Indicator.builder(id, name)
          .unit(percentage ? "%" : UNITS[r.nextInt(UNITS.length)])
          .measureType(percentage ? MeasureType.PERCENTAGE : MeasureType.UNIT)
          .direction(ascending ? Direction.ASCENDING : Direction.DESCENDING)
          .baseline(new Baseline(base, BASELINE_DATE))
          .target(target)
          .regionAggregation(percentage ? java.util.Optional.empty() // by measure type
              : java.util.Optional.of(Aggregation.SUM))
          .dataOwner(owner)
          .sensitivity(chance(0.9) ? Sensitivity.PUBLIC : Sensitivity.PARTNERS);
      measuresCommitments.forEach(ib::measures);
      measuresOutcomes.forEach(ib::measures);
      b.indicator(ib.build());
      // how far along the trajectory the data will get: some ahead, some behind, some reversed
      double pace = r.nextDouble() * 1.4 - 0.2;
      double noise = Math.abs(change) * 0.05 + 0.01;
      for (int m = 0; m < MONTHS; m++) {
        double v = base + (goal - base) * pace * (m + 1) / MONTHS + noise * r.nextGaussian();
        b.measurement(id, MONTH_START[m], MONTH_END[m], Math.round(v * 100) / 100.0);
      }
    }
  }
}
