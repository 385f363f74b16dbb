package org.sharedoutcomes.iati;

import static org.sharedoutcomes.iati.IatiCodeList.Use.BOTH;
import static org.sharedoutcomes.iati.IatiCodeList.Use.READ;
import static org.sharedoutcomes.iati.IatiCodeList.Use.WRITE;

import java.util.List;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.iati.IatiCodeList.Row;

/**
 * The IATI code lists the reader maps, one table each, read in both directions (see
 * {@link IatiCodeList}). Codes and labels are those of the IATI 2.03 code lists; the 1.0x text
 * codes are kept where 1.0x used text (organisation roles, activity date types).
 *
 * <p>Every code read keeps its raw value as an entity attribute too (for example
 * {@code iati:organisation-type=40}), so a many-to-one mapping such as Multilateral to
 * {@link AgencyKind#CROWN_ENTITY} loses nothing. Thread-safe (constants only).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class IatiCodes {
  private IatiCodes() {}

  /** The role IATI calls Extending (OrganisationRole 3); the core has no built-in for it. */
  public static final Role EXTENDING = Role.of("EXTENDING");

  /**
   * OrganisationType to {@link AgencyKind}. IATI has no code for a central agency or a client
   * group: they write as Government (10) and Partner Country based NGO (24). Multilaterals
   * (40) read as crown entities (arm's-length public bodies) at the international level (see
   * {@link #ORGANISATION_LEVEL}); foundations, academic bodies and Other read as NGOs; every
   * private-sector code reads as {@code PRIVATE}.
   */
  public static final IatiCodeList<AgencyKind> ORGANISATION_TYPE = new IatiCodeList<>(
      "OrganisationType", List.of(
          new Row<>("10", "", "Government", AgencyKind.DEPARTMENT, BOTH),
          new Row<>("10", "", "Government", AgencyKind.CENTRAL_AGENCY, WRITE),
          new Row<>("11", "", "Local Government", AgencyKind.MUNICIPALITY, BOTH),
          new Row<>("15", "", "Other Public Sector", AgencyKind.CROWN_ENTITY, BOTH),
          new Row<>("21", "", "International NGO", AgencyKind.NGO, READ),
          new Row<>("22", "", "National NGO", AgencyKind.NGO, BOTH),
          new Row<>("23", "", "Regional NGO", AgencyKind.NGO, READ),
          new Row<>("24", "", "Partner Country based NGO", AgencyKind.COMMUNITY_PROVIDER, BOTH),
          new Row<>("24", "", "Partner Country based NGO", AgencyKind.CLIENT_GROUP, WRITE),
          new Row<>("30", "", "Public Private Partnership", AgencyKind.PRIVATE, READ),
          new Row<>("40", "", "Multilateral", AgencyKind.CROWN_ENTITY, READ),
          new Row<>("60", "", "Foundation", AgencyKind.NGO, READ),
          new Row<>("70", "", "Private Sector", AgencyKind.PRIVATE, BOTH),
          new Row<>("71", "", "Private Sector in Provider Country", AgencyKind.PRIVATE, READ),
          new Row<>("72", "", "Private Sector in Aid Recipient Country", AgencyKind.PRIVATE,
              READ),
          new Row<>("73", "", "Private Sector in Third Country", AgencyKind.PRIVATE, READ),
          new Row<>("80", "", "Academic, Training and Research", AgencyKind.NGO, READ),
          new Row<>("90", "", "Other", AgencyKind.NGO, READ)));

  /**
   * OrganisationType to {@link GovernmentLevel}, read only (the level is not written): public
   * bodies are national, local government local, multilaterals and international NGOs
   * international, everything else non-governmental.
   */
  public static final IatiCodeList<GovernmentLevel> ORGANISATION_LEVEL = new IatiCodeList<>(
      "OrganisationType (level)", List.of(
          new Row<>("10", "", "Government", GovernmentLevel.NATIONAL, READ),
          new Row<>("11", "", "Local Government", GovernmentLevel.LOCAL, READ),
          new Row<>("15", "", "Other Public Sector", GovernmentLevel.NATIONAL, READ),
          new Row<>("21", "", "International NGO", GovernmentLevel.INTERNATIONAL, READ),
          new Row<>("22", "", "National NGO", GovernmentLevel.NON_GOVERNMENTAL, READ),
          new Row<>("23", "", "Regional NGO", GovernmentLevel.NON_GOVERNMENTAL, READ),
          new Row<>("24", "", "Partner Country based NGO", GovernmentLevel.NON_GOVERNMENTAL,
              READ),
          new Row<>("30", "", "Public Private Partnership", GovernmentLevel.NON_GOVERNMENTAL,
              READ),
          new Row<>("40", "", "Multilateral", GovernmentLevel.INTERNATIONAL, READ),
          new Row<>("60", "", "Foundation", GovernmentLevel.NON_GOVERNMENTAL, READ),
          new Row<>("70", "", "Private Sector", GovernmentLevel.NON_GOVERNMENTAL, READ),
          new Row<>("71", "", "Private Sector in Provider Country",
              GovernmentLevel.NON_GOVERNMENTAL, READ),
          new Row<>("72", "", "Private Sector in Aid Recipient Country",
              GovernmentLevel.NON_GOVERNMENTAL, READ),
          new Row<>("73", "", "Private Sector in Third Country",
              GovernmentLevel.NON_GOVERNMENTAL, READ),
          new Row<>("80", "", "Academic, Training and Research",
              GovernmentLevel.NON_GOVERNMENTAL, READ),
          new Row<>("90", "", "Other", GovernmentLevel.NON_GOVERNMENTAL, READ)));

  /** OrganisationRole (2.0x numeric codes, 1.0x text codes) to {@link Role}. */
  public static final IatiCodeList<Role> ORGANISATION_ROLE = new IatiCodeList<>(
      "OrganisationRole", List.of(
          new Row<>("1", "Funding", "Funding", Role.FUNDER, BOTH),
          new Row<>("2", "Accountable", "Accountable", Role.ACCOUNTABLE, BOTH),
          new Row<>("3", "Extending", "Extending", EXTENDING, BOTH),
          new Row<>("4", "Implementing", "Implementing", Role.IMPLEMENTER, BOTH)));

  /**
   * ActivityStatus to {@link CommitmentStatus}. Finalisation (3) reads as completed (the
   * physical activity is complete); a modified completion, an on-going and a superseded
   * commitment write as Closed, Implementation and Cancelled.
   */
  public static final IatiCodeList<CommitmentStatus> ACTIVITY_STATUS = new IatiCodeList<>(
      "ActivityStatus", List.of(
          new Row<>("1", "", "Pipeline/identification", CommitmentStatus.NOT_STARTED, BOTH),
          new Row<>("2", "", "Implementation", CommitmentStatus.UNDERWAY_ON_TRACK, BOTH),
          new Row<>("2", "", "Implementation", CommitmentStatus.ONGOING, WRITE),
          new Row<>("3", "", "Finalisation", CommitmentStatus.COMPLETED_FULLY_MET, READ),
          new Row<>("4", "", "Closed", CommitmentStatus.COMPLETED_FULLY_MET, BOTH),
          new Row<>("4", "", "Closed", CommitmentStatus.COMPLETED_MODIFIED, WRITE),
          new Row<>("5", "", "Cancelled", CommitmentStatus.NOT_BEING_PURSUED, BOTH),
          new Row<>("5", "", "Cancelled", CommitmentStatus.SUPERSEDED, WRITE),
          new Row<>("6", "", "Suspended", CommitmentStatus.UNDERWAY_WITH_CHALLENGES, BOTH)));

  /** ResultType to {@link OutcomeLevel}; Other (9) reads as an outcome, its code kept. */
  public static final IatiCodeList<OutcomeLevel> RESULT_TYPE = new IatiCodeList<>(
      "ResultType", List.of(
          new Row<>("1", "", "Output", OutcomeLevel.OUTPUT, BOTH),
          new Row<>("2", "", "Outcome", OutcomeLevel.OUTCOME, BOTH),
          new Row<>("3", "", "Impact", OutcomeLevel.IMPACT, BOTH),
          new Row<>("9", "", "Other", OutcomeLevel.OUTCOME, READ)));

  /** IndicatorMeasure to {@link MeasureType}, one to one. */
  public static final IatiCodeList<MeasureType> INDICATOR_MEASURE = new IatiCodeList<>(
      "IndicatorMeasure", List.of(
          new Row<>("1", "", "Unit", MeasureType.UNIT, BOTH),
          new Row<>("2", "", "Percentage", MeasureType.PERCENTAGE, BOTH),
          new Row<>("3", "", "Nominal", MeasureType.NOMINAL, BOTH),
          new Row<>("4", "", "Ordinal", MeasureType.ORDINAL, BOTH),
          new Row<>("5", "", "Qualitative", MeasureType.QUALITATIVE, BOTH)));

  /** The four activity dates of IATI's ActivityDateType. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum DateType {
    /** Planned start (2.0x code 1, 1.0x {@code start-planned}). */
    PLANNED_START,
    /** Actual start (2.0x code 2, 1.0x {@code start-actual}). */
    ACTUAL_START,
    /** Planned end (2.0x code 3, 1.0x {@code end-planned}). */
    PLANNED_END,
    /** Actual end (2.0x code 4, 1.0x {@code end-actual}). */
    ACTUAL_END
  }

  /** ActivityDateType (2.0x numeric codes, 1.0x text codes) to {@link DateType}. */
  public static final IatiCodeList<DateType> ACTIVITY_DATE_TYPE = new IatiCodeList<>(
      "ActivityDateType", List.of(
          new Row<>("1", "start-planned", "Planned start", DateType.PLANNED_START, BOTH),
          new Row<>("2", "start-actual", "Actual start", DateType.ACTUAL_START, BOTH),
          new Row<>("3", "end-planned", "Planned end", DateType.PLANNED_END, BOTH),
          new Row<>("4", "end-actual", "Actual end", DateType.ACTUAL_END, BOTH)));

  /** The relations of IATI's RelatedActivityType. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum Relation {
    /** The referenced activity is this one's parent (code 1). */
    PARENT,
    /** The referenced activity is this one's child (code 2). */
    CHILD,
    /** A sibling under the same parent (code 3). */
    SIBLING,
    /** Co-funded (code 4). */
    CO_FUNDED,
    /** A third-party activity (code 5). */
    THIRD_PARTY
  }

  /** RelatedActivityType to {@link Relation}. */
  public static final IatiCodeList<Relation> RELATED_ACTIVITY_TYPE = new IatiCodeList<>(
      "RelatedActivityType", List.of(
          new Row<>("1", "", "Parent", Relation.PARENT, BOTH),
          new Row<>("2", "", "Child", Relation.CHILD, BOTH),
          new Row<>("3", "", "Sibling", Relation.SIBLING, BOTH),
          new Row<>("4", "", "Co-funded", Relation.CO_FUNDED, BOTH),
          new Row<>("5", "", "Third Party", Relation.THIRD_PARTY, BOTH)));

  /**
   * Every table, for tests and documentation.
   *
   * @return the tables
   */
  public static List<IatiCodeList<?>> all() {
    return List.of(ORGANISATION_TYPE, ORGANISATION_LEVEL, ORGANISATION_ROLE, ACTIVITY_STATUS,
        RESULT_TYPE, INDICATOR_MEASURE, ACTIVITY_DATE_TYPE, RELATED_ACTIVITY_TYPE);
  }
}
