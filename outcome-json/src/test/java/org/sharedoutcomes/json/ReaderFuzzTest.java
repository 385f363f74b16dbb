package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * Fuzzes the reader. Under {@code mvn verify} it runs in regression mode over the committed
 * seeds in {@code src/test/resources/org/sharedoutcomes/json/ReaderFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for the given duration.
 */
class ReaderFuzzTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({"\"format\"", "\"sharedoutcomes/1\"", "\"agencies\"", "\"persons\"",
      "\"outcomes\"", "\"commitments\"", "\"roles\"", "\"indicators\"", "\"measurements\"",
      "\"assessments\"", "\"interventions\"", "\"agreements\"", "\"conflicts\"", "\"id\"",
      "\"name\"", "\"kind\"", "\"level\"", "\"agency\"", "\"person\"", "\"commitment\"",
      "\"outcome\"", "\"role\"", "\"rows\"", "\"indicator\"", "\"attributes\"", "\"parent\"",
      "\"dependsOn\"", "\"parents\"", "\"viewer\"", "\"withheld\"", "\"2020-01-31\"",
      "\"DEPARTMENT\"", "\"NATIONAL\"", "\"ACCOUNTABLE\"", "\"RANGE\"", "\"PROVISIONAL\""})
  void anyInputGivesAModelOrAFormatException(byte[] input) {
    OutcomeModel fromStream = null;
    try {
      fromStream = JSON.read(new ByteArrayInputStream(input));
      assertTrue(fromStream.measurementCount() >= 0);
    } catch (OutcomeFormatException e) {
      assertFalse(e.reason().isBlank(), "a format error must say what is wrong");
    }
    // the same bytes read in place (a different parser path) give the same answer
    try {
      OutcomeModel inPlace = JSON.read(input);
      assertEquals(fromStream, inPlace, "read in place gave a model, from a stream it failed");
    } catch (OutcomeFormatException e) {
      assertNull(fromStream, "read in place failed (" + e.reason() + "), from a stream not");
    }
  }
}
