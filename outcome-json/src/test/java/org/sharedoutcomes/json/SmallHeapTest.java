package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * The memory attacks of issue 15 at {@code -Xmx256m}: surefire runs this class alone in its
 * own JVM with that heap (the {@code small-heap} execution, which sets {@code
 * sharedoutcomes.smallHeap}; elsewhere the class is skipped); the documents are streamed as
 * they are generated, so the heap holds the reader's work only. Each document within the
 * default limits reads; each beyond them fails with an {@link OutcomeFormatException}, never
 * an {@link OutOfMemoryError}.
 */
@EnabledIfSystemProperty(named = "sharedoutcomes.smallHeap", matches = "true")
class SmallHeapTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();

  private static OutcomeFormatException failure(HostileDocuments.Doc doc) {
    return assertThrows(OutcomeFormatException.class, () -> JSON.read(doc.stream()));
  }

  @Test
  void runsInASmallHeap() {
    assertTrue(Runtime.getRuntime().maxMemory() <= 300L << 20,
        "run by the small-heap execution at -Xmx256m, was "
            + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
  }

  @Test
  void threeThousandInterlockedCyclesFailWithAMessageUnderAHundredKilobytes() {
    OutcomeFormatException e = failure(HostileDocuments.cycles(3000));
    assertTrue(e.getMessage().length() < 100_000, () -> e.getMessage().length() + " chars");
  }

  @Test
  void aMillionDanglingReferencesFailAtTheItemLimit() {
    OutcomeFormatException e = failure(HostileDocuments.dangling(1_000_000));
    assertTrue(e.reason().contains("JsonLimits.maxEntities"), e.reason());
    assertTrue(e.getMessage().length() < 1000, e::getMessage);
  }

  @Test
  void aMillionDanglingReferencesUnderARaisedLimitFailValidationWithABoundedMessage() {
    OutcomeJson raised = OutcomeJson.builder()
        .limits(JsonLimits.DEFAULT.withMaxEntities(2_000_000)).build();
    OutcomeFormatException e = assertThrows(OutcomeFormatException.class,
        () -> raised.read(HostileDocuments.dangling(1_000_000).stream()));
    assertEquals(1_000_000, e.problemCount());
    assertTrue(e.getMessage().length() < 100_000, () -> e.getMessage().length() + " chars");
  }

  @Test
  void twoMillionPlainRowsReadWithinTheDefaultLimits() {
    OutcomeModel m = JSON.read(HostileDocuments.rows(2_000_000, false).stream());
    assertEquals(2_000_000, m.measurementCount());
  }

  @Test
  void oneRowMoreThanTheLimitFails() {
    OutcomeFormatException e = failure(HostileDocuments.rows(2_000_001, false));
    assertTrue(e.reason().contains("JsonLimits.maxMeasurements"), e.reason());
  }

  @Test
  void rowsWithDimensionsUpToTheItemLimitRead() {
    OutcomeModel m = JSON.read(HostileDocuments.rows(124_000, true).stream());
    assertEquals(124_000, m.measurementCount());
  }

  @Test
  void rowsWithDimensionsBeyondTheItemLimitFailFast() {
    OutcomeFormatException e = failure(HostileDocuments.rows(1_000_000, true));
    assertTrue(e.reason().contains("JsonLimits.maxEntities"), e.reason());
  }

  @Test
  void smallEntitiesUpToTheItemLimitRead() {
    OutcomeModel m = JSON.read(HostileDocuments.smallEntities(166_000).stream());
    assertEquals(166_000, m.agencies().size());
  }

  @Test
  void entitiesWithLongUtf16NamesFillingTheDocumentLimitRead() {
    OutcomeModel m = JSON.read(HostileDocuments.smallEntities(166_000, 320).stream());
    assertEquals(166_000, m.agencies().size());
  }

  @Test
  void aDocumentLongerThanTheLimitFails() {
    OutcomeFormatException e = failure(HostileDocuments.smallEntities(100_000, 1000));
    assertTrue(e.reason().toLowerCase(java.util.Locale.ROOT).contains("length"), e.reason());
  }
}
