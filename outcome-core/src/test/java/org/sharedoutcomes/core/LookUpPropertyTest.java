package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The model's look-ups, each built on its own first use from position arrays, against a
 * plain computation over the model's lists (what a map of lists per key would give), on
 * random models; and in every order of first use.
 */
class LookUpPropertyTest {
  private static final Role[] ROLES = {Role.ACCOUNTABLE, Role.RESPONSIBLE, Role.CONTRIBUTOR,
      Role.DELIVERY_UNIT, Role.FUNDER, Role.INFORMED};
  private static final ContributionKind[] KINDS = {ContributionKind.FUNDING,
      ContributionKind.STAFF, ContributionKind.IN_KIND};

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** A random valid model: acyclic parents and dependencies, every reference known. */
  static OutcomeModel randomModel(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    OutcomeModel.Builder b = OutcomeModel.builder();
    int na = 1 + r.nextInt(8);
    List<AgencyId> agencies = new ArrayList<>();
    for (int i = 0; i < na; i++) {
      AgencyId id = AgencyId.of("a" + r.nextInt(1000) + "-" + i);
      agencies.add(id);
      AgencyKind kind = r.nextInt(6) == 0 ? AgencyKind.CENTRAL_AGENCY : AgencyKind.DEPARTMENT;
      b.agency(Agency.builder(id, "Agency " + i, kind, GovernmentLevel.NATIONAL).build());
    }
    List<PartyId> parties = new ArrayList<>(agencies);
    int np = r.nextInt(5);
    for (int i = 0; i < np; i++) {
      PersonId id = PersonId.of("p" + r.nextInt(1000) + "-" + i);
      parties.add(id);
      b.person(Person.builder(id, "Person " + i, agencies.get(r.nextInt(na))).build());
    }
    int no = 1 + r.nextInt(6);
    List<OutcomeId> outcomes = new ArrayList<>();
    for (int i = 0; i < no; i++) {
      OutcomeId id = OutcomeId.of("o" + r.nextInt(1000) + "-" + i);
      Outcome.Builder ob = Outcome.builder(id, "Outcome " + i, OutcomeLevel.OUTCOME);
      if (i > 0 && r.nextBoolean()) {
        ob.parents(outcomes.get(r.nextInt(i)));
      }
      outcomes.add(id);
      b.outcome(ob.build());
    }
    int nc = r.nextInt(12);
    List<CommitmentId> commitments = new ArrayList<>();
    for (int i = 0; i < nc; i++) {
      // the same text as an outcome now and then: targets of two kinds share an id text
      CommitmentId id = r.nextInt(8) == 0 ? CommitmentId.of(outcomes.get(0).value())
          : CommitmentId.of("c" + r.nextInt(1000) + "-" + i);
      if (commitments.contains(id)) {
        continue;
      }
      Commitment.Builder cb = Commitment.builder(id, "Commitment " + i);
      cb.serves(outcomes.get(r.nextInt(no)));
      if (r.nextBoolean()) {
        cb.serves(outcomes.get(r.nextInt(no)));
      }
      if (!commitments.isEmpty() && r.nextInt(3) == 0) {
        cb.dependsOn(commitments.get(r.nextInt(commitments.size())));
      }
      commitments.add(id);
      b.commitment(cb.build());
    }
    List<RoleTarget> targets = new ArrayList<>(commitments);
    targets.addAll(outcomes);
    Set<List<Object>> given = new HashSet<>();
    int nr = r.nextInt(30);
    for (int i = 0; i < nr; i++) {
      PartyId party = parties.get(r.nextInt(parties.size()));
      Role role = ROLES[r.nextInt(ROLES.length)];
      RoleTarget target = targets.get(r.nextInt(targets.size()));
      if (given.add(List.of(party, role, target))) {
        b.assign(party, role, target);
      }
    }
    int ni = r.nextInt(6);
    for (int i = 0; i < ni; i++) {
      Indicator.Builder ib = Indicator.builder(IndicatorId.of("i" + i), "Indicator " + i);
      if (!commitments.isEmpty() && r.nextBoolean()) {
        ib.measures(commitments.get(r.nextInt(commitments.size())));
      }
      if (r.nextBoolean()) {
        ib.measures(outcomes.get(r.nextInt(no)));
      }
      b.indicator(ib.build());
    }
    for (int i = 0; i < r.nextInt(6) && !commitments.isEmpty(); i++) {
      b.assessment(DeliveryAssessment.of(commitments.get(r.nextInt(commitments.size())),
          LocalDate.of(2025, 1, 1).plusDays(i * 7L), Rating.AMBER, "why " + i));
    }
    for (int i = 0; i < r.nextInt(5) && !commitments.isEmpty() && na > 1; i++) {
      int from = r.nextInt(na);
      int to = (from + 1 + r.nextInt(na - 1)) % na;
      b.intervention(Intervention.of(agencies.get(from), agencies.get(to),
          commitments.get(r.nextInt(commitments.size())), InterventionKind.SUPPORT,
          LocalDate.of(2025, 2, 1).plusDays(i), "note " + i));
    }
    for (int i = 0; i < r.nextInt(6); i++) {
      b.contribution(Contribution.of(parties.get(r.nextInt(parties.size())),
          targets.get(r.nextInt(targets.size())), KINDS[r.nextInt(KINDS.length)],
          BigDecimal.valueOf(r.nextInt(1000)), "CAD"));
    }
    return b.build();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyLookUpEqualsAPlainComputation(long seed) {
    OutcomeModel m = randomModel(seed);
    // first use in a random order: no index may depend on another having been built
    List<Runnable> checks = new ArrayList<>(checks(m, seed));
    Collections.shuffle(checks, new java.util.Random(seed));
    checks.forEach(Runnable::run);
  }

  private static List<Runnable> checks(OutcomeModel m, long seed) {
    String s = "seed " + seed;
    List<Runnable> out = new ArrayList<>();
    out.add(() -> {
      Set<AgencyId> centre = new TreeSet<>();
      m.agencies().stream().filter(Agency::isCentral).forEach(a -> centre.add(a.id()));
      m.roles().stream().filter(r -> r.role().equals(Role.DELIVERY_UNIT))
          .forEach(r -> centre.add(m.agencyOf(r.party())));
      assertEquals(List.copyOf(centre), List.copyOf(m.centre()), s + ": centre");
      for (Agency a : m.agencies()) {
        assertEquals(centre.contains(a.id()), m.isCentre(a.id()), s + ": isCentre " + a.id());
      }
    });
    out.add(() -> {
      for (PartyId p : allParties(m)) {
        assertEquals(m.roles().stream().filter(r -> r.party().equals(p)).toList(),
            m.rolesHeldBy(p), s + ": rolesHeldBy " + p);
        assertEquals(m.contributions().stream().filter(c -> c.party().equals(p)).toList(),
            m.contributionsOf(p), s + ": contributionsOf " + p);
      }
    });
    out.add(() -> {
      for (Agency a : m.agencies()) {
        List<Commitment> expected = m.commitments().stream()
            .filter(c -> m.roles().stream().anyMatch(r -> r.target().equals(c.id())
                && m.agencyOf(r.party()).equals(a.id())))
            .toList();
        assertEquals(expected, m.commitmentsOf(a.id()), s + ": commitmentsOf " + a.id());
        assertEquals(m.interventions().stream().filter(i -> i.to().equals(a.id())).toList(),
            m.interventionsTo(a.id()), s + ": interventionsTo " + a.id());
      }
    });
    out.add(() -> {
      for (Outcome o : m.outcomes()) {
        assertEquals(m.commitments().stream().filter(c -> c.outcomes().contains(o.id()))
            .toList(), m.commitmentsServing(o.id()), s + ": commitmentsServing " + o.id());
        assertEquals(m.outcomes().stream().filter(c -> c.parents().contains(o.id())).toList(),
            m.childrenOf(o.id()), s + ": childrenOf " + o.id());
        assertEquals(m.indicators().stream().filter(i -> i.outcomes().contains(o.id()))
            .toList(), m.indicatorsOf(o.id()), s + ": indicatorsOf " + o.id());
      }
    });
    out.add(() -> {
      for (Commitment c : m.commitments()) {
        assertEquals(m.commitments().stream().filter(d -> d.dependsOn().contains(c.id()))
            .toList(), m.dependentsOf(c.id()), s + ": dependentsOf " + c.id());
        assertEquals(m.indicators().stream().filter(i -> i.commitments().contains(c.id()))
            .toList(), m.indicatorsOf(c.id()), s + ": indicatorsOf " + c.id());
        assertEquals(m.assessments().stream().filter(a -> a.commitment().equals(c.id()))
            .toList(), m.assessmentsOf(c.id()), s + ": assessmentsOf " + c.id());
      }
    });
    out.add(() -> {
      List<RoleTarget> targets = new ArrayList<>();
      m.commitments().forEach(c -> targets.add(c.id()));
      m.outcomes().forEach(o -> targets.add(o.id()));
      for (RoleTarget t : targets) {
        assertEquals(m.contributions().stream().filter(c -> c.target().equals(t)).toList(),
            m.contributionsTo(t), s + ": contributionsTo " + t);
        assertEquals(m.roles().stream().filter(r -> r.target().equals(t)).toList(),
            m.rolesOn(t), s + ": rolesOn " + t);
        Set<AgencyId> on = new TreeSet<>();
        m.rolesOn(t).forEach(r -> on.add(m.agencyOf(r.party())));
        assertEquals(List.copyOf(on), List.copyOf(m.agenciesOn(t)), s + ": agenciesOn " + t);
        assertEquals(on, m.agenciesOn(t), s + ": agenciesOn as a set " + t);
        for (Role role : ROLES) {
          Set<PartyId> with = new LinkedHashSet<>();
          m.rolesOn(t).stream().filter(r -> r.role().equals(role)).forEach(r -> with.add(
              r.party()));
          assertEquals(List.copyOf(with), List.copyOf(m.partiesWith(role, t)),
              s + ": partiesWith " + role + " " + t);
        }
      }
    });
    return out;
  }

  private static List<PartyId> allParties(OutcomeModel m) {
    List<PartyId> out = new ArrayList<>();
    m.agencies().forEach(a -> out.add(a.id()));
    m.persons().forEach(p -> out.add(p.id()));
    return out;
  }

  @Test
  void unknownKeysHaveNothing() {
    OutcomeModel m = randomModel(7);
    AgencyId nobody = AgencyId.of("no-such-agency");
    CommitmentId none = CommitmentId.of("no-such-commitment");
    OutcomeId nowhere = OutcomeId.of("no-such-outcome");
    assertEquals(List.of(), m.rolesHeldBy(nobody));
    assertEquals(List.of(), m.rolesHeldBy(PersonId.of("no-such-person")));
    assertEquals(List.of(), m.commitmentsOf(nobody));
    assertEquals(List.of(), m.interventionsTo(nobody));
    assertEquals(List.of(), m.contributionsOf(nobody));
    assertEquals(List.of(), m.dependentsOf(none));
    assertEquals(List.of(), m.indicatorsOf(none));
    assertEquals(List.of(), m.assessmentsOf(none));
    assertEquals(List.of(), m.contributionsTo(none));
    assertEquals(List.of(), m.commitmentsServing(nowhere));
    assertEquals(List.of(), m.childrenOf(nowhere));
    assertEquals(List.of(), m.indicatorsOf(nowhere));
    assertEquals(Set.of(), m.agenciesOn(none));
    assertTrue(!m.isCentre(nobody), "an unknown agency is not in the centre");
  }

  @Test
  void theCentreAloneIsAnsweredOnAFreshModel() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Agency.of("pmdu", "Delivery Unit", AgencyKind.CENTRAL_AGENCY,
            GovernmentLevel.NATIONAL))
        .agency(Agency.of("esdc", "Employment", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .agency(Agency.of("fin", "Finance", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .person(Person.of("ana", "Ana", "fin"))
        .outcome(Outcome.of("poverty", "Fewer children in poverty", OutcomeLevel.IMPACT))
        .commitment(Commitment.builder("ccb", "Canada Child Benefit").serves("poverty").build())
        .assign(AgencyId.of("esdc"), Role.ACCOUNTABLE, CommitmentId.of("ccb"))
        .assign(PersonId.of("ana"), Role.DELIVERY_UNIT, CommitmentId.of("ccb"))
        .build();
    assertEquals(List.of(AgencyId.of("fin"), AgencyId.of("pmdu")), List.copyOf(m.centre()));
    assertTrue(m.isCentre(AgencyId.of("fin")), "a delivery unit through one of its people");
  }

  @Test
  void lookUpListsAreUnmodifiableViews() {
    int seen = 0;
    for (long seed = 0; seed < 40; seed++) {
      OutcomeModel m = randomModel(seed);
      for (Agency a : m.agencies()) {
        List<RoleAssignment> held = m.rolesHeldBy(a.id());
        if (held.isEmpty()) {
          continue;
        }
        seen++;
        assertThrows(UnsupportedOperationException.class, () -> held.remove(0), "seed " + seed);
        assertThrows(IndexOutOfBoundsException.class, () -> held.get(held.size()));
        assertEquals(List.copyOf(held), held, "seed " + seed);
        assertEquals(List.copyOf(held).hashCode(), held.hashCode(), "seed " + seed);
      }
    }
    assertTrue(seen > 0, "some agency holds a role in 40 random models");
  }
}
