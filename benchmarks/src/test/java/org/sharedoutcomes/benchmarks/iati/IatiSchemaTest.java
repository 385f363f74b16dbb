package org.sharedoutcomes.benchmarks.iati;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/**
 * The generated files are valid IATI 2.03: checked against the activity schema of
 * {@code IATI/IATI-Schemas} (branch {@code version-2.03}, CC BY 4.0; see {@code NOTICE.md} beside
 * the schema files in the test resources).
 */
class IatiSchemaTest {
  @TempDir
  Path dir;

  private static Validator validator() throws Exception {
    URL xsd = IatiSchemaTest.class.getResource("iati-activities-schema.xsd");
    assertNotNull(xsd, "the schema is a test resource");
    Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    return schema.newValidator();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, IatiFiles.DEFAULT_SEED})
  void generatedFilesAreValidAgainstTheIati203ActivitySchema(long seed) throws Exception {
    IatiFiles.Generated g = IatiFiles.write(dir.resolve("a.xml"), 256 * 1024, seed);
    Validator v = validator();
    assertDoesNotThrow(() -> v.validate(new StreamSource(g.file().toFile())));
    assertTrue(g.counts().activities() > 20, g.counts().line());
  }

  @Test
  void theSchemaCheckRejectsAFileWithoutTheRequiredValueDate() throws Exception {
    IatiFiles.Generated g = IatiFiles.write(dir.resolve("a.xml"), 64 * 1024, 1);
    String text = Files.readString(g.file(), StandardCharsets.UTF_8);
    Path broken = dir.resolve("b.xml");
    Files.writeString(broken, text.replaceFirst(" value-date=\"[0-9-]+\"", ""),
        StandardCharsets.UTF_8);
    Validator v = validator();
    SAXParseException e = assertThrows(SAXParseException.class,
        () -> v.validate(new StreamSource(broken.toFile())));
    assertTrue(e.getMessage().contains("value-date"), e.getMessage());
  }
}
