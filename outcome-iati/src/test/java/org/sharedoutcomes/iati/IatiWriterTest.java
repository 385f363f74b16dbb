package org.sharedoutcomes.iati;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * {@link IatiWriter}: what it writes is valid against the IATI 2.03 activity schema (vendored
 * from IATI/IATI-Schemas, CC BY 4.0, see {@code schema/NOTICE.md}) and reads back to the same
 * results part.
 */
class IatiWriterTest {
  private static Validator validator() throws Exception {
    URL xsd = IatiWriterTest.class.getResource("schema/iati-activities-schema.xsd");
    assertNotNull(xsd, "the schema is a test resource");
    return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd)
        .newValidator();
  }

  @ParameterizedTest
  @ValueSource(strings = {"rich-203.xml", "activities-203.xml", "activities-105.xml"})
  void whatItWritesIsValidIati203AndReadsBackToTheSameResults(String fixture)
      throws Exception {
    OutcomeModel m = Fixtures.read(fixture).model();
    String xml = IatiWriter.standard().write(m);
    assertTrue(!m.commitments().isEmpty() && !m.indicators().isEmpty(), fixture);
    assertEquals(m.indicators().size(), xml.split("<indicator ", -1).length - 1, xml);
    Validator v = validator();
    assertDoesNotThrow(() -> v.validate(new StreamSource(new StringReader(xml))), xml);

    IatiResult back = IatiReader.standard().read(
        new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "written.xml");
    OutcomeModel n = back.model();
    assertEquals(0, back.report().malformedCount(), back.report().summary());
    assertEquals(m.commitments().stream().map(IatiWriterTest::activityPart).toList(),
        n.commitments().stream().map(IatiWriterTest::activityPart).toList());
    // every indicator, with its baselines, targets and measurements
    assertEquals(m.indicators().stream().map(i -> resultPart(m, i)).toList(),
        n.indicators().stream().map(i -> resultPart(n, i)).toList());
    // the outcomes that have an indicator (a result needs one in the schema)
    assertEquals(withIndicators(m), withIndicators(n));
    assertEquals(m.roles().stream().filter(r -> IatiCodes.ORGANISATION_ROLE.toIati(r.role())
        .isPresent()).toList(), n.roles());
  }

  private static String activityPart(Commitment c) {
    return String.join("|", c.id().value(), c.title(), c.description(), "" + c.madeBy(),
        "" + c.madeOn(), "" + c.due(), "" + c.status(), "" + c.milestones(),
        "" + c.attributes().get("iati:activity-status"));
  }

  private static String resultPart(OutcomeModel m, Indicator i) {
    return String.join("|", i.id().value(), i.name(), "" + i.measureType(),
        "" + i.direction(), "" + i.baselines(), "" + i.targets(), "" + i.commitments(),
        "" + i.outcomes(), "" + m.measurements(i.id()).asList());
  }

  private static List<String> withIndicators(OutcomeModel m) {
    return m.outcomes().stream().filter(o -> !m.indicatorsOf(o.id()).isEmpty())
        .map(o -> o.id().value() + "|" + o.statement() + "|" + o.level())
        .collect(Collectors.toList());
  }

  @Test
  void aCommitmentWithoutStatusIsRefusedByName() {
    OutcomeModel m = Fixtures.read("rich-203.xml").model();
    Commitment first = m.commitments().get(0);
    OutcomeModel.Builder b = OutcomeModel.builder();
    m.agencies().forEach(b::agency);
    b.commitment(Commitment.builder(first.id(), first.title()).madeOn(first.madeOn())
        .madeBy(first.madeBy()).build());
    OutcomeModel noStatus = b.build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IatiWriter.standard().write(noStatus));
    assertTrue(e.getMessage().contains("commitment '" + first.id().value() + "' has no status"),
        e.getMessage());
  }

  @Test
  void aBadLanguageIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> IatiWriter.language("english"));
    assertTrue(IatiWriter.language("FR").write(OutcomeModel.empty())
        .contains("<iati-activities version=\"2.03\">"));
  }
}
