package org.sharedoutcomes.core;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.Groups;
import org.sharedoutcomes.core.internal.IdIndex;
import org.sharedoutcomes.core.internal.IdMap;
import org.sharedoutcomes.core.internal.IdTrack;
import org.sharedoutcomes.core.internal.Lazy;
import org.sharedoutcomes.core.internal.ModelPositions;
import org.sharedoutcomes.core.internal.ModelValidator;
import org.sharedoutcomes.core.internal.References;

/**
 * The immutable whole: agencies, persons, outcomes, commitments, role assignments, indicators
 * and their measurements, delivery assessments, interventions, data-sharing agreements,
 * conflicts and contributions, with indexed look-ups.
 *
 * <p>Build one with {@link #builder()}; {@link Builder#build()} validates once and reports every
 * structural problem together. Derive a changed model with {@link #toBuilder()}. Every list is
 * in a canonical order (entities by id, role assignments by {@link RoleAssignment#ORDER},
 * measurements by time), so two models with the same content are {@link #equals equal}
 * whatever order they were built in.
 *
 * <pre>{@code
 * OutcomeModel model = OutcomeModel.builder()
 *     .agency(Agency.of("pmdu", "Delivery Unit", AgencyKind.CENTRAL_AGENCY, GovernmentLevel.NATIONAL))
 *     .agency(Agency.of("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
 *     .outcome(Outcome.of("poverty", "Fewer children in poverty", OutcomeLevel.IMPACT))
 *     .commitment(Commitment.builder("ccb", "Canada Child Benefit").serves("poverty").build())
 *     .assign(AgencyId.of("esdc"), Role.ACCOUNTABLE, CommitmentId.of("ccb"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; secondary indexes are computed on first use, safely.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OutcomeModel {
  private static final OutcomeModel EMPTY = builder().build();

  static {
    ModelPositions.register(new ModelPositions.Access() {
      @Override
      public int indexOf(OutcomeModel model, EntityId id) {
        return model.positionOf(id);
      }

      @Override
      public References references(OutcomeModel model) {
        return model.references;
      }
    });
  }

  private final IdMap<AgencyId, Agency> agencies;
  private final IdMap<PersonId, Person> persons;
  private final IdMap<OutcomeId, Outcome> outcomes;
  private final IdMap<CommitmentId, Commitment> commitments;
  private final ImmutableList<RoleAssignment> roles;
  private final IdMap<IndicatorId, Indicator> indicators;
  private final IdMap<IndicatorId, MeasurementSeries> series;
  private final ImmutableList<DeliveryAssessment> assessments;
  private final ImmutableList<Intervention> interventions;
  private final IdMap<AgreementId, DataSharingAgreement> agreements;
  private final IdMap<ConflictId, Conflict> conflicts;
  private final ImmutableList<Contribution> contributions;
  /**
   * Where each commitment's roles lie in {@link #roles} (sorted by target, so they are one
   * run): for the commitment at position p in {@link #commitments}, the run is from
   * {@code commitmentRoles[2p]} to {@code commitmentRoles[2p + 1]}, exclusive.
   */
  private final int[] commitmentRoles;
  /** The same for outcomes. */
  private final int[] outcomeRoles;
  private final long measurementCount;
  /** What the elements refer to, as positions: validation's look-ups, kept. */
  private final References references;
  // secondary indexes, each built on its own first use (a user who asks for the centre does
  // not pay for the roles of every party): positions grouped by key position (Groups, two int
  // arrays each), not a map of lists
  private final Lazy<Groups> rolesByParty = Lazy.of(this::indexRolesByParty);
  private final Lazy<Groups> commitmentsByAgency = Lazy.of(this::indexCommitmentsByAgency);
  private final Lazy<Groups> commitmentsByOutcome = Lazy.of(this::indexCommitmentsByOutcome);
  private final Lazy<Groups> dependents = Lazy.of(this::indexDependents);
  private final Lazy<Groups> children = Lazy.of(this::indexChildren);
  private final Lazy<Groups> indicatorsByCommitment = Lazy.of(this::indexIndicatorsByCommitment);
  private final Lazy<Groups> indicatorsByOutcome = Lazy.of(this::indexIndicatorsByOutcome);
  private final Lazy<Groups> assessmentsByCommitment =
      Lazy.of(this::indexAssessmentsByCommitment);
  private final Lazy<Groups> interventionsTo = Lazy.of(this::indexInterventionsTo);
  private final Lazy<Groups> contributionsTo = Lazy.of(this::indexContributionsTo);
  private final Lazy<Groups> contributionsOf = Lazy.of(this::indexContributionsOf);
  private final Lazy<Set<AgencyId>> centre = Lazy.of(this::computeCentre);
  private final Lazy<Integer> hash = Lazy.of(this::computeHash);

  private OutcomeModel(Builder b, MeasurementSeries.Builder[] measured,
      ModelValidator.Indexed v) {
    // the validator has indexed every kind by id and sorted the roles: reuse, do not redo
    this.agencies = v.agencies();
    this.persons = v.persons();
    this.outcomes = v.outcomes();
    this.commitments = v.commitments();
    // validation has rejected assignments equal in ORDER (a total order), so this is canonical
    this.roles = ImmutableList.copyOf(v.roles());
    this.indicators = v.indicators();
    this.references = v.references();
    // each series by its indicator's position, which validation has looked up (no second
    // look-up of a million indicators in the builder's map)
    MeasurementSeries.Builder[] byIndicator = new MeasurementSeries.Builder[indicators.size()];
    int[] at = v.measured();
    for (int j = 0; j < at.length; j++) {
      byIndicator[at[j]] = measured[j];
    }
    List<IndicatorId> indicatorIds = indicators.keys();
    List<MeasurementSeries> s = new ArrayList<>(indicators.size());
    long count = 0;
    MeasurementSeries.Columns columns = new MeasurementSeries.Columns();
    for (int p = 0; p < byIndicator.length; p++) {
      MeasurementSeries.Builder sb = byIndicator[p];
      MeasurementSeries built =
          sb == null ? MeasurementSeries.empty(indicatorIds.get(p)) : sb.build(columns);
      count += built.size();
      s.add(built);
    }
    this.series = indicators.withValues(s);
    this.measurementCount = count;
    this.assessments = IdIndex.sortedCopy(b.assessments, DeliveryAssessment.ORDER);
    this.interventions = IdIndex.sortedCopy(b.interventions, Intervention.ORDER);
    this.agreements = v.agreements();
    this.conflicts = v.conflicts();
    this.contributions = IdIndex.sortedCopy(b.contributions, Contribution.ORDER);
    this.commitmentRoles = new int[2 * commitments.size()];
    this.outcomeRoles = new int[2 * outcomes.size()];
    // roles are sorted by target, so each target's roles are one run; validation has found
    // each role's target position (References.roleTarget): the runs follow with no look-up
    int[] targets = references.roleTarget();
    for (int i = 0; i < targets.length; i++) {
      int t = targets[i];
      int[] spans = t >= 0 ? commitmentRoles : outcomeRoles;
      int p = t >= 0 ? t : -t - 1;
      if (i == 0 || targets[i - 1] != t) {
        spans[2 * p] = i;
      }
      spans[2 * p + 1] = i + 1;
    }
  }

  /** The position of an id in the list of its kind, or -1 (for {@link ModelPositions}). */
  private int positionOf(EntityId id) {
    return switch (id.kind()) {
      case AGENCY -> agencies.indexOf(id);
      case PERSON -> persons.indexOf(id);
      case OUTCOME -> outcomes.indexOf(id);
      case COMMITMENT -> commitments.indexOf(id);
      case INDICATOR -> indicators.indexOf(id);
      case AGREEMENT -> agreements.indexOf(id);
      case CONFLICT -> conflicts.indexOf(id);
      default -> -1; // role assignments and the rest have no ids of their own in a list
    };
  }

  /** The roles held on a target, a view of a run of {@link #roles}. */
  private List<RoleAssignment> rolesOf(RoleTarget target) {
    int[] spans;
    int p;
    if (target instanceof CommitmentId c) {
      spans = commitmentRoles;
      p = commitments.indexOf(c);
    } else {
      spans = outcomeRoles;
      p = outcomes.indexOf(target);
    }
    if (p < 0 || spans[2 * p] == spans[2 * p + 1]) {
      return List.of();
    }
    return roles.subList(spans[2 * p], spans[2 * p + 1]);
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The empty model.
   *
   * @return a model with nothing in it
   */
  public static OutcomeModel empty() {
    return EMPTY;
  }

  /**
   * A builder holding everything in this model, to derive a changed model.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.agencies.addAll(agencies.values());
    b.persons.addAll(persons.values());
    b.outcomes.addAll(outcomes.values());
    b.commitments.addAll(commitments.values());
    b.roles.addAll(roles);
    b.indicators.addAll(indicators.values());
    for (MeasurementSeries s : series.values()) {
      if (!s.isEmpty()) {
        b.series.put(s.indicator(), s.toBuilder());
      }
    }
    b.assessments.addAll(assessments);
    b.interventions.addAll(interventions);
    b.agreements.addAll(agreements.values());
    b.conflicts.addAll(conflicts.values());
    b.contributions.addAll(contributions);
    return b;
  }

  // ---------------------------------------------------------------- entities

  /**
   * The agencies, by id.
   *
   * @return an unmodifiable list
   */
  public List<Agency> agencies() {
    return agencies.values().asList();
  }

  /**
   * The agency with the given id.
   *
   * @param id the id
   * @return the agency, or empty if there is none
   */
  public Optional<Agency> agency(AgencyId id) {
    return Optional.ofNullable(agencies.get(Checks.notNull(id, "id")));
  }

  /**
   * The persons, by id.
   *
   * @return an unmodifiable list
   */
  public List<Person> persons() {
    return persons.values().asList();
  }

  /**
   * The person with the given id.
   *
   * @param id the id
   * @return the person, or empty if there is none
   */
  public Optional<Person> person(PersonId id) {
    return Optional.ofNullable(persons.get(Checks.notNull(id, "id")));
  }

  /**
   * The outcomes, by id.
   *
   * @return an unmodifiable list
   */
  public List<Outcome> outcomes() {
    return outcomes.values().asList();
  }

  /**
   * The outcome with the given id.
   *
   * @param id the id
   * @return the outcome, or empty if there is none
   */
  public Optional<Outcome> outcome(OutcomeId id) {
    return Optional.ofNullable(outcomes.get(Checks.notNull(id, "id")));
  }

  /**
   * The commitments, by id.
   *
   * @return an unmodifiable list
   */
  public List<Commitment> commitments() {
    return commitments.values().asList();
  }

  /**
   * The commitment with the given id.
   *
   * @param id the id
   * @return the commitment, or empty if there is none
   */
  public Optional<Commitment> commitment(CommitmentId id) {
    return Optional.ofNullable(commitments.get(Checks.notNull(id, "id")));
  }

  /**
   * The role assignments, in {@link RoleAssignment#ORDER}.
   *
   * @return an unmodifiable list
   */
  public List<RoleAssignment> roles() {
    return roles;
  }

  /**
   * The indicators, by id.
   *
   * @return an unmodifiable list
   */
  public List<Indicator> indicators() {
    return indicators.values().asList();
  }

  /**
   * The indicator with the given id.
   *
   * @param id the id
   * @return the indicator, or empty if there is none
   */
  public Optional<Indicator> indicator(IndicatorId id) {
    return Optional.ofNullable(indicators.get(Checks.notNull(id, "id")));
  }

  /**
   * The measurements of an indicator, in time order.
   *
   * @param id the indicator's id
   * @return its series, empty if it has no measurements
   * @throws IllegalArgumentException if the model has no such indicator
   */
  public MeasurementSeries measurements(IndicatorId id) {
    MeasurementSeries s = series.get(Checks.notNull(id, "indicator id"));
    if (s == null) {
      throw new IllegalArgumentException("the model has no indicator '" + id + "'");
    }
    return s;
  }

  /**
   * The number of measurements of all indicators.
   *
   * @return the count
   */
  public long measurementCount() {
    return measurementCount;
  }

  /**
   * The delivery assessments, by commitment and date.
   *
   * @return an unmodifiable list
   */
  public List<DeliveryAssessment> assessments() {
    return assessments;
  }

  /**
   * The interventions, by date.
   *
   * @return an unmodifiable list
   */
  public List<Intervention> interventions() {
    return interventions;
  }

  /**
   * The data-sharing agreements, by id.
   *
   * @return an unmodifiable list
   */
  public List<DataSharingAgreement> agreements() {
    return agreements.values().asList();
  }

  /**
   * The agreement with the given id.
   *
   * @param id the id
   * @return the agreement, or empty if there is none
   */
  public Optional<DataSharingAgreement> agreement(AgreementId id) {
    return Optional.ofNullable(agreements.get(Checks.notNull(id, "id")));
  }

  /**
   * The conflicts, by id.
   *
   * @return an unmodifiable list
   */
  public List<Conflict> conflicts() {
    return conflicts.values().asList();
  }

  /**
   * The conflict with the given id.
   *
   * @param id the id
   * @return the conflict, or empty if there is none
   */
  public Optional<Conflict> conflict(ConflictId id) {
    return Optional.ofNullable(conflicts.get(Checks.notNull(id, "id")));
  }

  /**
   * The contributions, in {@link Contribution#ORDER} (by target, then party).
   *
   * @return an unmodifiable list
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<Contribution> contributions() {
    return contributions;
  }

  /**
   * Whether the model has no entities at all.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return agencies.isEmpty() && persons.isEmpty() && outcomes.isEmpty()
        && commitments.isEmpty() && indicators.isEmpty() && roles.isEmpty()
        && assessments.isEmpty() && interventions.isEmpty() && agreements.isEmpty()
        && conflicts.isEmpty() && contributions.isEmpty();
  }

  // ---------------------------------------------------------------- look-ups

  /**
   * The role assignments held on a commitment or an outcome.
   *
   * @param target the commitment or outcome
   * @return the assignments, in {@link RoleAssignment#ORDER}
   */
  public List<RoleAssignment> rolesOn(RoleTarget target) {
    Checks.notNull(target, "target");
    return rolesOf(target);
  }

  /**
   * The role assignments a party holds.
   *
   * @param party the agency or person
   * @return the assignments, in {@link RoleAssignment#ORDER}
   */
  public List<RoleAssignment> rolesHeldBy(PartyId party) {
    Checks.notNull(party, "party");
    return rolesByParty.get().list(partyPosition(party), roles);
  }

  /**
   * The contributions made to a commitment or an outcome. Their amounts may be in several
   * units; add them with {@link Contribution#totalsByUnit}, never across units.
   *
   * @param target the commitment or outcome
   * @return the contributions, in {@link Contribution#ORDER}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<Contribution> contributionsTo(RoleTarget target) {
    Checks.notNull(target, "target");
    return contributionsTo.get().list(targetPosition(target), contributions);
  }

  /**
   * The contributions a party makes.
   *
   * @param party the agency or person
   * @return its contributions, in {@link Contribution#ORDER}
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<Contribution> contributionsOf(PartyId party) {
    Checks.notNull(party, "party");
    return contributionsOf.get().list(partyPosition(party), contributions);
  }

  /**
   * The parties holding a role on a commitment or outcome.
   *
   * @param role the role
   * @param target the commitment or outcome
   * @return the parties, in order of their ids
   */
  public Set<PartyId> partiesWith(Role role, RoleTarget target) {
    Checks.notNull(role, "role");
    Checks.notNull(target, "target");
    Set<PartyId> out = new LinkedHashSet<>();
    for (RoleAssignment r : rolesOf(target)) {
      if (r.role().equals(role)) {
        out.add(r.party());
      }
    }
    return out.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(out);
  }

  /**
   * The agency a party belongs to: the agency itself, or a person's agency.
   *
   * @param party the party
   * @return the agency's id
   * @throws IllegalArgumentException if the party is a person the model does not hold
   */
  public AgencyId agencyOf(PartyId party) {
    Checks.notNull(party, "party");
    if (party instanceof AgencyId a) {
      return a;
    }
    Person p = persons.get((PersonId) party);
    if (p == null) {
      throw new IllegalArgumentException("the model has no person '" + party + "'");
    }
    return p.agency();
  }

  /**
   * The agencies holding any role on a commitment or outcome, directly or through one of
   * their people.
   *
   * @param target the commitment or outcome
   * @return the agencies, in order of their ids
   */
  public Set<AgencyId> agenciesOn(RoleTarget target) {
    Checks.notNull(target, "target");
    List<RoleAssignment> on = rolesOf(target);
    switch (on.size()) {
      case 0:
        return Set.of();
      case 1:
        return Set.of(agencyOf(on.get(0).party()));
      default:
        // a handful of roles per target, asked for every target by the graph: sort an array
        // (no tree set and a copy of it per call)
        AgencyId[] ids = new AgencyId[on.size()];
        for (int i = 0; i < ids.length; i++) {
          ids[i] = agencyOf(on.get(i).party());
        }
        ImmutableSortedSet<AgencyId> sorted = ImmutableSortedSet.copyOf(ids);
        return sorted.size() == 1 ? Set.of(sorted.first()) : sorted;
    }
  }

  /**
   * The commitments on which an agency, or one of its people, holds any role.
   *
   * @param agency the agency
   * @return the commitments, by id
   */
  public List<Commitment> commitmentsOf(AgencyId agency) {
    Checks.notNull(agency, "agency");
    return commitmentsByAgency.get().list(agencies.indexOf(agency), commitments.values());
  }

  /**
   * The commitments serving an outcome.
   *
   * @param outcome the outcome
   * @return the commitments, by id
   */
  public List<Commitment> commitmentsServing(OutcomeId outcome) {
    Checks.notNull(outcome, "outcome");
    return commitmentsByOutcome.get().list(outcomes.indexOf(outcome), commitments.values());
  }

  /**
   * The commitments that depend on a commitment.
   *
   * @param commitment the commitment
   * @return its dependents, by id
   */
  public List<Commitment> dependentsOf(CommitmentId commitment) {
    Checks.notNull(commitment, "commitment");
    return dependents.get().list(commitments.indexOf(commitment), commitments.values());
  }

  /**
   * The outcomes that contribute to an outcome (its children).
   *
   * @param outcome the parent outcome
   * @return the children, by id
   */
  public List<Outcome> childrenOf(OutcomeId outcome) {
    Checks.notNull(outcome, "outcome");
    return children.get().list(outcomes.indexOf(outcome), outcomes.values());
  }

  /**
   * The indicators that measure a commitment.
   *
   * @param commitment the commitment
   * @return the indicators, by id
   */
  public List<Indicator> indicatorsOf(CommitmentId commitment) {
    Checks.notNull(commitment, "commitment");
    return indicatorsByCommitment.get()
        .list(commitments.indexOf(commitment), indicators.values());
  }

  /**
   * The indicators that measure an outcome.
   *
   * @param outcome the outcome
   * @return the indicators, by id
   */
  public List<Indicator> indicatorsOf(OutcomeId outcome) {
    Checks.notNull(outcome, "outcome");
    return indicatorsByOutcome.get().list(outcomes.indexOf(outcome), indicators.values());
  }

  /**
   * The delivery assessments of a commitment.
   *
   * @param commitment the commitment
   * @return its assessments, oldest first
   */
  public List<DeliveryAssessment> assessmentsOf(CommitmentId commitment) {
    Checks.notNull(commitment, "commitment");
    return assessmentsByCommitment.get().list(commitments.indexOf(commitment), assessments);
  }

  /**
   * The latest delivery assessment of a commitment on or before a date.
   *
   * @param commitment the commitment
   * @param asOf the date
   * @return the latest assessment, if any
   */
  public Optional<DeliveryAssessment> latestAssessment(CommitmentId commitment, LocalDate asOf) {
    Checks.notNull(commitment, "commitment");
    Checks.notNull(asOf, "asOf");
    DeliveryAssessment latest = null;
    for (DeliveryAssessment a : assessmentsOf(commitment)) {
      if (!a.date().isAfter(asOf)) {
        latest = a;
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * The interventions made towards an agency.
   *
   * @param agency the agency acted upon
   * @return its interventions, by date
   */
  public List<Intervention> interventionsTo(AgencyId agency) {
    Checks.notNull(agency, "agency");
    return interventionsTo.get().list(agencies.indexOf(agency), interventions);
  }

  /**
   * The centre: agencies of kind {@link AgencyKind#CENTRAL_AGENCY}, and agencies holding the
   * {@link Role#DELIVERY_UNIT} role (directly or through one of their people).
   *
   * @return the centre's agencies, by id; empty if the model has no centre
   */
  public Set<AgencyId> centre() {
    return centre.get();
  }

  /**
   * Whether an agency belongs to the centre.
   *
   * @param agency the agency
   * @return true if it is in {@link #centre()}
   */
  public boolean isCentre(AgencyId agency) {
    Checks.notNull(agency, "agency");
    return centre.get().contains(agency);
  }

  /** A party's key in the party groups: agencies first, then persons; -1 if unknown. */
  private int partyPosition(PartyId party) {
    if (party instanceof AgencyId a) {
      return agencies.indexOf(a);
    }
    int p = persons.indexOf(party);
    return p < 0 ? -1 : agencies.size() + p;
  }

  /** A target's key in the target groups: commitments first, then outcomes; -1 if unknown. */
  private int targetPosition(RoleTarget target) {
    if (target instanceof CommitmentId c) {
      return commitments.indexOf(c);
    }
    int p = outcomes.indexOf(target);
    return p < 0 ? -1 : commitments.size() + p;
  }

  /** The position of a model's own reference (validation has checked it is known). */
  private static int known(int position, Object id) {
    if (position < 0) {
      throw new IllegalStateException("validated model refers to unknown '" + id + "'");
    }
    return position;
  }

  /**
   * Groups the positions of {@code items} by the one id each names: item {@code i} joins the
   * group at {@code positionOf} its id.
   */
  private static <T, K> Groups groupByOne(int groups, List<T> items, Function<T, K> idOf,
      ToIntFunction<K> positionOf) {
    Groups.Builder b = Groups.builder(groups, items.size());
    for (int i = 0; i < items.size(); i++) {
      K id = idOf.apply(items.get(i));
      b.add(known(positionOf.applyAsInt(id), id), i);
    }
    return b.build();
  }

  /**
   * Groups the positions of {@code items} by every id each names: item {@code i} joins the
   * group at {@code positionOf} each of its ids.
   */
  private static <T, K> Groups groupByEach(int groups, int expected, List<T> items,
      Function<T, ? extends Iterable<K>> idsOf, ToIntFunction<K> positionOf) {
    Groups.Builder b = Groups.builder(groups, expected);
    for (int i = 0; i < items.size(); i++) {
      for (K id : idsOf.apply(items.get(i))) {
        b.add(known(positionOf.applyAsInt(id), id), i);
      }
    }
    return b.build();
  }

  private Groups indexRolesByParty() {
    return groupByOne(agencies.size() + persons.size(), roles, RoleAssignment::party,
        this::partyPosition);
  }

  /**
   * One walk of the roles, which come in target order and so in commitment order: each
   * agency's commitments come out by id, and an agency seen already on the commitment (itself
   * and one of its people, or in two roles) is skipped by remembering the last commitment it
   * was added to (no set per agency).
   */
  private Groups indexCommitmentsByAgency() {
    Groups.Builder b = Groups.builder(agencies.size(), roles.size());
    int[] last = new int[agencies.size()];
    java.util.Arrays.fill(last, -1);
    for (int c = 0; c < commitments.size(); c++) {
      for (int i = commitmentRoles[2 * c]; i < commitmentRoles[2 * c + 1]; i++) {
        AgencyId agency = agencyOf(roles.get(i).party());
        int a = known(agencies.indexOf(agency), agency);
        if (last[a] != c) {
          last[a] = c;
          b.add(a, c);
        }
      }
    }
    return b.build();
  }

  private Groups indexCommitmentsByOutcome() {
    return groupByEach(outcomes.size(), commitments.size(), commitments.values(),
        Commitment::outcomes, outcomes::indexOf);
  }

  private Groups indexDependents() {
    return groupByEach(commitments.size(), commitments.size() / 2, commitments.values(),
        Commitment::dependsOn, commitments::indexOf);
  }

  private Groups indexChildren() {
    return groupByEach(outcomes.size(), outcomes.size(), outcomes.values(), Outcome::parents,
        outcomes::indexOf);
  }

  private Groups indexIndicatorsByCommitment() {
    return groupByEach(commitments.size(), indicators.size(), indicators.values(),
        Indicator::commitments, commitments::indexOf);
  }

  private Groups indexIndicatorsByOutcome() {
    return groupByEach(outcomes.size(), 16, indicators.values(), Indicator::outcomes,
        outcomes::indexOf);
  }

  private Groups indexAssessmentsByCommitment() {
    return groupByOne(commitments.size(), assessments, DeliveryAssessment::commitment,
        commitments::indexOf);
  }

  private Groups indexInterventionsTo() {
    return groupByOne(agencies.size(), interventions, Intervention::to, agencies::indexOf);
  }

  private Groups indexContributionsTo() {
    return groupByOne(commitments.size() + outcomes.size(), contributions,
        Contribution::target, this::targetPosition);
  }

  private Groups indexContributionsOf() {
    return groupByOne(agencies.size() + persons.size(), contributions, Contribution::party,
        this::partyPosition);
  }

  /**
   * The central agencies and the agencies holding {@link Role#DELIVERY_UNIT}: one pass over
   * the agencies' kinds and the roles' role, with an agency looked up only for the few
   * delivery-unit roles.
   */
  private Set<AgencyId> computeCentre() {
    TreeSet<AgencyId> ids = new TreeSet<>();
    for (Agency a : agencies.values()) {
      if (a.isCentral()) {
        ids.add(a.id());
      }
    }
    for (RoleAssignment r : roles) {
      if (r.role().equals(Role.DELIVERY_UNIT)) {
        ids.add(agencyOf(r.party()));
      }
    }
    return Checks.sortedSet(ids, "centre");
  }

  // ---------------------------------------------------------------- object

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof OutcomeModel m)) {
      return false;
    }
    return measurementCount == m.measurementCount && agencies.equals(m.agencies)
        && persons.equals(m.persons) && outcomes.equals(m.outcomes)
        && commitments.equals(m.commitments) && roles.equals(m.roles)
        && indicators.equals(m.indicators) && series.equals(m.series)
        && assessments.equals(m.assessments) && interventions.equals(m.interventions)
        && agreements.equals(m.agreements) && conflicts.equals(m.conflicts)
        && contributions.equals(m.contributions);
  }

  @Override
  public int hashCode() {
    return hash.get();
  }

  private int computeHash() {
    return Objects.hash(agencies, persons, outcomes, commitments, roles, indicators, series,
        assessments, interventions, agreements, conflicts, contributions);
  }

  /** A one-line summary of the model's size. */
  @Override
  public String toString() {
    return "OutcomeModel[" + agencies.size() + " agencies, " + persons.size() + " persons, "
        + outcomes.size() + " outcomes, " + commitments.size() + " commitments, "
        + roles.size() + " roles, " + indicators.size() + " indicators, " + measurementCount
        + " measurements, " + assessments.size() + " assessments, " + interventions.size()
        + " interventions, " + agreements.size() + " agreements, " + conflicts.size()
        + " conflicts, " + contributions.size() + " contributions]";
  }

  // ---------------------------------------------------------------- builder

  /**
   * Collects a model's parts and validates them all at {@link #build()}. Every method checks
   * its argument for null at once; everything else (duplicate ids, dangling references,
   * cycles) is checked at {@code build()}, which reports every problem together.
   *
   * <p>Not thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    final List<Agency> agencies = new ArrayList<>();
    final List<Person> persons = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();
    final List<Commitment> commitments = new ArrayList<>();
    final List<RoleAssignment> roles = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    final Map<IndicatorId, MeasurementSeries.Builder> series = new LinkedHashMap<>();
    /** The series added to last: a loader gives each series' rows one after another. */
    private MeasurementSeries.@Nullable Builder lastSeries;
    final List<DeliveryAssessment> assessments = new ArrayList<>();
    final List<Intervention> interventions = new ArrayList<>();
    final List<DataSharingAgreement> agreements = new ArrayList<>();
    final List<Conflict> conflicts = new ArrayList<>();
    final List<Contribution> contributions = new ArrayList<>();
    /**
     * The ids of each entity list, noted as entities are added (the id is in the cache then),
     * so that {@link #build()} indexes a list added in id order without reading its entities
     * again; see {@link IdTrack}.
     */
    private final IdTrack agencyIds = new IdTrack(agencies);
    private final IdTrack personIds = new IdTrack(persons);
    private final IdTrack outcomeIds = new IdTrack(outcomes);
    private final IdTrack commitmentIds = new IdTrack(commitments);
    private final IdTrack indicatorIds = new IdTrack(indicators);
    private final IdTrack agreementIds = new IdTrack(agreements);
    private final IdTrack conflictIds = new IdTrack(conflicts);

    private Builder() {}

    /**
     * Adds an agency.
     *
     * @param value the agency
     * @return this builder
     */
    public Builder agency(Agency value) {
      agencies.add(Checks.notNull(value, "agency"));
      agencyIds.added(value.id());
      return this;
    }

    /**
     * Adds an agency with no jurisdiction, parent or attributes.
     *
     * @param id the id
     * @param name the name
     * @param kind the kind
     * @param level the level of government
     * @return this builder
     */
    public Builder agency(String id, String name, AgencyKind kind, GovernmentLevel level) {
      return agency(Agency.of(id, name, kind, level));
    }

    /**
     * Adds a person.
     *
     * @param value the person
     * @return this builder
     */
    public Builder person(Person value) {
      persons.add(Checks.notNull(value, "person"));
      personIds.added(value.id());
      return this;
    }

    /**
     * Adds an outcome.
     *
     * @param value the outcome
     * @return this builder
     */
    public Builder outcome(Outcome value) {
      outcomes.add(Checks.notNull(value, "outcome"));
      outcomeIds.added(value.id());
      return this;
    }

    /**
     * Adds a commitment.
     *
     * @param value the commitment
     * @return this builder
     */
    public Builder commitment(Commitment value) {
      commitments.add(Checks.notNull(value, "commitment"));
      commitmentIds.added(value.id());
      return this;
    }

    /**
     * Adds a role assignment.
     *
     * @param value the assignment
     * @return this builder
     */
    public Builder role(RoleAssignment value) {
      roles.add(Checks.notNull(value, "role assignment"));
      return this;
    }

    /**
     * Adds an open-ended role assignment.
     *
     * @param party who holds the role
     * @param role the role
     * @param target the commitment or outcome it is held on
     * @return this builder
     */
    public Builder assign(PartyId party, Role role, RoleTarget target) {
      return role(RoleAssignment.of(party, role, target));
    }

    /**
     * Adds an indicator.
     *
     * @param value the indicator
     * @return this builder
     */
    public Builder indicator(Indicator value) {
      indicators.add(Checks.notNull(value, "indicator"));
      indicatorIds.added(value.id());
      return this;
    }

    /**
     * Adds a measurement.
     *
     * @param value the measurement
     * @return this builder
     */
    public Builder measurement(Measurement value) {
      Checks.notNull(value, "measurement");
      seriesOf(value.indicator()).add(value);
      return this;
    }

    /**
     * Adds a final total with no reporter: the fast path for bulk loads.
     *
     * @param indicator the indicator
     * @param periodStart the first day of the period
     * @param periodEnd the last day of the period
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the period ends before it starts or the value is not
     *     finite
     */
    public Builder measurement(
        IndicatorId indicator, LocalDate periodStart, LocalDate periodEnd, double value) {
      Checks.notNull(indicator, "measurement indicator");
      seriesOf(indicator).add(periodStart, periodEnd, value);
      return this;
    }

    /**
     * Adds measurements.
     *
     * @param values the measurements
     * @return this builder
     */
    public Builder measurements(Iterable<Measurement> values) {
      for (Measurement m : Checks.notNull(values, "measurements")) {
        measurement(m);
      }
      return this;
    }

    /**
     * Adds every measurement of a series.
     *
     * @param values the series
     * @return this builder
     */
    public Builder measurements(MeasurementSeries values) {
      Checks.notNull(values, "measurement series");
      MeasurementSeries.Builder b = seriesOf(values.indicator());
      for (int i = 0; i < values.size(); i++) {
        b.add(values.get(i));
      }
      return this;
    }

    /**
     * The builder of an indicator's series, made on its first measurement after the series
     * added to before it ({@link MeasurementSeries#after}: a loader gives the series one after
     * another, most of them on one reporting calendar, so no column is grown and copied row by
     * row, and no period column is made while the periods are those of the series before).
     */
    private MeasurementSeries.Builder seriesOf(IndicatorId indicator) {
      MeasurementSeries.Builder last = lastSeries;
      if (last != null && last.indicator() == indicator) {
        return last; // the same id instance as the row before: a loader's ids are shared
      }
      MeasurementSeries.Builder b = series.get(indicator);
      if (b == null) {
        b = last == null ? MeasurementSeries.builder(indicator)
            : MeasurementSeries.after(indicator, last);
        series.put(indicator, b);
      }
      lastSeries = b;
      return b;
    }

    /**
     * Adds a delivery assessment.
     *
     * @param value the assessment
     * @return this builder
     */
    public Builder assessment(DeliveryAssessment value) {
      assessments.add(Checks.notNull(value, "assessment"));
      return this;
    }

    /**
     * Adds an intervention.
     *
     * @param value the intervention
     * @return this builder
     */
    public Builder intervention(Intervention value) {
      interventions.add(Checks.notNull(value, "intervention"));
      return this;
    }

    /**
     * Adds a data-sharing agreement.
     *
     * @param value the agreement
     * @return this builder
     */
    public Builder agreement(DataSharingAgreement value) {
      agreements.add(Checks.notNull(value, "agreement"));
      agreementIds.added(value.id());
      return this;
    }

    /**
     * Adds a conflict.
     *
     * @param value the conflict
     * @return this builder
     */
    public Builder conflict(Conflict value) {
      conflicts.add(Checks.notNull(value, "conflict"));
      conflictIds.added(value.id());
      return this;
    }

    /**
     * Adds a contribution. {@link #build()} checks that its party, target and reporter are in
     * the model.
     *
     * @param value the contribution
     * @return this builder
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.2")
    public Builder contribution(Contribution value) {
      contributions.add(Checks.notNull(value, "contribution"));
      return this;
    }

    /**
     * Removes the entity with the given id (an agency, person, outcome, commitment, indicator,
     * agreement or conflict). What refers to it stays, so {@link #build()} reports each
     * dangling reference. Removing an indicator keeps its measurements for the same reason.
     *
     * @param id the id
     * @return this builder
     */
    public Builder remove(EntityId id) {
      Checks.notNull(id, "id");
      switch (id.kind()) {
        case AGENCY -> forgetIf(agencyIds, agencies.removeIf(a -> a.id().equals(id)));
        case PERSON -> forgetIf(personIds, persons.removeIf(p -> p.id().equals(id)));
        case OUTCOME -> forgetIf(outcomeIds, outcomes.removeIf(o -> o.id().equals(id)));
        case COMMITMENT ->
            forgetIf(commitmentIds, commitments.removeIf(c -> c.id().equals(id)));
        case INDICATOR -> forgetIf(indicatorIds, indicators.removeIf(i -> i.id().equals(id)));
        case AGREEMENT -> forgetIf(agreementIds, agreements.removeIf(a -> a.id().equals(id)));
        case CONFLICT -> forgetIf(conflictIds, conflicts.removeIf(c -> c.id().equals(id)));
        default -> throw new IllegalArgumentException("cannot remove " + id.kind().label());
      }
      return this;
    }

    /** A list that lost an entity is indexed from its entities at {@code build()}. */
    private static void forgetIf(IdTrack track, boolean removed) {
      if (removed) {
        track.forget();
      }
    }

    /**
     * Whether the builder's ids of a kind are noted in a way that covers its list now (for
     * tests: the fast path of {@code build()} is taken).
     */
    boolean tracked(EntityKind kind) {
      return switch (kind) {
        case AGENCY -> agencyIds.covers(agencies);
        case PERSON -> personIds.covers(persons);
        case OUTCOME -> outcomeIds.covers(outcomes);
        case COMMITMENT -> commitmentIds.covers(commitments);
        case INDICATOR -> indicatorIds.covers(indicators);
        case AGREEMENT -> agreementIds.covers(agreements);
        case CONFLICT -> conflictIds.covers(conflicts);
        default -> false;
      };
    }

    private Map<EntityKind, IdTrack> tracks() {
      Map<EntityKind, IdTrack> m = new java.util.EnumMap<>(EntityKind.class);
      m.put(EntityKind.AGENCY, agencyIds);
      m.put(EntityKind.PERSON, personIds);
      m.put(EntityKind.OUTCOME, outcomeIds);
      m.put(EntityKind.COMMITMENT, commitmentIds);
      m.put(EntityKind.INDICATOR, indicatorIds);
      m.put(EntityKind.AGREEMENT, agreementIds);
      m.put(EntityKind.CONFLICT, conflictIds);
      return m;
    }

    /**
     * Removes every role assignment equal to the given one.
     *
     * @param value the assignment
     * @return this builder
     */
    public Builder removeRole(RoleAssignment value) {
      Checks.notNull(value, "role assignment");
      roles.removeIf(value::equals);
      return this;
    }

    /**
     * Replaces the entity with the same id as the given commitment.
     *
     * @param value the new commitment
     * @return this builder
     */
    public Builder replace(Commitment value) {
      remove(Checks.notNull(value, "commitment").id());
      return commitment(value);
    }

    /**
     * Replaces the entity with the same id as the given outcome.
     *
     * @param value the new outcome
     * @return this builder
     */
    public Builder replace(Outcome value) {
      remove(Checks.notNull(value, "outcome").id());
      return outcome(value);
    }

    /**
     * Replaces the entity with the same id as the given indicator (keeping its measurements).
     *
     * @param value the new indicator
     * @return this builder
     */
    public Builder replace(Indicator value) {
      remove(Checks.notNull(value, "indicator").id());
      return indicator(value);
    }

    /**
     * Replaces the entity with the same id as the given agency.
     *
     * @param value the new agency
     * @return this builder
     */
    public Builder replace(Agency value) {
      remove(Checks.notNull(value, "agency").id());
      return agency(value);
    }

    /**
     * Validates everything and builds the model.
     *
     * @return the model
     * @throws ModelValidationException listing every structural problem (duplicate ids,
     *     dangling references, cycles in outcome parents, commitment dependencies or ratios,
     *     measurements of unknown indicators, contributions of unknown parties or to unknown
     *     targets)
     */
    public OutcomeModel build() {
      // one walk of the series: their ids, their builders and the reporters they name
      List<IndicatorId> measured = new ArrayList<>(series.size());
      MeasurementSeries.Builder[] builders = new MeasurementSeries.Builder[series.size()];
      Map<IndicatorId, Set<AgencyId>> reporters = Map.of();
      for (Map.Entry<IndicatorId, MeasurementSeries.Builder> e : series.entrySet()) {
        builders[measured.size()] = e.getValue();
        measured.add(e.getKey());
        Set<AgencyId> rs = e.getValue().reporters();
        if (!rs.isEmpty()) {
          if (reporters.isEmpty()) {
            reporters = new LinkedHashMap<>();
          }
          reporters.put(e.getKey(), rs);
        }
      }
      ModelValidator validator = new ModelValidator(
          agencies, persons, outcomes, commitments, roles, indicators, measured, reporters,
          assessments, interventions, agreements, conflicts, contributions, tracks());
      List<Problem> problems = validator.validate();
      if (!problems.isEmpty()) {
        throw new ModelValidationException(problems, validator.totalProblems());
      }
      return new OutcomeModel(this, builders, validator.indexed());
    }
  }
}
