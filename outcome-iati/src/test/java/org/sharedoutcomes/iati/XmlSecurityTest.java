package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad and hostile XML gives a located {@link IatiFormatException}. */
class XmlSecurityTest {
  private static IatiFormatException fails(String xml) {
    return assertThrows(IatiFormatException.class, () -> IatiReader.standard().read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bad.xml"));
  }

  @Test
  void anExternalEntityIsRefused(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET");
    IatiFormatException e = fails("<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \""
        + secret.toUri() + "\">]><iati-activities><iati-activity><iati-identifier>&x;"
        + "</iati-identifier></iati-activity></iati-activities>");
    assertTrue(e.reason().contains("DTD"), e.getMessage());
    assertTrue(!e.getMessage().contains("TOP-SECRET"));
  }

  @Test
  void entityExpansionIsRefused() {
    IatiFormatException e = fails("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
        + "<iati-activities><iati-activity><iati-identifier>&lol2;</iati-identifier>"
        + "</iati-activity></iati-activities>");
    assertTrue(e.reason().contains("DTD"), e.getMessage());
  }

  @Test
  void anUndeclaredEntityIsALocatedError() {
    IatiFormatException e = fails("<iati-activities>\n<iati-activity><iati-identifier>&nope;"
        + "</iati-identifier></iati-activity></iati-activities>");
    assertEquals(2, e.line());
    assertEquals("bad.xml", e.source());
  }

  @Test
  void notWellFormedXmlIsALocatedError() {
    IatiFormatException e = fails("<iati-activities version=\"2.03\">\n<iati-activity>\n"
        + "<iati-identifier>A</iati-identifer>\n</iati-activity></iati-activities>");
    assertEquals(3, e.line());
    assertTrue(e.getMessage().startsWith("bad.xml:3:"), e.getMessage());
    assertTrue(e.reason().startsWith("not well-formed XML"), e.reason());
  }

  @Test
  void aRootThatIsNotIatiIsRefused() {
    IatiFormatException e = fails("<html><body/></html>");
    assertTrue(e.reason().contains("<html>"), e.reason());
  }

  @Test
  void anEmptyInputIsALocatedError() {
    IatiFormatException e = fails("");
    assertEquals("bad.xml", e.source());
  }

  @Test
  void anErrorAfterSomeActivitiesLetsTheStreamYieldTheFirstOnes() {
    String xml = "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>A"
        + "</iati-identifier></iati-activity><iati-activity><oops></iati-activity>";
    try (IatiActivities s = IatiReader.standard().open(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "half.xml")) {
      assertEquals("A", s.next().identifier());
      assertThrows(IatiFormatException.class, s::hasNext);
    }
  }
}
