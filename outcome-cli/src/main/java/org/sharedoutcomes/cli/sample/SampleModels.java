package org.sharedoutcomes.cli.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Conflict;
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
import org.sharedoutcomes.core.Milestone;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Phase;
import org.sharedoutcomes.core.Priority;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.Sensitivity;
import org.sharedoutcomes.core.Target;
import org.sharedoutcomes.core.TrajectoryPoint;

/**
 * The sample models the examples and the {@code outcome report} command use, built in plain Java so a reader
 * can see how a model is put together. The scenarios follow the project's source texts:
 *
 * <ul>
 *   <li>{@link #deliveryUnit()}: a prime minister's delivery unit and five departments, twelve
 *       commitments with trajectories and a year (2025) of monthly measurements, assessments,
 *       interventions that drift from support to control, and a conflict;
 *   <li>{@link #jointServiceDelivery()}: a "birth of a child" bundle delivered by national,
 *       provincial and municipal agencies under a data-sharing agreement;
 *   <li>{@link #betterConnectedServices()}: New Zealand's joined-up services, with the trio of
 *       roles, a client group as co-producer, an outcome revised along the way and phases.
 * </ul>
 *
 * <p>The figures are invented but plausible. Every measurement follows one rule so that a
 * reader can check the numbers by hand: in month {@code m} (1 to 12) of 2025 an indicator
 * reads {@code baseline + (target - baseline) * pace * m / 12}, rounded to one decimal, with a
 * small wobble in months that are not quarter ends. So in December it reads exactly
 * {@code baseline + (target - baseline) * pace}: the pace says how much of the year's planned
 * improvement was delivered (1.0 on plan, 0.5 half of it, 1.1 ahead).
 *
 * <p>Stateless and thread-safe; every call builds a new, immutable model.
 */
public final class SampleModels {
  /** The first day of the sample year. */
  public static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);
  /** The day before the sample year: every baseline is measured then. */
  public static final LocalDate BASELINE_DATE = LocalDate.of(2024, 12, 31);
  /** The last day of the sample year: the date of the year-end stocktake. */
  public static final LocalDate YEAR_END = LocalDate.of(2025, 12, 31);

  /** The two delivery-unit commitments whose final targets fall at the end of 2026. */
  private static final Set<String> RUNS_TO_2026 = Set.of("elective-waits", "child-poverty");

  /**
   * How credit for three shared delivery-unit commitments is allocated (the rest:
   * single-accountable), and the weights the accountable department declared for itself.
   */
  private static final Map<String, String[]> SHARED = Map.of(
      "truancy", new String[] {"shapley", "contribution", "3"},
      "child-poverty", new String[] {"declared-shares", "share", "5"},
      "street-crime", new String[] {"equal-shares", "", ""});

  private SampleModels() {}

  // ------------------------------------------------------------------ seed 000

  /**
   * The delivery-unit scenario (seed 000). The Prime Minister's Delivery Unit ({@code pmdu})
   * oversees twelve commitments of five departments ({@code education}, {@code health},
   * {@code home-office}, {@code transport}, {@code work-pensions}). Each commitment has one
   * indicator with a baseline at the end of 2024, a target and twelve monthly measurements for
   * 2025. The model deliberately holds a few governance problems for the checks to find: the
   * centre is accountable for street crime, the Home Office receives more directives than
   * offers of help, one indicator has no data owner, one shared commitment has no conflict
   * protocol, and one outcome is served by nobody.
   *
   * @return the model
   */
  public static OutcomeModel deliveryUnit() {
    OutcomeModel.Builder b = OutcomeModel.builder();

    // The centre and the departments. The delivery unit is a central agency; departments
    // report to it for these commitments but keep their own ministers.
    b.agency(Agency.of("pmdu", "Prime Minister's Delivery Unit", AgencyKind.CENTRAL_AGENCY,
        GovernmentLevel.NATIONAL).withJurisdiction("United Kingdom"));
    dept(b, "education", "Department for Education");
    dept(b, "health", "Department of Health");
    dept(b, "home-office", "Home Office");
    dept(b, "transport", "Department for Transport");
    dept(b, "work-pensions", "Department for Work and Pensions");
    b.person(Person.of("head-of-delivery", "Head of the Delivery Unit", "pmdu"));

    // What the government wants to change in the world, from impact down to outcomes.
    b.outcome(Outcome.of("opportunity", "Every child gets a fair start and every adult a chance"
        + " to work", OutcomeLevel.IMPACT));
    b.outcome(Outcome.of("reliable-services", "Public services people can rely on",
        OutcomeLevel.IMPACT));
    b.outcome(Outcome.of("standards", "Children leave primary school reading, writing and"
        + " counting well", OutcomeLevel.OUTCOME).withParents(OutcomeId.of("opportunity")));
    b.outcome(Outcome.of("work", "More people in work and fewer children in poverty",
        OutcomeLevel.OUTCOME).withParents(OutcomeId.of("opportunity")));
    b.outcome(Outcome.of("quick-treatment", "Patients are seen and treated quickly",
        OutcomeLevel.OUTCOME).withParents(OutcomeId.of("reliable-services")));
    b.outcome(Outcome.of("safety", "People are safer at home and on the streets",
        OutcomeLevel.OUTCOME).withParents(OutcomeId.of("reliable-services")));
    b.outcome(Outcome.of("journeys", "Journeys are reliable", OutcomeLevel.OUTCOME)
        .withParents(OutcomeId.of("reliable-services")));
    // Promised in a speech, but no commitment serves it yet: the checks will say so.
    b.outcome(Outcome.of("digital", "Every public service can be used online",
        OutcomeLevel.OUTCOME).withParents(OutcomeId.of("reliable-services")));

    // Twelve commitments, one indicator each.   id, title, outcome, accountable, indicator...
    commitment(b, "literacy", "Raise literacy at age 11", "standards", "education",
        Priority.CRITICAL, "Pupils reaching the expected standard in reading at 11", "%",
        Direction.ASCENDING, 75.0, 85.0, 1.0);
    commitment(b, "numeracy", "Raise numeracy at age 11", "standards", "education",
        Priority.CRITICAL, "Pupils reaching the expected standard in maths at 11", "%",
        Direction.ASCENDING, 73.0, 85.0, 0.6);
    commitment(b, "truancy", "Cut persistent absence from school", "standards", "education",
        Priority.HIGH, "Pupils persistently absent", "%", Direction.DESCENDING, 11.0, 8.0, 0.9);
    commitment(b, "ae-waits", "Four-hour waits in A&E", "quick-treatment", "health",
        Priority.CRITICAL, "A&E patients seen within four hours", "%", Direction.ASCENDING,
        81.0, 95.0, 0.95);
    Indicator electiveWaits = commitment(b, "elective-waits", "Treatment within 18 weeks of referral", "quick-treatment",
        "health", Priority.HIGH, "Patients waiting more than 18 weeks", "%",
        Direction.DESCENDING, 42.0, 36.0, 0.5);
    commitment(b, "cancer-referrals", "Cancer referrals seen within two weeks",
        "quick-treatment", "health", Priority.HIGH,
        "Urgent cancer referrals seen within two weeks", "%", Direction.ASCENDING, 88.0, 93.0,
        1.1);
    commitment(b, "burglary", "Cut domestic burglary", "safety", "home-office", Priority.HIGH,
        "Domestic burglaries per 1,000 households", "per 1,000", Direction.DESCENDING, 10.0,
        8.0, 0.8);
    Indicator streetCrime = commitment(b, "street-crime", "Cut street crime", "safety", "pmdu", Priority.CRITICAL,
        "Street robberies per 1,000 people", "per 1,000", Direction.DESCENDING, 1.8, 1.4, 0.7);
    Indicator rail = commitment(b, "rail-punctuality", "Trains on time", "journeys", "transport",
        Priority.MEDIUM, "Trains arriving on time", "%", Direction.ASCENDING, 86.0, 91.0, 1.0);
    commitment(b, "congestion", "Ease congestion on the busiest roads", "journeys", "transport",
        Priority.MEDIUM, "Average delay on the busiest roads", "s/vehicle-mile",
        Direction.DESCENDING, 52.0, 48.0, 0.3);
    commitment(b, "employment", "Raise the employment rate", "work", "work-pensions",
        Priority.HIGH, "Employment rate, ages 16 to 64", "%", Direction.ASCENDING, 74.0, 75.5,
        1.0);
    Indicator childPoverty = commitment(b, "child-poverty", "Halve child poverty", "work", "work-pensions",
        Priority.CRITICAL, "Children in relative low-income households", "%",
        Direction.DESCENDING, 27.0, 25.0, 0.9);

    // Partners. Truancy is shared with the Home Office's youth justice teams; child poverty
    // with schools and health visitors; street crime is delivered by the Home Office with the
    // transport police, although the centre (wrongly) holds the accountable role.
    // Truancy credit follows the Shapley value of estimated contributions (education 3,
    // home office 1); child poverty's follows declared shares of the budget (5 : 3 : 2).
    b.role(RoleAssignment.of(AgencyId.of("home-office"), Role.CONTRIBUTOR,
        CommitmentId.of("truancy")).withAttribute("contribution", "1"));
    b.role(RoleAssignment.of(AgencyId.of("education"), Role.CONTRIBUTOR,
        CommitmentId.of("child-poverty")).withAttribute("share", "3"));
    b.role(RoleAssignment.of(AgencyId.of("health"), Role.CONTRIBUTOR,
        CommitmentId.of("child-poverty")).withAttribute("share", "2"));
    b.assign(AgencyId.of("education"), Role.CONTRIBUTOR, CommitmentId.of("employment"));
    b.assign(AgencyId.of("home-office"), Role.RESPONSIBLE, CommitmentId.of("street-crime"));
    b.assign(AgencyId.of("transport"), Role.CONTRIBUTOR, CommitmentId.of("street-crime"));

    // The rail trajectory is not a straight line: the timetable change in May and new trains
    // in the autumn make it a staircase of planned quarterly points.
    b.replace(rail.toBuilder()
        .interpolation(Interpolation.STEPWISE)
        .plannedPoints(new TrajectoryPoint(LocalDate.of(2025, 3, 31), 86.5),
            new TrajectoryPoint(LocalDate.of(2025, 6, 30), 88.0),
            new TrajectoryPoint(LocalDate.of(2025, 9, 30), 89.5))
        .build());
    // Two commitments run beyond 2025: their final targets are a year later.
    b.replace(electiveWaits.toBuilder()
        .target(Target.atMost(LocalDate.of(2026, 12, 31), 30.0)).build());
    b.replace(childPoverty.toBuilder()
        .target(Target.atMost(LocalDate.of(2026, 12, 31), 22.0)).build());
    // Street-crime figures come from police forces and are shared with partners only.
    b.replace(streetCrime.toBuilder().sensitivity(Sensitivity.PARTNERS).build());

    // Mid-year and year-end delivery assessments by the unit (Barber's traffic lights).
    String[][] ratings = {
        {"literacy", "GREEN", "GREEN"}, {"numeracy", "AMBER", "AMBER_RED"},
        {"truancy", "AMBER_GREEN", "AMBER_GREEN"}, {"ae-waits", "AMBER_GREEN", "GREEN"},
        {"elective-waits", "AMBER", "RED"}, {"cancer-referrals", "GREEN", "GREEN"},
        {"burglary", "AMBER_GREEN", "AMBER"}, {"street-crime", "AMBER", "AMBER"},
        {"rail-punctuality", "GREEN", "GREEN"},
        // the unit still calls congestion amber/green although the data say otherwise
        {"congestion", "AMBER_GREEN", "AMBER_GREEN"},
        {"employment", "GREEN", "GREEN"}, {"child-poverty", "AMBER_GREEN", "AMBER_GREEN"}};
    for (String[] r : ratings) {
      CommitmentId c = CommitmentId.of(r[0]);
      b.assessment(DeliveryAssessment.of(c, LocalDate.of(2025, 6, 30), Rating.valueOf(r[1]),
          "mid-year stocktake").by(AgencyId.of("pmdu")));
      b.assessment(DeliveryAssessment.of(c, YEAR_END, Rating.valueOf(r[2]),
          "year-end stocktake").by(AgencyId.of("pmdu")));
    }

    // What the centre did: "Can we help?" early in the year, more and more directives later.
    intervene(b, "education", "literacy", InterventionKind.SUPPORT, "2025-02-10",
        "offered analysts to target the weakest schools");
    intervene(b, "education", "numeracy", InterventionKind.SUPPORT, "2025-05-12",
        "joint problem-solving session on maths teacher supply");
    intervene(b, "education", "numeracy", InterventionKind.CHALLENGE, "2025-09-08",
        "stocktake challenge: the trajectory is slipping");
    intervene(b, "education", "numeracy", InterventionKind.SUPPORT, "2025-10-06",
        "helped broker extra tutoring funds with the Treasury");
    intervene(b, "health", "ae-waits", InterventionKind.SUPPORT, "2025-03-03",
        "shared good practice from the best-performing trusts");
    intervene(b, "health", "elective-waits", InterventionKind.MONITORING, "2025-06-02",
        "weekly data returns requested");
    intervene(b, "health", "elective-waits", InterventionKind.DIRECTIVE, "2025-09-15",
        "ordered a recovery plan within four weeks");
    intervene(b, "health", "elective-waits", InterventionKind.SUPPORT, "2025-11-03",
        "seconded a delivery adviser to the recovery team");
    intervene(b, "home-office", "burglary", InterventionKind.SUPPORT, "2025-01-20",
        "helped design the target-hardening scheme");
    intervene(b, "home-office", "burglary", InterventionKind.MONITORING, "2025-04-07",
        "monthly burglary figures to the unit");
    intervene(b, "home-office", "street-crime", InterventionKind.DIRECTIVE, "2025-07-14",
        "told to move 500 officers to robbery hot spots");
    intervene(b, "home-office", "street-crime", InterventionKind.DIRECTIVE, "2025-09-22",
        "told to publish weekly robbery figures by force");
    intervene(b, "home-office", "burglary", InterventionKind.DIRECTIVE, "2025-11-17",
        "told to change the burglary reduction scheme's priorities");
    intervene(b, "transport", "rail-punctuality", InterventionKind.SUPPORT, "2025-02-17",
        "helped agree the new timetable with the operators");
    intervene(b, "transport", "congestion", InterventionKind.MONITORING, "2025-06-16",
        "quarterly congestion reports requested");
    intervene(b, "transport", "congestion", InterventionKind.CHALLENGE, "2025-10-20",
        "stocktake challenge: almost no progress since spring");
    intervene(b, "work-pensions", "employment", InterventionKind.SUPPORT, "2025-04-14",
        "data-sharing help with the tax authority");
    intervene(b, "work-pensions", "child-poverty", InterventionKind.SUPPORT, "2025-08-11",
        "convened schools and health visitors on take-up of benefits");

    // A conflict between two departments over a shared indicator (see ConflictExample).
    b.conflict(Conflict.of("truancy-credit", ConflictSubject.indicator(IndicatorId.of("truancy")),
        Set.of(AgencyId.of("education"), AgencyId.of("home-office")), AgencyId.of("home-office"),
        Instant.parse("2025-06-03T09:00:00Z"),
        "The Home Office wants its youth-justice teams' work counted in the fall of persistent"
            + " absence and a say in how the indicator is defined; Education owns the data.")
        .withProtocol("negotiate-then-escalate"));

    return b.build();
  }

  private static void dept(OutcomeModel.Builder b, String id, String name) {
    b.agency(Agency.of(id, name, AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL)
        .withJurisdiction("United Kingdom"));
  }

  /**
   * Adds a commitment, its accountable department, the delivery unit's oversight role, its
   * one indicator (same id as the commitment) and twelve monthly measurements.
   */
  private static Indicator commitment(OutcomeModel.Builder b, String id, String title,
      String outcome, String accountable, Priority priority, String indicatorName, String unit,
      Direction direction, double baseline, double target, double pace) {
    Commitment.Builder cb = Commitment.builder(id, title)
        .madeBy(AgencyId.of("pmdu"))
        .madeOn(LocalDate.of(2024, 11, 4))
        .due(RUNS_TO_2026.contains(id) ? LocalDate.of(2026, 12, 31) : YEAR_END)
        .serves(outcome)
        .status(pace >= 0.95 ? CommitmentStatus.UNDERWAY_ON_TRACK
            : CommitmentStatus.UNDERWAY_WITH_CHALLENGES)
        .priority(priority)
        .collaborationMode(CollaborationMode.COORDINATION)
        .responsibilityProtocol(SHARED.containsKey(id) ? SHARED.get(id)[0]
            : "single-accountable")
        .milestones(Milestone.due("delivery plan agreed", LocalDate.of(2025, 2, 28))
            .doneOn(LocalDate.of(2025, 2, 20)));
    // Every department agreed with the unit how disputes are settled, except on congestion.
    if (!id.equals("congestion")) {
      cb.conflictProtocol("negotiate-then-escalate");
    }
    Commitment c = cb.build();
    b.commitment(c);
    b.assign(AgencyId.of(accountable), Role.ACCOUNTABLE, c.id());
    if (!accountable.equals("pmdu")) {
      RoleAssignment responsible = RoleAssignment.of(AgencyId.of(accountable),
          Role.RESPONSIBLE, c.id());
      String[] shared = SHARED.get(id);
      b.role(shared == null || shared[1].isEmpty() ? responsible
          : responsible.withAttribute(shared[1], shared[2]));
    }
    b.assign(AgencyId.of("pmdu"), Role.DELIVERY_UNIT, c.id());
    // The accountable department owns the data. Where the centre took the accountable role,
    // nobody was named to answer for the data: the checks will say so.
    String owner = accountable.equals("pmdu") ? "home-office" : accountable;
    Target t = direction == Direction.ASCENDING ? Target.atLeast(YEAR_END, target)
        : Target.atMost(YEAR_END, target);
    Indicator.Builder ib = Indicator.builder(id, indicatorName)
        .unit(unit)
        .measureType(unit.equals("%") ? MeasureType.PERCENTAGE : MeasureType.UNIT)
        .direction(direction)
        .baseline(baseline, BASELINE_DATE)
        .target(t)
        .timeAggregation(Aggregation.LAST)
        .measures(c.id())
        .measures(OutcomeId.of(outcome));
    if (!accountable.equals("pmdu")) {
      ib.dataOwner(owner);
    }
    Indicator i = ib.build();
    b.indicator(i);
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(2025, m);
      b.measurement(Measurement.of(i.id(), month.atDay(1), month.atEndOfMonth(),
          monthly(baseline, target, pace, m)).withReporter(AgencyId.of(owner)));
    }
    return i;
  }

  /**
   * The sample rule for month {@code m}'s value; see the class comment.
   *
   * @param baseline the value at the end of 2024
   * @param target the planned value at the end of 2025
   * @param pace the share of the planned improvement delivered by December
   * @param month the month, 1 to 12
   * @return the value, rounded to one decimal
   */
  public static double monthly(double baseline, double target, double pace, int month) {
    double wobble = switch (month % 3) {
      case 1 -> 0.04;
      case 2 -> -0.03;
      default -> 0.0;
    };
    double v = baseline + (target - baseline) * (pace * month / 12.0 + wobble);
    return Math.round(v * 10.0) / 10.0;
  }

  private static void intervene(OutcomeModel.Builder b, String to, String commitment,
      InterventionKind kind, String date, String note) {
    b.intervention(Intervention.of(AgencyId.of("pmdu"), AgencyId.of(to),
        CommitmentId.of(commitment), kind, LocalDate.parse(date), note));
  }

  // ------------------------------------------------------------------ seed 001

  /**
   * The joint-service-delivery scenario (seed 001): a "birth of a child" life-event bundle.
   * One online form registers the birth (ServiceOntario, provincial), issues the child's
   * social insurance number (Service Canada, national), starts the child benefit (the Canada
   * Revenue Agency, national), issues a health card (Ontario's health ministry, provincial) and
   * books a public-health home visit (Toronto Public Health, municipal). Each agency owns one
   * indicator, with different sensitivities; a data-sharing agreement lets ServiceOntario and
   * the Canada Revenue Agency see Service Canada's owner-only figures.
   *
   * @return the model
   */
  public static OutcomeModel jointServiceDelivery() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    b.agency(Agency.of("service-canada", "Service Canada", AgencyKind.DEPARTMENT,
        GovernmentLevel.NATIONAL).withJurisdiction("Canada"));
    b.agency(Agency.of("cra", "Canada Revenue Agency", AgencyKind.DEPARTMENT,
        GovernmentLevel.NATIONAL).withJurisdiction("Canada"));
    b.agency(Agency.of("serviceontario", "ServiceOntario", AgencyKind.DEPARTMENT,
        GovernmentLevel.STATE).withJurisdiction("Ontario"));
    b.agency(Agency.of("ontario-health", "Ontario Ministry of Health", AgencyKind.DEPARTMENT,
        GovernmentLevel.STATE).withJurisdiction("Ontario"));
    b.agency(Agency.of("toronto-health", "Toronto Public Health", AgencyKind.MUNICIPALITY,
        GovernmentLevel.LOCAL).withJurisdiction("Toronto"));
    // Funds the bundle's IT but holds no role on it: it sees public data only.
    b.agency(Agency.of("ontario-finance", "Ontario Ministry of Finance", AgencyKind.DEPARTMENT,
        GovernmentLevel.STATE).withJurisdiction("Ontario"));

    b.outcome(Outcome.of("easy-start", "New parents get everything a birth entitles them to"
        + " without having to ask twice", OutcomeLevel.OUTCOME));
    b.commitment(Commitment.builder("newborn-bundle", "Newborn bundle: one form for birth"
            + " registration, SIN, child benefit and health card")
        .description("A life-event bundle across three levels of government.")
        .madeBy(AgencyId.of("serviceontario"))
        .madeOn(LocalDate.of(2024, 9, 1))
        .due(YEAR_END)
        .serves("easy-start")
        .status(CommitmentStatus.UNDERWAY_ON_TRACK)
        .priority(Priority.HIGH)
        .collaborationMode(CollaborationMode.COOPERATION)
        .phase(Phase.WORKING_TOGETHER)
        .responsibilityProtocol("declared-shares")
        .conflictProtocol("lead-decides")
        .build());
    // Each agency's declared share of the work ("share": full-time staff put into the bundle,
    // agreed in the partnership's terms of reference) and an evaluator's estimate of its
    // contribution to the result ("contribution", percentage points of uptake). The
    // declared-shares and shapley protocols read these role-assignment attributes.
    CommitmentId bundle = CommitmentId.of("newborn-bundle");
    b.assign(AgencyId.of("serviceontario"), Role.ACCOUNTABLE, bundle);
    String[][] partners = {{"serviceontario", "LEAD", "6", "50"},
        {"service-canada", "CONTRIBUTOR", "3", "20"}, {"cra", "CONTRIBUTOR", "2", "15"},
        {"ontario-health", "CONTRIBUTOR", "2", "10"}, {"toronto-health", "CONTRIBUTOR", "1", "5"}};
    for (String[] p : partners) {
      b.role(RoleAssignment.of(AgencyId.of(p[0]), Role.of(p[1]), bundle)
          .withAttribute("share", p[2]).withAttribute("contribution", p[3]));
    }

    // One indicator per agency; who may see it depends on its sensitivity.
    jointIndicator(b, "bundle-uptake", "Births registered through the bundle", "%",
        Direction.ASCENDING, 0.0, 60.0, 1.0, "serviceontario", Sensitivity.PUBLIC);
    jointIndicator(b, "days-to-benefit", "Days from birth to first child benefit payment",
        "days", Direction.DESCENDING, 80.0, 30.0, 0.9, "cra", Sensitivity.PARTNERS);
    jointIndicator(b, "sin-at-birth", "Newborns issued a SIN within 10 days", "%",
        Direction.ASCENDING, 35.0, 90.0, 1.0, "service-canada", Sensitivity.OWNER_ONLY);
    jointIndicator(b, "health-cards", "Health cards mailed within 30 days of birth", "%",
        Direction.ASCENDING, 50.0, 85.0, 0.8, "ontario-health", Sensitivity.PARTNERS);
    jointIndicator(b, "home-visits", "Families offered a home visit within 48 hours", "%",
        Direction.ASCENDING, 70.0, 90.0, 0.7, "toronto-health", Sensitivity.OWNER_ONLY);

    b.agreement(DataSharingAgreement.builder("newborn-sin")
        .parties(AgencyId.of("service-canada"), AgencyId.of("serviceontario"),
            AgencyId.of("cra"))
        .indicators(IndicatorId.of("sin-at-birth"))
        .from(LocalDate.of(2025, 1, 1))
        .to(LocalDate.of(2027, 12, 31))
        .build());
    return b.build();
  }

  private static void jointIndicator(OutcomeModel.Builder b, String id, String name,
      String unit, Direction direction, double baseline, double target, double pace,
      String owner, Sensitivity sensitivity) {
    Indicator i = Indicator.builder(id, name)
        .unit(unit)
        .measureType(unit.equals("%") ? MeasureType.PERCENTAGE : MeasureType.UNIT)
        .direction(direction)
        .baseline(baseline, BASELINE_DATE)
        .target(direction == Direction.ASCENDING ? Target.atLeast(YEAR_END, target)
            : Target.atMost(YEAR_END, target))
        .dataOwner(owner)
        .sensitivity(sensitivity)
        .measures(CommitmentId.of("newborn-bundle"))
        .measures(OutcomeId.of("easy-start"))
        .build();
    b.indicator(i);
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(2025, m);
      b.measurement(Measurement.of(i.id(), month.atDay(1), month.atEndOfMonth(),
          monthly(baseline, target, pace, m)).withReporter(AgencyId.of(owner)));
    }
  }

  // ------------------------------------------------------------------ seed 003

  /**
   * The better-connected-services scenario (seed 003), after New Zealand's research on
   * joined-up services. Integrated case management in Papakura: a case manager at the
   * Ministry of Social Development is the public entrepreneur, two senior sponsors are her
   * guardian angels, staff of health, housing and a marae-based provider are fellow
   * travellers, and the families themselves (a client group) are co-producers. The outcome
   * was revised along the way. Two other groups show the lightest mode that suffices (plain
   * coordination for seasonal employers) and a group still initiating that lacks a guardian
   * angel.
   *
   * @return the model
   */
  public static OutcomeModel betterConnectedServices() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    b.agency(Agency.of("msd", "Ministry of Social Development", AgencyKind.DEPARTMENT,
        GovernmentLevel.NATIONAL).withJurisdiction("New Zealand"));
    b.agency(Agency.of("health-nz", "Health New Zealand", AgencyKind.CROWN_ENTITY,
        GovernmentLevel.NATIONAL).withJurisdiction("New Zealand"));
    b.agency(Agency.of("housing", "Kainga Ora (housing)", AgencyKind.CROWN_ENTITY,
        GovernmentLevel.NATIONAL).withJurisdiction("New Zealand"));
    b.agency(Agency.of("education-nz", "Ministry of Education", AgencyKind.DEPARTMENT,
        GovernmentLevel.NATIONAL).withJurisdiction("New Zealand"));
    b.agency(Agency.of("marae", "Papakura Marae health and social services",
        AgencyKind.COMMUNITY_PROVIDER, GovernmentLevel.NON_GOVERNMENTAL)
        .withJurisdiction("Papakura"));
    b.agency(Agency.of("families", "Papakura families group", AgencyKind.CLIENT_GROUP,
        GovernmentLevel.NON_GOVERNMENTAL).withJurisdiction("Papakura"));
    b.agency(Agency.of("growers", "Hawke's Bay pip fruit growers", AgencyKind.PRIVATE,
        GovernmentLevel.NON_GOVERNMENTAL).withJurisdiction("Hawke's Bay"));

    b.person(Person.of("aroha", "Aroha, MSD case manager", "msd"));
    b.person(Person.of("regional-commissioner", "MSD Regional Commissioner", "msd"));
    b.person(Person.of("health-director", "Health NZ district director", "health-nz"));
    b.person(Person.of("nurse", "Public health nurse", "health-nz"));
    b.person(Person.of("tenancy-manager", "Kainga Ora tenancy manager", "housing"));
    b.person(Person.of("kaiarahi", "Marae kaiarahi (navigator)", "marae"));
    b.person(Person.of("principal", "Mangere school principal", "education-nz"));

    // The outcome as first written, then revised when the families said what mattered.
    b.outcome(Outcome.of("families-thrive", "Fewer agency contacts for each family in"
            + " Papakura", OutcomeLevel.OUTCOME)
        .revise("Families in Papakura set and reach their own goals, with one plan across"
            + " agencies", LocalDate.of(2025, 5, 14), "families said the number of contacts"
            + " mattered less than having one plan they own"));
    b.outcome(Outcome.of("seasonal-work", "Growers find the seasonal workers they need",
        OutcomeLevel.OUTCOME));
    b.outcome(Outcome.of("learning", "Children in Mangere and Otara succeed at school",
        OutcomeLevel.OUTCOME));

    b.commitment(Commitment.builder("icm-papakura", "Integrated case management, Papakura")
        .madeBy(PersonId.of("regional-commissioner"))
        .madeOn(LocalDate.of(2024, 8, 1))
        .due(LocalDate.of(2026, 6, 30))
        .serves("families-thrive")
        .status(CommitmentStatus.UNDERWAY_ON_TRACK)
        .collaborationMode(CollaborationMode.COLLABORATION)
        .phase(Phase.WORKING_TOGETHER)
        .responsibilityProtocol("equal-shares")
        .conflictProtocol("consensus")
        .attribute("phase.INITIATING", "2024-08-01..2024-12-15")
        .attribute("phase.WORKING_TOGETHER", "2024-12-16..")
        .build());
    b.commitment(Commitment.builder("seasonal-employers", "Recognised seasonal employers,"
            + " Hawke's Bay")
        .serves("seasonal-work")
        .status(CommitmentStatus.ONGOING)
        .collaborationMode(CollaborationMode.COORDINATION)
        .phase(Phase.SUSTAINING)
        .conflictProtocol("negotiate-then-escalate")
        .attribute("phase.INITIATING", "2022-03-01..2022-09-30")
        .attribute("phase.WORKING_TOGETHER", "2022-10-01..2024-06-30")
        .attribute("phase.SUSTAINING", "2024-07-01..")
        .build());
    b.commitment(Commitment.builder("mangere-education", "Strengthening education in Mangere"
            + " and Otara")
        .serves("learning")
        .status(CommitmentStatus.NOT_STARTED)
        .collaborationMode(CollaborationMode.COLLABORATION)
        .phase(Phase.INITIATING)
        .conflictProtocol("consensus")
        .attribute("phase.INITIATING", "2025-09-01..")
        .build());

    CommitmentId icm = CommitmentId.of("icm-papakura");
    b.assign(AgencyId.of("msd"), Role.ACCOUNTABLE, icm);
    // The trio of roles, held by people, over time: the group formed during initiation.
    b.role(RoleAssignment.of(PersonId.of("aroha"), Role.PUBLIC_ENTREPRENEUR, icm)
        .during(LocalDate.of(2024, 8, 1), LocalDate.of(2026, 6, 30)));
    b.assign(PersonId.of("regional-commissioner"), Role.GUARDIAN_ANGEL, icm);
    b.role(RoleAssignment.of(PersonId.of("health-director"), Role.GUARDIAN_ANGEL, icm)
        .during(LocalDate.of(2024, 10, 1), LocalDate.of(2026, 6, 30)));
    b.assign(PersonId.of("nurse"), Role.FELLOW_TRAVELLER, icm);
    b.assign(PersonId.of("tenancy-manager"), Role.FELLOW_TRAVELLER, icm);
    b.assign(PersonId.of("kaiarahi"), Role.FELLOW_TRAVELLER, icm);
    // Clients as partners, not objects.
    b.role(RoleAssignment.of(AgencyId.of("families"), Role.CO_PRODUCER, icm)
        .during(LocalDate.of(2024, 12, 16), LocalDate.of(2026, 6, 30)));
    b.assign(AgencyId.of("health-nz"), Role.CONTRIBUTOR, icm);
    b.assign(AgencyId.of("housing"), Role.CONTRIBUTOR, icm);
    b.assign(AgencyId.of("marae"), Role.CONTRIBUTOR, icm);

    CommitmentId seasonal = CommitmentId.of("seasonal-employers");
    b.assign(AgencyId.of("msd"), Role.ACCOUNTABLE, seasonal);
    b.assign(AgencyId.of("msd"), Role.LEAD, seasonal);
    b.assign(AgencyId.of("growers"), Role.CO_PRODUCER, seasonal);

    CommitmentId mangere = CommitmentId.of("mangere-education");
    b.assign(AgencyId.of("education-nz"), Role.ACCOUNTABLE, mangere);
    b.assign(PersonId.of("principal"), Role.PUBLIC_ENTREPRENEUR, mangere);
    b.assign(PersonId.of("nurse"), Role.FELLOW_TRAVELLER, mangere);
    b.assign(AgencyId.of("families"), Role.CO_PRODUCER, mangere);

    // Progress on the revised outcome is measured with the families' own goal plans.
    Indicator plans = Indicator.builder("families-with-plan", "Families with one shared plan")
        .unit("families")
        .direction(Direction.ASCENDING)
        .baseline(0.0, BASELINE_DATE)
        .target(Target.atLeast(YEAR_END, 120.0))
        .dataOwner("msd")
        .sensitivity(Sensitivity.PARTNERS)
        .measures(icm)
        .measures(OutcomeId.of("families-thrive"))
        .build();
    b.indicator(plans);
    for (int m = 1; m <= 12; m++) {
      YearMonth month = YearMonth.of(2025, m);
      b.measurement(Measurement.of(plans.id(), month.atDay(1), month.atEndOfMonth(),
          monthly(0.0, 120.0, 1.05, m)).withReporter(AgencyId.of("msd")));
    }
    return b.build();
  }
}
