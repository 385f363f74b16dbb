package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;

/**
 * Fuzzes the reader with bytes: any input gives a result or an {@link IatiFormatException},
 * nothing else. Under {@code mvn verify} it runs in regression mode over the committed inputs
 * in {@code src/test/resources/org/sharedoutcomes/iati/ReaderFuzzTestInputs}; with
 * {@code JAZZER_FUZZ=1} it fuzzes for the given duration.
 */
class ReaderFuzzTest {
  private static final IatiReader READER =
      IatiReader.builder().maxTextLength(10_000).maxActivityCharacters(100_000).build();

  @FuzzTest(maxDuration = "10m")
  @DictionaryEntries({"<iati-activities", "<iati-activity>", "</iati-activity>",
      "<iati-identifier>", "</iati-identifier>", "<narrative", "xml:lang=\"fr\"", "<title>",
      "<participating-org", "ref=\"", "role=\"", "type=\"", "<result", "<indicator",
      "measure=\"", "ascending=\"", "<baseline", "year=\"", "value=\"", "<period>",
      "<period-start", "<period-end", "iso-date=\"", "<target", "<actual", "<dimension",
      "<location", "<transaction>", "<budget", "<related-activity", "<activity-date",
      "<activity-status", "code=\"", "version=\"2.03\"", "version=\"1.05\"", "<!DOCTYPE",
      "&amp;", "<![CDATA["})
  void anyInputGivesAResultOrAFormatException(byte[] input) {
    try {
      IatiResult r = READER.read(new ByteArrayInputStream(input), "fuzz.xml");
      assertEquals(r.model().commitments().size(), r.report().activitiesRead());
    } catch (IatiFormatException e) {
      assertFalse(e.reason().isBlank(), "a format error must say what is wrong");
      assertTrue(e.getMessage().startsWith("fuzz.xml"), e.getMessage());
    }
  }
}
