package org.sharedoutcomes.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the hand-written activity files of the tests. */
final class Fixtures {
  private Fixtures() {}

  static IatiResult read(String resource) {
    return read(IatiReader.standard(), resource);
  }

  static IatiResult read(IatiReader reader, String resource) {
    try (InputStream in = open(resource)) {
      return reader.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InputStream open(String resource) {
    InputStream in = Fixtures.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no test resource " + resource);
    }
    return in;
  }

  static IatiResult readString(String xml) {
    return IatiReader.standard().read(
        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "inline.xml");
  }

  /** One 2.03 activity around the given inner XML. */
  static String activity(String id, String inner) {
    return "<iati-activities version=\"2.03\"><iati-activity><iati-identifier>" + id
        + "</iati-identifier><title><narrative>T</narrative></title>" + inner
        + "</iati-activity></iati-activities>";
  }
}
