package org.sharedoutcomes.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.ModelValidationException;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * The core's side of issue 15: bounded problem lists and messages, a cycle reported once per
 * strongly connected component, and id look-ups that do not degrade under ids sharing one
 * {@link String#hashCode()}.
 */
class HostileModelTest {
  /** Ids of 2k characters, all of one String.hashCode ("Aa" and "BB" hash alike). */
  private static List<String> colliding(int bits) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < 1 << bits; k++) {
      StringBuilder sb = new StringBuilder();
      for (int b = bits - 1; b >= 0; b--) {
        sb.append(((k >>> b) & 1) != 0 ? "BB" : "Aa");
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void theCollidingIdsShareOneStringHashCode() {
    Set<Integer> hashes = new HashSet<>();
    colliding(10).forEach(s -> hashes.add(s.hashCode()));
    assertEquals(1, hashes.size());
  }

  @Test
  void idsSharingAStringHashCodeGetDifferentSeededHashes() {
    Set<Integer> hashes = new HashSet<>();
    colliding(10).forEach(s -> hashes.add(IdHash.of(s)));
    assertTrue(hashes.size() > 1000, hashes.size() + " distinct hashes of 1024");
  }

  @Test
  void theSeededHashOfCharactersEqualsThatOfTheirString() {
    String s = "child-poverty-rate";
    char[] c = ("xx" + s + "yy").toCharArray();
    assertEquals(IdHash.of(s), IdHash.of(c, 2, 2 + s.length()));
    // every length, so that both the four-character rounds and every tail are compared
    String text = "abcdefghijklmnopqrstuvwxyz\u00e9\u4e2d";
    char[] all = ("--" + text + "--").toCharArray();
    Set<Integer> distinct = new HashSet<>();
    for (int n = 0; n <= text.length(); n++) {
      assertEquals(IdHash.of(text.substring(0, n)), IdHash.of(all, 2, 2 + n), "length " + n);
      distinct.add(IdHash.of(text.substring(0, n)));
    }
    assertEquals(text.length() + 1, distinct.size(), "each prefix its own hash");
  }

  @Test
  void anIdMapOfCollidingIdsFindsEveryKey() {
    List<CommitmentId> keys = colliding(12).stream().sorted().map(CommitmentId::of).toList();
    IdMap<CommitmentId, Integer> m = IdMap.of(keys,
        java.util.stream.IntStream.range(0, keys.size()).boxed().toList());
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(i, m.indexOf(CommitmentId.of(keys.get(i).value())));
    }
    assertEquals(-1, m.indexOf(CommitmentId.of("AaAaAaAaAaAaAaAaAaAaAaAaBB")));
    assertTrue(m.seeded(), "colliding hash codes: the table falls back to seeded hashes");
  }

  @Test
  void aLargeIdMapOfCollidingIdsFindsEveryKey() {
    // 65,536 ids of one hash code: above IdMap.SORTED_FILL, so filled in slot order, plain
    // and then seeded
    List<CommitmentId> keys = colliding(16).stream().map(CommitmentId::of).toList();
    assertTrue(keys.size() >= IdMap.SORTED_FILL);
    IdMap<CommitmentId, Integer> m = IdMap.of(keys,
        java.util.stream.IntStream.range(0, keys.size()).boxed().toList());
    assertTrue(m.seeded(), "colliding hash codes: the table falls back to seeded hashes");
    for (int i = 0; i < keys.size(); i++) {
      assertEquals(i, m.indexOf(CommitmentId.of(keys.get(i).value())), "key " + i);
    }
    assertEquals(-1, m.indexOf(CommitmentId.of("AaAaAaAaAaAaAaAaAaAaAaAaAaAaAaAaBB")));
  }

  private static Commitment commitment(String id, String... deps) {
    Commitment.Builder b = Commitment.builder(id, "T");
    for (String d : deps) {
      b.dependsOn(d);
    }
    return b.build();
  }

  @Test
  void interlockedCyclesAreReportedOncePerComponent() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    int n = 500;
    for (int i = 0; i < n; i++) {
      String next = "c" + String.format("%03d", (i + 1) % n);
      b.commitment(i == 0 ? commitment("c000", next) : commitment(String.format("c%03d", i),
          "c000", next));
    }
    ModelValidationException e = assertThrows(ModelValidationException.class, b::build);
    assertEquals(1, e.totalProblems(), e.getMessage());
    assertTrue(e.getMessage().contains("c000 -> c001 -> c000"), e.getMessage());
    assertTrue(e.getMessage().contains("500 commitment entries are on cycles"), e.getMessage());
    assertTrue(e.getMessage().length() < 2000, e.getMessage());
  }

  @Test
  void aLongSimpleCycleIsReportedWithABoundedExcerpt() {
    OutcomeModel.Builder b = OutcomeModel.builder();
    int n = 1000;
    for (int i = 0; i < n; i++) {
      b.commitment(commitment(String.format("c%04d", i), String.format("c%04d", (i + 1) % n)));
    }
    ModelValidationException e = assertThrows(ModelValidationException.class, b::build);
    assertEquals(1, e.totalProblems());
    assertTrue(e.getMessage().contains("c0000 -> c0001"), e.getMessage());
    assertTrue(e.getMessage().contains("more)"), e.getMessage());
    assertTrue(e.getMessage().length() < 1000, e.getMessage());
  }

  @Test
  void separateComponentsAreReportedEach() {
    ModelValidationException e = assertThrows(ModelValidationException.class,
        () -> OutcomeModel.builder().commitment(commitment("a", "b"))
            .commitment(commitment("b", "a")).commitment(commitment("x", "y"))
            .commitment(commitment("y", "x")).build());
    assertEquals(2, e.totalProblems());
    assertEquals(List.of("a", "x"), e.problems().stream().map(p -> p.id().orElseThrow())
        .toList());
  }

  @Test
  void manyProblemsKeepTheFirstThousandAndCountTheRest() {
    Commitment.Builder c = Commitment.builder("c", "T");
    for (int i = 0; i < 5000; i++) {
      c.dependsOn(String.format("ghost-%05d", i));
    }
    ModelValidationException e = assertThrows(ModelValidationException.class,
        () -> OutcomeModel.builder().commitment(c.build()).build());
    assertEquals(5000, e.totalProblems());
    assertEquals(ModelValidationException.MAX_PROBLEMS, e.problems().size());
    assertTrue(e.problems().get(0).message().contains("ghost-00000"), e.problems()::toString);
    assertTrue(e.getMessage().endsWith("... and 4950 more"), e.getMessage());
  }

  @Test
  void theMessageCutsAnOverlongProblemLine() {
    assertEquals(ModelValidationException.LINE,
        ModelValidationException.line("x".repeat(10_000)).length());
  }
}
