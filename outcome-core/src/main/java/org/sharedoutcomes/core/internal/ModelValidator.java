package org.sharedoutcomes.core.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgreementId;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.ConflictId;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Problem;
import org.sharedoutcomes.core.Ratio;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.SubjectKind;

/**
 * The structural validation run by {@code OutcomeModel.Builder.build()}: duplicate ids,
 * dangling references, cycles in agency parents, outcome parents, commitment dependencies and
 * ratio indicators (each strongly connected component reported once, its cycle spelled out).
 * Finds every
 * problem, sorted by kind of entity, id, field and message. O(n log n) in the size of the
 * model.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ModelValidator {
  private final Collection<Agency> agencies;
  private final Collection<Person> persons;
  private final Collection<Outcome> outcomes;
  private final Collection<Commitment> commitments;
  private final Collection<RoleAssignment> roles;
  private final Collection<Indicator> indicators;
  private final Collection<IndicatorId> measured;
  private final Map<IndicatorId, Set<AgencyId>> reporters;
  private final Collection<DeliveryAssessment> assessments;
  private final Collection<Intervention> interventions;
  private final Collection<DataSharingAgreement> agreements;
  private final Collection<Conflict> conflicts;
  private final Collection<Contribution> contributions;
  /**
   * The problems kept: the first {@link #MAX_PROBLEMS} in problem order, trimmed whenever
   * twice as many have accumulated, so a model with a million dangling references keeps a
   * thousand problems, not a million.
   */
  private final List<Problem> problems = new ArrayList<>();
  private int total;

  /** The most problems {@link #validate()} returns; {@link #totalProblems()} counts all. */
  public static final int MAX_PROBLEMS =
      org.sharedoutcomes.core.ModelValidationException.MAX_PROBLEMS;
  private final IdIndex<AgencyId, Agency> agencyIndex;
  private final IdIndex<PersonId, Person> personIndex;
  private final IdIndex<OutcomeId, Outcome> outcomeIndex;
  private final IdIndex<CommitmentId, Commitment> commitmentIndex;
  private final IdIndex<IndicatorId, Indicator> indicatorIndex;
  private final IdIndex<AgreementId, DataSharingAgreement> agreementIndex;
  private final IdIndex<ConflictId, Conflict> conflictIndex;
  private final List<RoleAssignment> sortedRoles;
  /** For each measured id, the position of its indicator; set by {@link #validate()}. */
  private int[] measuredPositions = new int[0];
  private References references = References.empty();

  private Set<AgencyId> agencyIds = Set.of();
  private Set<PersonId> personIds = Set.of();
  private Set<OutcomeId> outcomeIds = Set.of();
  private Set<CommitmentId> commitmentIds = Set.of();
  private Set<IndicatorId> indicatorIds = Set.of();

  /**
   * Creates a validator over the builder's parts.
   *
   * @param agencies the agencies
   * @param persons the persons
   * @param outcomes the outcomes
   * @param commitments the commitments
   * @param roles the role assignments
   * @param indicators the indicators
   * @param measured the ids of indicators that have measurements
   * @param reporters per indicator, the agencies named as reporters of its measurements
   * @param assessments the delivery assessments
   * @param interventions the interventions
   * @param agreements the data-sharing agreements
   * @param conflicts the conflicts
   * @param contributions the contributions
   */
  public ModelValidator(Collection<Agency> agencies, Collection<Person> persons,
      Collection<Outcome> outcomes, Collection<Commitment> commitments,
      Collection<RoleAssignment> roles, Collection<Indicator> indicators,
      Collection<IndicatorId> measured, Map<IndicatorId, Set<AgencyId>> reporters,
      Collection<DeliveryAssessment> assessments, Collection<Intervention> interventions,
      Collection<DataSharingAgreement> agreements, Collection<Conflict> conflicts,
      Collection<Contribution> contributions) {
    this(agencies, persons, outcomes, commitments, roles, indicators, measured, reporters,
        assessments, interventions, agreements, conflicts, contributions, Map.of());
  }

  /**
   * Creates a validator over the builder's parts, indexing each entity list whose ids the
   * builder noted as they were added ({@link IdTrack}) from that note rather than from the
   * entities. The problems found and the model built are the same either way.
   *
   * @param agencies the agencies
   * @param persons the persons
   * @param outcomes the outcomes
   * @param commitments the commitments
   * @param roles the role assignments
   * @param indicators the indicators
   * @param measured the ids of indicators that have measurements
   * @param reporters per indicator, the agencies named as reporters of its measurements
   * @param assessments the delivery assessments
   * @param interventions the interventions
   * @param agreements the data-sharing agreements
   * @param conflicts the conflicts
   * @param contributions the contributions
   * @param tracks per entity kind, the note of its list's ids (kinds without one are indexed
   *     from the entities)
   */
  public ModelValidator(Collection<Agency> agencies, Collection<Person> persons,
      Collection<Outcome> outcomes, Collection<Commitment> commitments,
      Collection<RoleAssignment> roles, Collection<Indicator> indicators,
      Collection<IndicatorId> measured, Map<IndicatorId, Set<AgencyId>> reporters,
      Collection<DeliveryAssessment> assessments, Collection<Intervention> interventions,
      Collection<DataSharingAgreement> agreements, Collection<Conflict> conflicts,
      Collection<Contribution> contributions, Map<EntityKind, IdTrack> tracks) {
    this.agencies = agencies;
    this.persons = persons;
    this.outcomes = outcomes;
    this.commitments = commitments;
    this.roles = roles;
    this.indicators = indicators;
    this.measured = measured;
    this.reporters = reporters;
    this.assessments = assessments;
    this.interventions = interventions;
    this.agreements = agreements;
    this.conflicts = conflicts;
    this.contributions = contributions;
    this.agencyIndex = IdIndex.of(agencies, Agency::id, tracks.get(EntityKind.AGENCY));
    this.personIndex = IdIndex.of(persons, Person::id, tracks.get(EntityKind.PERSON));
    this.outcomeIndex = IdIndex.of(outcomes, Outcome::id, tracks.get(EntityKind.OUTCOME));
    this.commitmentIndex =
        IdIndex.of(commitments, Commitment::id, tracks.get(EntityKind.COMMITMENT));
    this.indicatorIndex =
        IdIndex.of(indicators, Indicator::id, tracks.get(EntityKind.INDICATOR));
    this.agreementIndex =
        IdIndex.of(agreements, DataSharingAgreement::id, tracks.get(EntityKind.AGREEMENT));
    this.conflictIndex = IdIndex.of(conflicts, Conflict::id, tracks.get(EntityKind.CONFLICT));
    this.sortedRoles = sortRoles(roles);
  }

  /**
   * The roles in {@link RoleAssignment#ORDER}, as an immutable list. Builders and documents
   * give a target's roles together and the targets in id order, the roles of one target in no
   * particular order: then the runs of equal targets are checked in one pass, and each run (a
   * handful of roles) is sorted on its own, by insertion. Roles that do not come so are sorted
   * whole (stable, as each run is).
   */
  private static List<RoleAssignment> sortRoles(Collection<RoleAssignment> roles) {
    RoleAssignment[] a = roles.toArray(new RoleAssignment[0]);
    int n = a.length;
    boolean grouped = true;
    for (int i = 1; i < n && grouped; i++) {
      grouped = EntityId.ORDER.compare(a[i - 1].target(), a[i].target()) <= 0;
    }
    if (!grouped) {
      java.util.Arrays.sort(a, RoleAssignment.ORDER);
      return com.google.common.collect.ImmutableList.copyOf(a);
    }
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i < n && a[i].target() == a[start].target()) {
        continue; // the same instance: builders and readers share a target's id
      }
      if (i < n && EntityId.ORDER.compare(a[i].target(), a[start].target()) == 0) {
        continue;
      }
      if (i - start > 16) {
        java.util.Arrays.sort(a, start, i, RoleAssignment.ORDER);
      } else {
        for (int j = start + 1; j < i; j++) { // stable insertion sort
          RoleAssignment r = a[j];
          int k = j - 1;
          while (k >= start && RoleAssignment.ORDER.compare(a[k], r) > 0) {
            a[k + 1] = a[k];
            k--;
          }
          a[k + 1] = r;
        }
      }
      start = i;
    }
    return com.google.common.collect.ImmutableList.copyOf(a);
  }

  /**
   * What the model keeps of the validator's work: each kind of entity indexed by id, and the
   * roles sorted.
   *
   * @param agencies the agencies by id
   * @param persons the persons by id
   * @param outcomes the outcomes by id
   * @param commitments the commitments by id
   * @param indicators the indicators by id
   * @param agreements the data-sharing agreements by id
   * @param conflicts the conflicts by id
   * @param roles the role assignments in {@link RoleAssignment#ORDER}; not to be modified
   * @param measured for each id of {@code measured}, in its iteration order, the position of
   *     its indicator in {@code indicators}; not to be modified
   * @param references what the entities refer to, as positions (valid once {@link #validate}
   *     has found no problem)
   */
  @API(status = API.Status.INTERNAL, since = "0.1")
  @SuppressWarnings("ArrayRecordComponent") // internal, handed from the validator to the model
  public record Indexed(IdMap<AgencyId, Agency> agencies, IdMap<PersonId, Person> persons,
      IdMap<OutcomeId, Outcome> outcomes, IdMap<CommitmentId, Commitment> commitments,
      IdMap<IndicatorId, Indicator> indicators,
      IdMap<AgreementId, DataSharingAgreement> agreements, IdMap<ConflictId, Conflict> conflicts,
      List<RoleAssignment> roles, int[] measured, References references) {}

  /**
   * The indexes built for validation, for the model once it is valid.
   *
   * @return the indexes
   */
  public Indexed indexed() {
    return new Indexed(agencyIndex.map(), personIndex.map(), outcomeIndex.map(),
        commitmentIndex.map(), indicatorIndex.map(), agreementIndex.map(), conflictIndex.map(),
        sortedRoles, measuredPositions, references);
  }

  /**
   * Runs every check.
   *
   * @return every problem found, sorted by kind of entity, id, field and message (so the same
   *     whatever order the parts were added in); empty if the model is valid
   */
  public List<Problem> validate() {
    agencyIds = unique(agencyIndex, EntityKind.AGENCY);
    personIds = unique(personIndex, EntityKind.PERSON);
    for (PersonId p : personIds) {
      if (agencyIds.contains(AgencyId.of(p.value()))) {
        add(EntityKind.PERSON, p.value(), "id", "'" + p
            + "' is both an agency id and a person id; agencies and persons share one name"
            + " space");
      }
    }
    outcomeIds = unique(outcomeIndex, EntityKind.OUTCOME);
    commitmentIds = unique(commitmentIndex, EntityKind.COMMITMENT);
    indicatorIds = unique(indicatorIndex, EntityKind.INDICATOR);
    unique(agreementIndex, EntityKind.AGREEMENT);
    unique(conflictIndex, EntityKind.CONFLICT);

    // with no id given twice, each kind is walked in the model's order (its index's values:
    // the same entities as given, sorted by id) and the positions looked up are kept for the
    // model (References); with a duplicate the model is not built, and the walk is over what
    // was given, every entry checked
    boolean keep = agencyIndex.duplicates().isEmpty() && personIndex.duplicates().isEmpty()
        && outcomeIndex.duplicates().isEmpty() && commitmentIndex.duplicates().isEmpty()
        && indicatorIndex.duplicates().isEmpty();
    Collection<Agency> agencySeq = keep ? agencyIndex.map().values() : agencies;
    int[] agencyParent = new int[keep ? agencySeq.size() : 0];
    int k = 0;
    for (Agency a : agencySeq) {
      int parent = References.NONE;
      if (a.parent().isPresent()) {
        parent = agencyAt(EntityKind.AGENCY, a.id().value(), "parent", a.parent().get());
      }
      if (keep) {
        agencyParent[k++] = parent;
      }
    }
    Collection<Person> personSeq = keep ? personIndex.map().values() : persons;
    int[] personAgency = new int[keep ? personSeq.size() : 0];
    k = 0;
    for (Person p : personSeq) {
      int agency = agencyAt(EntityKind.PERSON, p.id().value(), "agency", p.agency());
      if (keep) {
        personAgency[k++] = agency;
      }
    }
    Collection<Outcome> outcomeSeq = keep ? outcomeIndex.map().values() : outcomes;
    References.Lists.Builder outcomeParents =
        new References.Lists.Builder(keep ? outcomeSeq.size() : 0, 0);
    for (Outcome o : outcomeSeq) {
      refs(o.parents(), outcomeIndex.map(), EntityKind.OUTCOME, o.id().value(), "parents",
          "outcome", keep, outcomeParents);
      if (keep) {
        outcomeParents.next();
      }
    }
    Collection<Commitment> commitmentSeq = keep ? commitmentIndex.map().values() : commitments;
    int cs = keep ? commitmentSeq.size() : 0;
    References.Lists.Builder commitmentOutcomes = new References.Lists.Builder(cs, cs);
    References.Lists.Builder commitmentDependsOn = new References.Lists.Builder(cs, cs);
    IdMap<OutcomeId, Outcome> outcomeMap = outcomeIndex.map();
    IdMap<CommitmentId, Commitment> commitmentMap = commitmentIndex.map();
    for (Commitment c : commitmentSeq) {
      String id = c.id().value();
      if (c.madeBy().isPresent()) { // no capturing lambda per commitment
        party(EntityKind.COMMITMENT, id, "madeBy", c.madeBy().get());
      }
      refs(c.outcomes(), outcomeMap, EntityKind.COMMITMENT, id, "outcomes", "outcome", keep,
          commitmentOutcomes);
      refs(c.dependsOn(), commitmentMap, EntityKind.COMMITMENT, id, "dependsOn", "commitment",
          keep, commitmentDependsOn);
      if (keep) {
        commitmentOutcomes.next();
        commitmentDependsOn.next();
      }
      if (c.madeOn().isPresent() && c.due().isPresent()
          && c.due().get().isBefore(c.madeOn().get())) {
        add(EntityKind.COMMITMENT, id, "due", "is due (" + c.due().get()
            + ") before it was made (" + c.madeOn().get() + ")");
      }
    }
    // two assignments of one role to one party on one target for the same span are one
    // assignment given twice, whatever their attributes: equal in RoleAssignment.ORDER, which
    // compares exactly those fields, so neighbours once sorted (no hash set at a million roles)
    @Nullable RoleAssignment previous = null;
    // the targets come in id order too: look them up by walking the sorted commitment and
    // outcome ids alongside (no hashing, no random access at a million commitments)
    Walk<CommitmentId> commitmentWalk = new Walk<>(commitmentIndex.map().keys());
    Walk<OutcomeId> outcomeWalk = new Walk<>(outcomeIndex.map().keys());
    int[] roleParty = new int[keep ? sortedRoles.size() : 0];
    int[] roleTarget = new int[roleParty.length];
    byte[] roleBuiltIn = new byte[roleParty.length];
    k = 0;
    for (RoleAssignment r : sortedRoles) {
      boolean twice = previous != null && RoleAssignment.ORDER.compare(previous, r) == 0;
      previous = r;
      int target;
      if (r.target() instanceof CommitmentId c) {
        target = commitmentWalk.contains(c) ? commitmentWalk.position() : References.NONE;
      } else {
        target = outcomeWalk.contains((OutcomeId) r.target()) ? -(outcomeWalk.position() + 1)
            : References.NONE;
      }
      boolean knownTarget = target != References.NONE;
      int party = partyAt(r.party());
      if (keep) {
        roleParty[k] = party;
        roleBuiltIn[k] = References.builtInIndex(r.role());
        roleTarget[k++] = target;
      }
      if (!twice && knownTarget && party != References.NONE) {
        continue; // nothing to report: skip building the message id
      }
      String id = problemId(r);
      if (twice) {
        add(EntityKind.ROLE_ASSIGNMENT, id, "role", "role " + r.role() + " of '" + r.party()
            + "' on '" + r.target() + "'" + span(r) + " is given twice; give it once");
      }
      party(EntityKind.ROLE_ASSIGNMENT, id, "party", r.party());
      ref(knownTarget, EntityKind.ROLE_ASSIGNMENT, id, "target", r.target().kind().label(),
          r.target().value());
    }
    // indicators in id order mostly measure commitments in id order
    Cursor<CommitmentId> measuredCommitments = new Cursor<>(commitmentIndex.map());
    Collection<Indicator> indicatorSeq = keep ? indicatorIndex.map().values() : indicators;
    int is = keep ? indicatorSeq.size() : 0;
    References.Lists.Builder indicatorCommitments = new References.Lists.Builder(is, is);
    References.Lists.Builder indicatorOutcomes = new References.Lists.Builder(is, 0);
    int[] dataOwner = new int[is];
    // ratio edges as (indicator, numerator or denominator) position pairs: few models have any
    int[] ratioEdges = new int[0];
    int ratios = 0;
    k = 0;
    for (Indicator i : indicatorSeq) {
      String id = i.id().value();
      int owner = References.NONE;
      if (i.dataOwner().isPresent()) {
        owner = agencyAt(EntityKind.INDICATOR, id, "dataOwner", i.dataOwner().get());
      }
      if (i.ratio().isPresent()) { // no capturing lambda per indicator
        Ratio r = i.ratio().get();
        ref(indicatorIds.contains(r.numerator()), EntityKind.INDICATOR, id, "ratio.numerator",
            "indicator", r.numerator().value());
        ref(indicatorIds.contains(r.denominator()), EntityKind.INDICATOR, id,
            "ratio.denominator", "indicator", r.denominator().value());
        if (keep) {
          ratioEdges = ratioEdge(ratioEdges, ratios++, k, r.numerator());
          ratioEdges = ratioEdge(ratioEdges, ratios++, k, r.denominator());
        } else {
          ratios++;
        }
      }
      for (CommitmentId c : i.commitments()) {
        int at = measuredCommitments.indexOf(c);
        ref(at >= 0, EntityKind.INDICATOR, id, "commitments", "commitment", c.value());
        if (keep) {
          indicatorCommitments.add(at);
        }
      }
      refs(i.outcomes(), outcomeMap, EntityKind.INDICATOR, id, "outcomes", "outcome", keep,
          indicatorOutcomes);
      if (keep) {
        dataOwner[k++] = owner;
        indicatorCommitments.next();
        indicatorOutcomes.next();
      }
    }
    references = new References(agencyParent, personAgency, outcomeParents.build(),
        commitmentOutcomes.build(), commitmentDependsOn.build(), indicatorCommitments.build(),
        indicatorOutcomes.build(), dataOwner, roleParty, roleTarget, roleBuiltIn);
    measuredPositions = new int[measured.size()];
    int j = 0;
    Cursor<IndicatorId> measuredCursor = new Cursor<>(indicatorIndex.map());
    for (IndicatorId m : measured) {
      int p = measuredCursor.indexOf(m);
      measuredPositions[j++] = p;
      if (p < 0) {
        add(EntityKind.MEASUREMENT, m.value(), "indicator",
            "measurements refer to indicator '" + m + "', which the model does not have");
      }
    }
    reporters.forEach((ind, rs) -> new TreeSet<>(rs).forEach(
        r -> agency(EntityKind.MEASUREMENT, ind.value(), "reportedBy", r)));
    for (DeliveryAssessment a : assessments) {
      String id = problemId(a);
      ref(commitmentIds.contains(a.commitment()), EntityKind.ASSESSMENT, id, "commitment",
          "commitment", a.commitment().value());
      a.assessor().ifPresent(p -> party(EntityKind.ASSESSMENT, id, "assessor", p));
    }
    for (Intervention i : interventions) {
      String id = problemId(i);
      agency(EntityKind.INTERVENTION, id, "from", i.from());
      agency(EntityKind.INTERVENTION, id, "to", i.to());
      i.commitment().ifPresent(c -> ref(commitmentIds.contains(c), EntityKind.INTERVENTION,
          id, "commitment", "commitment", c.value()));
    }
    for (DataSharingAgreement a : agreements) {
      for (AgencyId p : a.parties()) {
        agency(EntityKind.AGREEMENT, a.id().value(), "parties", p);
      }
      for (IndicatorId i : a.indicators()) {
        ref(indicatorIds.contains(i), EntityKind.AGREEMENT, a.id().value(), "indicators",
            "indicator", i.value());
      }
    }
    for (Conflict c : conflicts) {
      String id = c.id().value();
      for (PartyId p : c.parties()) {
        party(EntityKind.CONFLICT, id, "parties", p);
      }
      party(EntityKind.CONFLICT, id, "raisedBy", c.raisedBy());
      String ref = c.subject().reference();
      if (c.subject().kind() == SubjectKind.COMMITMENT) {
        ref(commitmentIds.contains(new CommitmentId(ref)), EntityKind.CONFLICT, id,
            "subject", "commitment", ref);
      } else if (c.subject().kind() == SubjectKind.INDICATOR) {
        ref(indicatorIds.contains(new IndicatorId(ref)), EntityKind.CONFLICT, id, "subject",
            "indicator", ref);
      }
    }
    // a contribution's problems are its own, named by problemId(c), in the field that refers
    // to what the model lacks
    for (Contribution c : contributions) {
      boolean knownTarget = c.target() instanceof CommitmentId t ? commitmentIds.contains(t)
          : outcomeIds.contains((OutcomeId) c.target());
      boolean knownReporter = c.reporter().isEmpty() || agencyIds.contains(c.reporter().get());
      if (knownTarget && knownParty(c.party()) && knownReporter) {
        continue;
      }
      String id = problemId(c);
      String what = "contribution of '" + c.party() + "' (" + c.kind() + ", "
          + c.amount().toPlainString() + " " + c.unit() + ") ";
      if (!knownTarget) {
        EntityKind kind = c.target() instanceof CommitmentId ? EntityKind.COMMITMENT
            : EntityKind.OUTCOME;
        add(EntityKind.CONTRIBUTION, id, "target", what + "is to " + kind.label() + " '"
            + c.target() + "', which the model does not have");
      }
      if (!knownParty(c.party())) {
        add(EntityKind.CONTRIBUTION, id, "party", what + "refers to "
            + c.party().kind().label() + " '" + c.party() + "', which the model does not have");
      }
      if (!knownReporter) {
        add(EntityKind.CONTRIBUTION, id, "reporter", what + "is reported by agency '"
            + c.reporter().get() + "', which the model does not have");
      }
    }
    // with the positions kept, the search for a cycle runs on them: no second look-up of every
    // parent and dependency
    cycles(outcomes, outcomeIndex.map(), Outcome::id, Outcome::parents, EntityKind.OUTCOME,
        "parents", keep ? references.outcomeParents() : null);
    cycles(agencies, agencyIndex.map(), Agency::id,
        a -> a.parent().isPresent() ? Set.of(a.parent().get()) : Set.of(), EntityKind.AGENCY,
        "parent", keep ? References.Lists.ofOptional(references.agencyParent()) : null);
    cycles(commitments, commitmentIndex.map(), Commitment::id, Commitment::dependsOn,
        EntityKind.COMMITMENT,
        "dependsOn", keep ? references.commitmentDependsOn() : null);
    // a ratio computed from itself, through its numerator or denominator, has no value; the
    // indicator pass above counted the ratios (no second walk over every indicator when none
    // has one) and, with positions kept, found their ends
    if (ratios > 0) {
      cycles(indicators, indicatorIndex.map(), Indicator::id,
          i -> i.ratio().map(r -> Checks.sortedSet(List.of(r.numerator(), r.denominator()),
              "ratio")).orElse(Set.of()),
          EntityKind.INDICATOR, "ratio", keep ? ratioLists(is, ratioEdges, ratios) : null);
    }
    trim();
    return List.copyOf(problems);
  }

  /** Problems by kind of entity, id, field and message: the same whatever the input order. */
  private static final java.util.Comparator<Problem> PROBLEM_ORDER =
      java.util.Comparator.comparing(Problem::kind)
          .thenComparing(p -> p.id().orElse(""))
          .thenComparing(Problem::field)
          .thenComparing(Problem::message);

  private <K extends Comparable<? super K>> Set<K> unique(IdIndex<K, ?> index,
      EntityKind kind) {
    index.duplicates().forEach((k, n) -> add(kind, k.toString(), "id", "id '" + k
        + "' is used by " + n + " " + kind.label() + " entries; ids must be unique"));
    return index.map().keySet();
  }

  /**
   * The id a problem gives a role assignment, which has none of its own: {@code
   * target/ROLE/party}.
   *
   * @param r the role assignment
   * @return its problem id
   */
  public static String problemId(RoleAssignment r) {
    return r.target().value() + "/" + r.role() + "/" + r.party().value();
  }

  /**
   * The id a problem gives an assessment: {@code commitment@date}.
   *
   * @param a the assessment
   * @return its problem id
   */
  public static String problemId(DeliveryAssessment a) {
    return a.commitment().value() + "@" + a.date();
  }

  /**
   * The id a problem gives an intervention: {@code from->to@date}.
   *
   * @param i the intervention
   * @return its problem id
   */
  public static String problemId(Intervention i) {
    return i.from().value() + "->" + i.to().value() + "@" + i.date();
  }

  /**
   * The id a problem gives a contribution: {@code party->target/kind/amount unit}.
   *
   * @param c the contribution
   * @return its problem id
   */
  public static String problemId(Contribution c) {
    return c.party().value() + "->" + c.target().value() + "/" + c.kind() + "/"
        + c.amount().toPlainString() + " " + c.unit();
  }

  private static String span(RoleAssignment r) {
    if (r.from().isEmpty() && r.to().isEmpty()) {
      return "";
    }
    return " from " + r.from().map(Object::toString).orElse("the start") + " to "
        + r.to().map(Object::toString).orElse("the end");
  }

  private void agency(EntityKind kind, String id, String field, AgencyId ref) {
    agencyAt(kind, id, field, ref);
  }

  /** An agency's position, reporting it as a dangling reference if absent (-1 then). */
  private int agencyAt(EntityKind kind, String id, String field, AgencyId ref) {
    int at = agencyIndex.map().indexOf(ref);
    ref(at >= 0, kind, id, field, "agency", ref.value());
    return at;
  }

  /**
   * A party's position as {@link References} encodes it (agency p, person -(p + 1)), or
   * {@link References#NONE} if the model has no such party.
   */
  private int partyAt(PartyId ref) {
    if (ref instanceof AgencyId a) {
      int at = agencyIndex.map().indexOf(a);
      return at < 0 ? References.NONE : at;
    }
    int at = personIndex.map().indexOf(ref);
    return at < 0 ? References.NONE : -(at + 1);
  }

  private boolean knownParty(PartyId ref) {
    return partyAt(ref) != References.NONE;
  }

  /**
   * Positions of ids in a map, asked mostly in the order of its keys: the key found last and
   * the one after it are compared (by identity, as builders and readers share id instances)
   * before the id is hashed, so a walk in key order reads the keys in order instead of
   * hashing into a table of a million slots at random.
   */
  private static final class Cursor<K> {
    private final IdMap<K, ?> map;
    private final List<K> keys;
    private int last = -1;

    Cursor(IdMap<K, ?> map) {
      this.map = map;
      this.keys = map.keys();
    }

    /** The id's position in the map, or -1 if absent. */
    int indexOf(K id) {
      int l = last;
      if (l >= 0 && keys.get(l) == id) {
        return l;
      }
      if (l + 1 < keys.size() && keys.get(l + 1) == id) {
        last = l + 1;
        return l + 1;
      }
      int p = map.indexOf(id);
      if (p >= 0) {
        last = p;
      }
      return p;
    }
  }

  /**
   * Membership in sorted ids, asked in ascending order: a merge of the two sequences, O(1)
   * amortised per question.
   */
  private static final class Walk<K extends Comparable<? super K>> {
    private final List<K> ids;
    private int next;

    Walk(List<K> ids) {
      this.ids = ids;
    }

    /** The position of the id {@link #contains} last found. */
    int position() {
      return next;
    }

    /** Whether the ids hold this one, which is not less than any asked before. */
    boolean contains(K id) {
      while (next < ids.size()) {
        K k = ids.get(next);
        if (k == id) {
          return true;
        }
        int c = k.compareTo(id);
        if (c >= 0) {
          return c == 0;
        }
        next++;
      }
      return false;
    }
  }

  /**
   * Looks up each id of a set in a map: reports each one the map lacks as a dangling reference
   * from field {@code field} of entity {@code id}, and, if {@code keep}, adds the positions to
   * {@code kept} in the set's order (-1 for an absent id). An empty set is not iterated: its
   * iterator is an allocation that the JIT keeps here, where a model's sets are of three classes
   * (6% of what a build allocates).
   */
  private <K extends EntityId> void refs(Set<K> ids, IdMap<K, ?> map, EntityKind kind,
      String id, String field, String refKind, boolean keep, References.Lists.Builder kept) {
    if (ids.isEmpty()) {
      return;
    }
    for (K k : ids) {
      int at = map.indexOf(k);
      ref(at >= 0, kind, id, field, refKind, k.value());
      if (keep) {
        kept.add(at);
      }
    }
  }

  private void party(EntityKind kind, String id, String field, PartyId ref) {
    ref(knownParty(ref), kind, id, field, ref.kind().label(), ref.value());
  }

  private void ref(boolean known, EntityKind kind, String id, String field, String refKind,
      String ref) {
    if (!known) {
      add(kind, id, field, "refers to " + refKind + " '" + ref
          + "', which the model does not have");
    }
  }

  private void add(EntityKind kind, String id, String field, String message) {
    total++;
    problems.add(new Problem(kind, Optional.of(id), field, message));
    if (problems.size() >= 2 * MAX_PROBLEMS) {
      trim();
    }
  }

  /**
   * Adds the edge from the indicator at position {@code from} to the indicator a ratio names
   * (its position, or -1, no edge, if it is not defined) as pair {@code pair}, growing the array.
   */
  private int[] ratioEdge(int[] pairs, int pair, int from, IndicatorId to) {
    int[] a = 2 * pair + 2 > pairs.length ? Arrays.copyOf(pairs, Math.max(8, 4 * pair + 4))
        : pairs;
    a[2 * pair] = from;
    a[2 * pair + 1] = indicatorIndex.map().indexOf(to);
    return a;
  }

  /** The ratio edges of {@link #ratioEdge} (in order of their sources) as lists per indicator. */
  private static References.Lists ratioLists(int n, int[] pairs, int count) {
    References.Lists.Builder b = new References.Lists.Builder(n, count);
    int e = 0;
    for (int p = 0; p < n; p++) {
      while (e < count && pairs[2 * e] == p) {
        b.add(pairs[2 * e + 1]);
        e++;
      }
      b.next();
    }
    return b.build();
  }

  private void trim() {
    problems.sort(PROBLEM_ORDER);
    problems.subList(Math.min(MAX_PROBLEMS, problems.size()), problems.size()).clear();
  }

  /**
   * How many problems {@link #validate()} found, of which it returns at most {@link
   * #MAX_PROBLEMS}.
   *
   * @return the count, 0 before {@code validate()} or for a valid model
   */
  public int totalProblems() {
    return total;
  }

  /** Finds cycles with an iterative depth-first search; reports each cycle once. */
  private <T, K extends Comparable<? super K>> void cycles(Collection<T> values,
      IdMap<K, T> index, Function<T, K> id, Function<T, Set<K>> next, EntityKind kind,
      String field, References.@Nullable Lists positions) {
    // no edges, no cycles: the common case, checked in O(n) without building the graph
    boolean edges = false;
    if (positions != null) {
      edges = positions.total() > 0;
    } else {
      for (T v : values) {
        if (!next.apply(v).isEmpty()) {
          edges = true;
          break;
        }
      }
    }
    // a valid model has no cycle: find that out in linear time over arrays, and only when there
    // is one, search again in sorted order (for reports that do not depend on the order parts
    // were added) and name each cycle
    if (!edges || !(positions != null ? positions.hasCycle() : hasCycle(index, next))) {
      return;
    }
    Map<K, T> byId = new HashMap<>(Math.max(16, values.size() * 4 / 3 + 1));
    for (T v : values) {
      byId.putIfAbsent(id.apply(v), v);
    }
    List<K> ids = new ArrayList<>(byId.keySet());
    ids.sort(null);
    dfs(ids, byId, next, kind, field);
  }

  /**
   * Whether the graph of an index's values, with edges to the known ids {@code next} names,
   * has a cycle: an iterative depth-first search over positions, with the edges in one array
   * (no map, no iterator or list per node at a million nodes).
   */
  private static <K, T> boolean hasCycle(IdMap<K, T> index, Function<T, Set<K>> next) {
    List<T> values = index.values();
    int n = values.size();
    int[] offsets = new int[n + 1];
    int[] targets = new int[Math.max(16, n)];
    int e = 0;
    for (int p = 0; p < n; p++) {
      offsets[p] = e;
      for (K k : next.apply(values.get(p))) {
        int q = index.indexOf(k);
        if (q >= 0) {
          if (e == targets.length) {
            targets = java.util.Arrays.copyOf(targets, e * 2);
          }
          targets[e++] = q;
        }
      }
    }
    offsets[n] = e;
    return hasCycle(n, offsets, targets);
  }

  /**
   * Whether the graph of n nodes whose edges from p are {@code targets[offsets[p]]} up to
   * {@code targets[offsets[p + 1]]} has a cycle; a negative target (a dangling reference) is no
   * edge.
   */
  static boolean hasCycle(int n, int[] offsets, int[] targets) {
    byte[] state = new byte[n]; // 0 unseen, 1 on the path, 2 done
    int[] path = new int[n];
    int[] cursor = new int[n];
    for (int root = 0; root < n; root++) {
      if (state[root] != 0) {
        continue;
      }
      int depth = 0;
      path[0] = root;
      cursor[0] = offsets[root];
      state[root] = 1;
      while (depth >= 0) {
        int v = path[depth];
        if (cursor[depth] < offsets[v + 1]) {
          int w = targets[cursor[depth]++];
          if (w < 0) {
            continue;
          }
          if (state[w] == 1) {
            return true;
          }
          if (state[w] == 0) {
            state[w] = 1;
            depth++;
            path[depth] = w;
            cursor[depth] = offsets[w];
          }
        } else {
          state[v] = 2;
          depth--;
        }
      }
    }
    return false;
  }

  /** The most ids a cycle report spells out; longer cycles and components are cut short. */
  static final int EXCERPT = 10;

  /**
   * Reports each strongly connected component with a cycle once (Tarjan 1972, iterative, in
   * sorted order: O(V + E)): on its smallest id, with one shortest cycle through that id spelled
   * out, and the component's size and members when it holds more than that cycle; both lists
   * are cut at {@value #EXCERPT} ids.
   */
  private <T, K extends Comparable<? super K>> void dfs(Collection<K> ids, Map<K, T> byId,
      Function<T, Set<K>> next, EntityKind kind, String field) {
    Map<K, int[]> info = new HashMap<>(Math.max(16, byId.size() * 4 / 3 + 1)); // index, low
    Deque<K> stack = new ArrayDeque<>();
    Set<K> onStack = new java.util.HashSet<>();
    int counter = 0;
    for (K root : ids) {
      if (info.containsKey(root)) {
        continue;
      }
      Deque<K> path = new ArrayDeque<>();
      Deque<java.util.Iterator<K>> its = new ArrayDeque<>();
      info.put(root, new int[] {counter, counter});
      counter++;
      stack.push(root);
      onStack.add(root);
      path.push(root);
      its.push(successors(byId, root, next));
      while (!path.isEmpty()) {
        K v = path.peek();
        java.util.Iterator<K> it = its.peek();
        if (it.hasNext()) {
          K w = it.next();
          int[] wi = info.get(w);
          if (wi == null) {
            info.put(w, new int[] {counter, counter});
            counter++;
            stack.push(w);
            onStack.add(w);
            path.push(w);
            its.push(successors(byId, w, next));
          } else if (onStack.contains(w)) {
            int[] vi = java.util.Objects.requireNonNull(info.get(v));
            vi[1] = Math.min(vi[1], wi[0]);
          }
        } else {
          path.pop();
          its.pop();
          int[] vi = java.util.Objects.requireNonNull(info.get(v));
          if (!path.isEmpty()) {
            int[] pi = java.util.Objects.requireNonNull(info.get(path.peek()));
            pi[1] = Math.min(pi[1], vi[1]);
          }
          if (vi[1] == vi[0]) {
            List<K> component = new ArrayList<>();
            K k;
            do {
              k = stack.pop();
              onStack.remove(k);
              component.add(k);
            } while (!k.equals(v));
            if (component.size() > 1) {
              reportCycle(component, byId, next, kind, field);
            }
          }
        }
      }
    }
  }

  private <T, K extends Comparable<? super K>> void reportCycle(List<K> component,
      Map<K, T> byId, Function<T, Set<K>> next, EntityKind kind, String field) {
    component.sort(null);
    Set<K> members = new java.util.HashSet<>(component);
    K first = component.get(0);
    // a shortest cycle through the smallest id: breadth first, successors in sorted order
    Map<K, K> from = new HashMap<>();
    Deque<K> queue = new ArrayDeque<>();
    queue.add(first);
    @Nullable K closing = null;
    while (!queue.isEmpty() && closing == null) {
      K v = queue.poll();
      List<K> succ = new ArrayList<>();
      successors(byId, v, next).forEachRemaining(succ::add);
      succ.sort(null);
      for (K w : succ) {
        if (!members.contains(w)) {
          continue;
        }
        if (w.equals(first)) {
          closing = v;
          break;
        }
        if (!from.containsKey(w)) {
          from.put(w, v);
          queue.add(w);
        }
      }
    }
    List<K> cycle = new ArrayList<>();
    for (@Nullable K k = closing; k != null && !k.equals(first); k = from.get(k)) {
      cycle.add(0, k);
    }
    cycle.add(0, first);
    cycle.add(first);
    StringBuilder sb = new StringBuilder();
    int n = cycle.size();
    for (int i = 0; i < n; i++) {
      if (n > EXCERPT + 1 && i == EXCERPT - 1) {
        sb.append(" -> ... (").append(n - EXCERPT - 1).append(" more)");
        i = n - 3; // then the last two: the one before the start, and the start again
        continue;
      }
      sb.append(i == 0 ? "" : " -> ").append(cycle.get(i));
    }
    String message = "is in a cycle of " + field + ": " + sb;
    if (component.size() > n - 1) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < Math.min(EXCERPT, component.size()); i++) {
        all.append(i == 0 ? "" : ", ").append(component.get(i));
      }
      if (component.size() > EXCERPT) {
        all.append(" and ").append(component.size() - EXCERPT).append(" more");
      }
      message += " (" + component.size() + " " + kind.label() + " entries are on cycles"
          + " through each other: " + all + ")";
    }
    add(kind, first.toString(), field, message + "; break the cycle");
  }

  private static <T, K> java.util.Iterator<K> successors(
      Map<K, T> byId, K node, Function<T, Set<K>> next) {
    T v = byId.get(node);
    if (v == null) {
      return java.util.Collections.emptyIterator();
    }
    List<K> out = new ArrayList<>();
    for (K k : next.apply(v)) {
      if (byId.containsKey(k)) {
        out.add(k);
      }
    }
    return out.iterator();
  }
}
