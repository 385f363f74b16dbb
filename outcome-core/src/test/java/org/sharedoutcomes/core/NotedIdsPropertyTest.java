package org.sharedoutcomes.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code build()} indexes an entity list from the ids the builder noted as they were added
 * ({@code IdTrack}) when they came in strictly ascending order, and from the entities
 * otherwise; the two must give the same model, or the same problems, for any sequence of
 * additions, removals and replacements. Each seed builds one sequence of operations twice: as
 * given, and on a builder whose notes were dropped first (an entity of each kind added and
 * removed), and compares the outcomes. Ids come from a small pool, so that duplicates,
 * out-of-order additions and dangling references all occur; about half the seeds add every
 * list in id order without duplicates, where the note must be used.
 */
class NotedIdsPropertyTest {
  private static final Set<EntityKind> NOTED = EnumSet.of(EntityKind.AGENCY,
      EntityKind.PERSON, EntityKind.OUTCOME, EntityKind.COMMITMENT, EntityKind.INDICATOR,
      EntityKind.AGREEMENT, EntityKind.CONFLICT);

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** The ids {@code prefix0 … prefix(n-1)}, zero-padded so that text order is number order. */
  private static List<String> ids(String prefix, int n) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      ids.add(String.format("%s%03d", prefix, i));
    }
    return ids;
  }

  /** Some of the pool, in order, or shuffled with a duplicate now and then. */
  private static List<String> pick(SplittableRandom r, List<String> pool, boolean ordered) {
    List<String> out = new ArrayList<>();
    for (String id : pool) {
      if (r.nextInt(3) != 0) {
        out.add(id);
      }
    }
    if (!ordered) {
      Collections.shuffle(out, new java.util.Random(r.nextLong()));
      if (!out.isEmpty() && r.nextBoolean()) {
        out.add(out.get(r.nextInt(out.size())));
      }
    }
    return out;
  }

  /** The operations of one seed, applied to a builder. */
  private static List<Consumer<OutcomeModel.Builder>> operations(long seed, boolean[] ordered) {
    SplittableRandom r = new SplittableRandom(seed);
    ordered[0] = r.nextBoolean();
    boolean inOrder = ordered[0];
    List<Consumer<OutcomeModel.Builder>> ops = new ArrayList<>();
    List<String> agencies = pick(r, ids("a", 1 + r.nextInt(8)), inOrder);
    List<String> outcomes = pick(r, ids("o", 1 + r.nextInt(8)), inOrder);
    List<String> commitments = pick(r, ids("c", 1 + r.nextInt(12)), inOrder);
    List<String> indicators = pick(r, ids("i", 1 + r.nextInt(6)), inOrder);
    List<String> persons = pick(r, ids("p", r.nextInt(4)), inOrder);
    for (String a : agencies) {
      ops.add(b -> b.agency(a, "Agency " + a, AgencyKind.DEPARTMENT, GovernmentLevel.NATIONAL));
    }
    for (String p : persons) {
      String agency = agencies.isEmpty() || r.nextInt(5) == 0 ? "nobody"
          : agencies.get(r.nextInt(agencies.size()));
      ops.add(b -> b.person(Person.of(p, "Person " + p, agency)));
    }
    for (String o : outcomes) {
      ops.add(b -> b.outcome(Outcome.of(o, "Outcome " + o, OutcomeLevel.OUTCOME)));
    }
    for (String c : commitments) {
      // a reference that may dangle: the pool holds more outcomes than were picked
      String serves = String.format("o%03d", r.nextInt(9));
      ops.add(b -> b.commitment(Commitment.builder(c, "Commitment " + c).serves(serves).build()));
      if (!agencies.isEmpty()) {
        String a = agencies.get(r.nextInt(agencies.size()));
        ops.add(b -> b.assign(AgencyId.of(a), Role.ACCOUNTABLE, CommitmentId.of(c)));
      }
    }
    for (String i : indicators) {
      String measures = String.format("c%03d", r.nextInt(13));
      ops.add(b -> b.indicator(Indicator.builder(i, "Indicator " + i).unit("%")
          .measures(CommitmentId.of(measures)).build()));
    }
    int changes = inOrder ? 0 : r.nextInt(4);
    for (int k = 0; k < changes; k++) {
      switch (r.nextInt(3)) {
        case 0 -> {
          String c = String.format("c%03d", r.nextInt(12));
          ops.add(b -> b.remove(CommitmentId.of(c)));
        }
        case 1 -> {
          String o = String.format("o%03d", r.nextInt(8));
          ops.add(b -> b.replace(Outcome.of(o, "Replaced " + o, OutcomeLevel.IMPACT)));
        }
        default -> {
          String a = String.format("a%03d", r.nextInt(8));
          ops.add(b -> b.agency(a, "Late " + a, AgencyKind.NGO, GovernmentLevel.LOCAL));
        }
      }
    }
    return ops;
  }

  /** The model built, or the problems found, as a comparable value. */
  private static Object outcome(OutcomeModel.Builder b) {
    try {
      return b.build();
    } catch (ModelValidationException e) {
      return e.problems();
    }
  }

  /** A builder whose every note was dropped: each list is indexed from its entities. */
  private static OutcomeModel.Builder withoutNotes() {
    OutcomeModel.Builder b = OutcomeModel.builder()
        .agency("zz", "Z", AgencyKind.NGO, GovernmentLevel.NATIONAL)
        .person(Person.of("zz", "Z", "zz"))
        .outcome(Outcome.of("zz", "Z", OutcomeLevel.OUTCOME))
        .commitment(Commitment.builder("zz", "Z").build())
        .indicator(Indicator.builder("zz", "Z").unit("%").build());
    for (String kind : List.of("a", "p", "o", "c", "i")) {
      b.remove(switch (kind) {
        case "a" -> AgencyId.of("zz");
        case "p" -> PersonId.of("zz");
        case "o" -> OutcomeId.of("zz");
        case "c" -> CommitmentId.of("zz");
        default -> IndicatorId.of("zz");
      });
    }
    return b;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theNotedIdsGiveTheModelOrProblemsTheEntitiesGive(long seed) {
    boolean[] ordered = new boolean[1];
    List<Consumer<OutcomeModel.Builder>> ops = operations(seed, ordered);
    OutcomeModel.Builder noted = OutcomeModel.builder();
    OutcomeModel.Builder plain = withoutNotes();
    for (Consumer<OutcomeModel.Builder> op : ops) {
      op.accept(noted);
      op.accept(plain);
    }
    for (EntityKind kind : List.of(EntityKind.AGENCY, EntityKind.OUTCOME,
        EntityKind.COMMITMENT, EntityKind.INDICATOR, EntityKind.PERSON)) {
      assertFalse(plain.tracked(kind), () -> "seed " + seed + ": " + kind + " still noted");
      if (ordered[0]) {
        assertTrue(noted.tracked(kind), () -> "seed " + seed + ": " + kind + " not noted");
      }
    }
    assertEquals(outcome(plain), outcome(noted), "seed " + seed);
  }

  @Test
  void aListAddedOutOfOrderOrWithADuplicateOrChangedIsIndexedFromItsEntities() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    for (EntityKind kind : NOTED) {
      assertTrue(b.tracked(kind), kind + " of an empty builder");
    }
    b.agency("a1", "A", AgencyKind.NGO, GovernmentLevel.NATIONAL)
        .agency("a2", "A", AgencyKind.NGO, GovernmentLevel.NATIONAL);
    assertTrue(b.tracked(EntityKind.AGENCY));
    b.agency("a2", "A again", AgencyKind.NGO, GovernmentLevel.NATIONAL); // a duplicate
    assertFalse(b.tracked(EntityKind.AGENCY));
    b.outcome(Outcome.of("o2", "O", OutcomeLevel.OUTCOME))
        .outcome(Outcome.of("o1", "O", OutcomeLevel.OUTCOME)); // out of order
    assertFalse(b.tracked(EntityKind.OUTCOME));
    b.commitment(Commitment.builder("c1", "C").build())
        .commitment(Commitment.builder("c2", "C").build());
    assertTrue(b.tracked(EntityKind.COMMITMENT));
    b.remove(CommitmentId.of("c9")); // removes nothing: the note still holds
    assertTrue(b.tracked(EntityKind.COMMITMENT));
    b.remove(CommitmentId.of("c1"));
    assertFalse(b.tracked(EntityKind.COMMITMENT));
    b.commitment(Commitment.builder("c3", "C").build()); // stays forgotten
    assertFalse(b.tracked(EntityKind.COMMITMENT));
    // a builder from a model holds its lists by addAll: indexed from the entities
    OutcomeModel m = OutcomeModel.builder()
        .agency("a1", "A", AgencyKind.NGO, GovernmentLevel.NATIONAL).build();
    OutcomeModel.Builder again = m.toBuilder()
        .agency("a2", "B", AgencyKind.NGO, GovernmentLevel.NATIONAL);
    assertFalse(again.tracked(EntityKind.AGENCY));
    assertEquals(2, again.build().agencies().size());
  }

  @Test
  void aListLargeEnoughToBeFilledInSlotOrderFindsEveryIdFromItsNote() {
    // 40,000 ids: past IdMap's threshold for filling the table in slot order
    OutcomeModel.Builder noted = OutcomeModel.builder();
    OutcomeModel.Builder plain = withoutNotes();
    for (int i = 0; i < 40_000; i++) {
      Commitment c = Commitment.builder(String.format("c%06d", i), "C").build();
      noted.commitment(c);
      plain.commitment(c);
    }
    assertTrue(noted.tracked(EntityKind.COMMITMENT));
    OutcomeModel m = noted.build();
    assertEquals(plain.build(), m);
    for (int i = 0; i < 40_000; i += 7) {
      CommitmentId id = CommitmentId.of(String.format("c%06d", i));
      assertEquals(id, m.commitment(id).orElseThrow().id());
    }
    assertTrue(m.commitment(CommitmentId.of("c040000")).isEmpty());
  }
}
