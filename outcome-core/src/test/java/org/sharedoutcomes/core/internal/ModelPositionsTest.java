package org.sharedoutcomes.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.ConflictId;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.RoleTarget;

/**
 * The positions the graph numbers vertices by: every element's id gives its own position in
 * its kind's list, an absent id -1, and each role's target position decodes to that role's
 * target. Random models with ids in shuffled insertion order, commitments and outcomes
 * interleaved in the roles' target order.
 */
class ModelPositionsTest {
  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /**
   * A random valid model with every kind of reference References keeps: agency parents (an
   * agency added earlier, so no cycle), persons' agencies, outcome parents, commitments'
   * outcomes and dependencies (on earlier commitments), indicators' commitments, outcomes and
   * data owners, roles of agencies and persons on commitments and outcomes. Ids are drawn at
   * random, so the model's order (by id) is not the order of adding.
   */
  private static OutcomeModel model(SplittableRandom r) {
    OutcomeModel.Builder b = OutcomeModel.builder();
    int agencies = 1 + r.nextInt(6);
    int persons = r.nextInt(4);
    int outcomes = r.nextInt(6);
    int commitments = r.nextInt(10);
    int indicators = r.nextInt(5);
    List<AgencyId> as = new java.util.ArrayList<>();
    for (int i = 0; i < agencies; i++) {
      AgencyId id = AgencyId.of("a" + r.nextInt(1000) + "-" + i);
      Agency.Builder a = Agency.builder(id, "Agency " + i, AgencyKind.DEPARTMENT,
          GovernmentLevel.NATIONAL);
      if (!as.isEmpty() && r.nextBoolean()) {
        a.parent(as.get(r.nextInt(as.size())));
      }
      b.agency(a.build());
      as.add(id);
    }
    List<PartyId> parties = new java.util.ArrayList<>(as);
    for (int i = 0; i < persons; i++) {
      Person p = Person.of("p" + r.nextInt(1000) + "-" + i, "Person " + i,
          as.get(r.nextInt(as.size())).value());
      b.person(p);
      parties.add(p.id());
    }
    List<OutcomeId> os = new java.util.ArrayList<>();
    List<RoleTarget> targets = new java.util.ArrayList<>();
    for (int i = 0; i < outcomes; i++) {
      // ids that sort among the commitments' ids, so the roles' targets interleave
      OutcomeId id = OutcomeId.of("x" + r.nextInt(1000) + "-o" + i);
      Outcome.Builder o = Outcome.builder(id, "Outcome " + i, OutcomeLevel.OUTCOME);
      for (int k = r.nextInt(3); k > 0 && !os.isEmpty(); k--) {
        o.parents(os.get(r.nextInt(os.size())));
      }
      b.outcome(o.build());
      os.add(id);
      targets.add(id);
    }
    List<CommitmentId> cs = new java.util.ArrayList<>();
    for (int i = 0; i < commitments; i++) {
      CommitmentId id = CommitmentId.of("x" + r.nextInt(1000) + "-c" + i);
      Commitment.Builder c = Commitment.builder(id, "Commitment " + i);
      for (int k = r.nextInt(3); k > 0 && !os.isEmpty(); k--) {
        c.serves(os.get(r.nextInt(os.size())));
      }
      for (int k = r.nextInt(3); k > 0 && !cs.isEmpty(); k--) {
        c.dependsOn(cs.get(r.nextInt(cs.size())));
      }
      b.commitment(c.build());
      cs.add(id);
      targets.add(id);
    }
    for (int i = 0; i < indicators && !(cs.isEmpty() && os.isEmpty()); i++) {
      Indicator.Builder ind = Indicator.builder("i" + r.nextInt(1000) + "-" + i, "Indicator");
      for (int k = 1 + r.nextInt(2); k > 0 && !cs.isEmpty(); k--) {
        ind.measures(cs.get(r.nextInt(cs.size())));
      }
      for (int k = r.nextInt(3); k > 0 && !os.isEmpty(); k--) {
        ind.measures(os.get(r.nextInt(os.size())));
      }
      if (r.nextBoolean()) {
        ind.dataOwner(as.get(r.nextInt(as.size())));
      }
      b.indicator(ind.build());
    }
    int roles = targets.isEmpty() ? 0 : r.nextInt(25);
    List<Role> kinds = Role.builtIns();
    java.util.Set<RoleAssignment> given = new java.util.HashSet<>();
    for (int i = 0; i < roles; i++) {
      // built-in roles, the same roles made afresh (equal, not the constants), and roles of
      // the model's own
      int pick = r.nextInt(kinds.size() + 2);
      Role role = pick < kinds.size() ? kinds.get(pick)
          : pick == kinds.size() ? new Role(kinds.get(r.nextInt(kinds.size())).id())
          : Role.of("OWN_" + r.nextInt(3));
      RoleAssignment a = RoleAssignment.of(parties.get(r.nextInt(parties.size())), role,
          targets.get(r.nextInt(targets.size())));
      if (given.add(a)) { // the same assignment twice is a validation problem
        b.role(a);
      }
    }
    return b.build();
  }

  private static <T> void assertList(List<T> want, References.Lists lists, int i,
      List<T> of, String what) {
    List<T> got = new java.util.ArrayList<>();
    for (int k = lists.from(i); k < lists.to(i); k++) {
      got.add(of.get(lists.at(k)));
    }
    assertEquals(want, got, what);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void theReferencesKeptAreThePositionsOfWhatEachElementRefersTo(long seed) {
    OutcomeModel m = model(new SplittableRandom(seed));
    References refs = ModelPositions.references(m);
    List<AgencyId> agencyIds = m.agencies().stream().map(Agency::id).toList();
    List<OutcomeId> outcomeIds = m.outcomes().stream().map(Outcome::id).toList();
    List<CommitmentId> commitmentIds = m.commitments().stream().map(Commitment::id).toList();
    String at = "seed " + seed;
    assertEquals(m.agencies().size(), refs.agencyParent().length, at);
    for (int p = 0; p < m.agencies().size(); p++) {
      int parent = refs.agencyParent()[p];
      assertEquals(m.agencies().get(p).parent(),
          parent == References.NONE ? java.util.Optional.empty()
              : java.util.Optional.of(agencyIds.get(parent)), at + ", agency " + p);
    }
    assertEquals(m.persons().size(), refs.personAgency().length, at);
    for (int p = 0; p < m.persons().size(); p++) {
      assertEquals(m.persons().get(p).agency(), agencyIds.get(refs.personAgency()[p]), at);
    }
    for (int p = 0; p < m.outcomes().size(); p++) {
      assertList(List.copyOf(m.outcomes().get(p).parents()), refs.outcomeParents(), p,
          outcomeIds, at + ", parents of outcome " + p);
    }
    for (int p = 0; p < m.commitments().size(); p++) {
      Commitment c = m.commitments().get(p);
      assertList(List.copyOf(c.outcomes()), refs.commitmentOutcomes(), p, outcomeIds,
          at + ", outcomes of commitment " + p);
      assertList(List.copyOf(c.dependsOn()), refs.commitmentDependsOn(), p, commitmentIds,
          at + ", dependencies of commitment " + p);
    }
    assertEquals(m.indicators().size(), refs.indicatorDataOwner().length, at);
    for (int p = 0; p < m.indicators().size(); p++) {
      Indicator ind = m.indicators().get(p);
      assertList(List.copyOf(ind.commitments()), refs.indicatorCommitments(), p,
          commitmentIds, at + ", commitments of indicator " + p);
      assertList(List.copyOf(ind.outcomes()), refs.indicatorOutcomes(), p, outcomeIds,
          at + ", outcomes of indicator " + p);
      int owner = refs.indicatorDataOwner()[p];
      assertEquals(ind.dataOwner(), owner == References.NONE ? java.util.Optional.empty()
          : java.util.Optional.of(agencyIds.get(owner)), at + ", owner of indicator " + p);
    }
    assertEquals(m.roles().size(), refs.roleParty().length, at);
    for (int i = 0; i < m.roles().size(); i++) {
      int party = refs.roleParty()[i];
      PartyId want = m.roles().get(i).party();
      PartyId got = party >= 0 ? agencyIds.get(party) : m.persons().get(-party - 1).id();
      assertEquals(want, got, at + ", party of role " + i);
      // the built-in index names the very constant the role holds; -1 for any other role
      int k = refs.roleBuiltIn()[i];
      Role role = m.roles().get(i).role();
      boolean constant = Role.builtIns().stream().anyMatch(c -> c == role);
      assertEquals(constant, k >= 0, at + ", built-in index of role " + i);
      if (k >= 0) {
        assertSame(Role.builtIns().get(k), role, at + ", role " + i);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void everyIdGivesItsPositionAndEveryRoleItsTarget(long seed) {
    OutcomeModel m = model(new SplittableRandom(seed));
    for (int p = 0; p < m.agencies().size(); p++) {
      assertEquals(p, ModelPositions.indexOf(m, m.agencies().get(p).id()), "seed " + seed);
    }
    for (int p = 0; p < m.persons().size(); p++) {
      assertEquals(p, ModelPositions.indexOf(m, m.persons().get(p).id()), "seed " + seed);
    }
    for (int p = 0; p < m.commitments().size(); p++) {
      // an equal id, not the model's own instance
      CommitmentId id = CommitmentId.of(m.commitments().get(p).id().value());
      assertEquals(p, ModelPositions.indexOf(m, id), "seed " + seed);
    }
    for (int p = 0; p < m.outcomes().size(); p++) {
      assertEquals(p, ModelPositions.indexOf(m, m.outcomes().get(p).id()), "seed " + seed);
    }
    for (int p = 0; p < m.indicators().size(); p++) {
      assertEquals(p, ModelPositions.indexOf(m, m.indicators().get(p).id()), "seed " + seed);
    }
    int[] t = ModelPositions.references(m).roleTarget();
    assertEquals(m.roles().size(), t.length, "seed " + seed);
    for (int i = 0; i < t.length; i++) {
      RoleTarget want = m.roles().get(i).target();
      RoleTarget got = t[i] >= 0 ? m.commitments().get(t[i]).id()
          : m.outcomes().get(-t[i] - 1).id();
      assertEquals(want, got, "seed " + seed + ", role " + i);
    }
  }

  @Test
  void anAbsentIdOrAKindWithoutPositionsIsMinusOne() {
    OutcomeModel m = OutcomeModel.builder()
        .agency(Agency.of("a", "A", AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL))
        .outcome(Outcome.of("a", "Same text as the agency's id", OutcomeLevel.IMPACT))
        .build();
    assertEquals(0, ModelPositions.indexOf(m, AgencyId.of("a")));
    assertEquals(0, ModelPositions.indexOf(m, OutcomeId.of("a")));
    // the same text in a kind the model has none of
    assertEquals(-1, ModelPositions.indexOf(m, CommitmentId.of("a")));
    assertEquals(-1, ModelPositions.indexOf(m, PersonId.of("a")));
    assertEquals(-1, ModelPositions.indexOf(m, IndicatorId.of("a")));
    assertEquals(-1, ModelPositions.indexOf(m, ConflictId.of("a")));
    assertEquals(-1, ModelPositions.indexOf(m, AgencyId.of("b")));
    assertEquals(0, ModelPositions.references(m).roleTarget().length);
  }

  @Test
  void registersOnce() {
    ModelPositions.indexOf(OutcomeModel.empty(), AgencyId.of("a"));
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> ModelPositions.register(new ModelPositions.Access() {
          @Override
          public int indexOf(OutcomeModel model, org.sharedoutcomes.core.EntityId id) {
            return 0;
          }

          @Override
          public References references(OutcomeModel model) {
            return References.empty();
          }
        }));
    assertEquals("model positions are registered already", e.getMessage());
  }
}
