package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.OutcomeModel;
import tools.jackson.databind.json.JsonMapper;

class ReadmeExampleTest {
  private static String example() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```json\n") + "```json\n".length();
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theReadmeExampleIsACanonicalDocumentOnceWhiteSpaceIsRemoved() throws Exception {
    String example = example();
    OutcomeModel model = OutcomeJson.standard().read(example);
    String compact = JsonMapper.builder().build().readTree(example).toString();
    assertEquals(compact, OutcomeJson.standard().write(model));
  }
}
