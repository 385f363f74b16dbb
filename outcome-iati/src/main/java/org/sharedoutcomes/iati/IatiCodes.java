package org.sharedoutcomes.iati;

import static org.sharedoutcomes.iati.IatiCodeList.Use.BOTH;
import static org.sharedoutcomes.iati.IatiCodeList.Use.READ;
import static org.sharedoutcomes.iati.IatiCodeList.Use.WRITE;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.ContributionKind;
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
   * The contribution kind of money promised to an activity, not yet moved: outgoing and
   * incoming commitments (TransactionType 2 and 11).
   */
  public static final ContributionKind COMMITTED_FUNDING =
      ContributionKind.of("COMMITTED_FUNDING");
  /** The contribution kind of money pledged, not binding: TransactionType 12 and 13. */
  public static final ContributionKind PLEDGED_FUNDING = ContributionKind.of("PLEDGED_FUNDING");
  /** The contribution kind of an original budget (BudgetType 1). */
  public static final ContributionKind BUDGET = ContributionKind.of("BUDGET");
  /**
   * The contribution kind of a revised budget (BudgetType 2), reported beside the original
   * one for the same period, so a kind of its own: adding both would count the money twice.
   */
  public static final ContributionKind REVISED_BUDGET = ContributionKind.of("REVISED_BUDGET");

  /**
   * The types of IATI's TransactionType, each with the contribution it reads as, if any.
   * Money moved into or spent on the activity is {@link ContributionKind#FUNDING}; money
   * promised is {@link #COMMITTED_FUNDING}; pledges are {@link #PLEDGED_FUNDING}. Flows back
   * to a funder (interest, loan repayments, a sale of equity) and financial instruments (a
   * purchase of equity, a credit guarantee) are not contributions to the activity.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum TransactionType {
    /** Incoming Funds (2.0x code 1, 1.0x {@code IF}): money the activity received. */
    INCOMING_FUNDS(true, ContributionKind.FUNDING),
    /** Outgoing Commitment (2.0x code 2, 1.0x {@code C}). */
    OUTGOING_COMMITMENT(false, ContributionKind.of("COMMITTED_FUNDING")),
    /** Disbursement (2.0x code 3, 1.0x {@code D}). */
    DISBURSEMENT(false, ContributionKind.FUNDING),
    /** Expenditure (2.0x code 4, 1.0x {@code E}). */
    EXPENDITURE(false, ContributionKind.FUNDING),
    /** Interest Payment (2.0x code 5, 1.0x {@code IR}): a flow back, not a contribution. */
    INTEREST_PAYMENT(false, null),
    /** Loan Repayment (2.0x code 6, 1.0x {@code LR}): a flow back, not a contribution. */
    LOAN_REPAYMENT(false, null),
    /** Reimbursement (2.0x code 7, 1.0x {@code R}): a disbursement covering funds spent. */
    REIMBURSEMENT(false, ContributionKind.FUNDING),
    /** Purchase of Equity (2.0x code 8, 1.0x {@code QP}): an instrument, not a contribution. */
    PURCHASE_OF_EQUITY(false, null),
    /** Sale of Equity (2.0x code 9, 1.0x {@code QS}): a flow back, not a contribution. */
    SALE_OF_EQUITY(false, null),
    /** Credit Guarantee (2.0x code 10, 1.0x {@code CG}): contingent, not a contribution. */
    CREDIT_GUARANTEE(false, null),
    /** Incoming Commitment (2.0x code 11, no 1.0x code). */
    INCOMING_COMMITMENT(true, ContributionKind.of("COMMITTED_FUNDING")),
    /** Outgoing Pledge (2.0x code 12, no 1.0x code). */
    OUTGOING_PLEDGE(false, ContributionKind.of("PLEDGED_FUNDING")),
    /** Incoming Pledge (2.0x code 13, no 1.0x code). */
    INCOMING_PLEDGE(true, ContributionKind.of("PLEDGED_FUNDING"));

    private final boolean incoming;
    private final @Nullable ContributionKind kind;

    TransactionType(boolean incoming, @Nullable ContributionKind kind) {
      this.incoming = incoming;
      this.kind = kind;
    }

    /**
     * Whether the money comes into the activity (its provider must be named, the reporting
     * organisation being the receiver), rather than going out of the reporting organisation
     * (whose provider, if not named, is the reporting organisation).
     *
     * @return true for incoming funds, commitments and pledges
     */
    public boolean incoming() {
      return incoming;
    }

    /**
     * The contribution kind the type reads as.
     *
     * @return the kind, or empty if a transaction of this type is not a contribution
     */
    public Optional<ContributionKind> contributionKind() {
      return Optional.ofNullable(kind);
    }
  }

  /** TransactionType (2.0x numeric codes, 1.0x text codes) to {@link TransactionType}. */
  public static final IatiCodeList<TransactionType> TRANSACTION_TYPE = new IatiCodeList<>(
      "TransactionType", List.of(
          new Row<>("1", "IF", "Incoming Funds", TransactionType.INCOMING_FUNDS, BOTH),
          new Row<>("2", "C", "Outgoing Commitment", TransactionType.OUTGOING_COMMITMENT, BOTH),
          new Row<>("3", "D", "Disbursement", TransactionType.DISBURSEMENT, BOTH),
          new Row<>("4", "E", "Expenditure", TransactionType.EXPENDITURE, BOTH),
          new Row<>("5", "IR", "Interest Payment", TransactionType.INTEREST_PAYMENT, BOTH),
          new Row<>("6", "LR", "Loan Repayment", TransactionType.LOAN_REPAYMENT, BOTH),
          new Row<>("7", "R", "Reimbursement", TransactionType.REIMBURSEMENT, BOTH),
          new Row<>("8", "QP", "Purchase of Equity", TransactionType.PURCHASE_OF_EQUITY, BOTH),
          new Row<>("9", "QS", "Sale of Equity", TransactionType.SALE_OF_EQUITY, BOTH),
          new Row<>("10", "CG", "Credit Guarantee", TransactionType.CREDIT_GUARANTEE, BOTH),
          new Row<>("11", "", "Incoming Commitment", TransactionType.INCOMING_COMMITMENT, BOTH),
          new Row<>("12", "", "Outgoing Pledge", TransactionType.OUTGOING_PLEDGE, BOTH),
          new Row<>("13", "", "Incoming Pledge", TransactionType.INCOMING_PLEDGE, BOTH)));

  /** BudgetType to the contribution kinds {@link #BUDGET} and {@link #REVISED_BUDGET}. */
  public static final IatiCodeList<ContributionKind> BUDGET_TYPE = new IatiCodeList<>(
      "BudgetType", List.of(
          new Row<>("1", "", "Original", BUDGET, BOTH),
          new Row<>("2", "", "Revised", REVISED_BUDGET, BOTH)));

  /**
   * Every table, for tests and documentation.
   *
   * @return the tables
   */
  public static List<IatiCodeList<?>> all() {
    return List.of(ORGANISATION_TYPE, ORGANISATION_LEVEL, ORGANISATION_ROLE, ACTIVITY_STATUS,
        RESULT_TYPE, INDICATOR_MEASURE, ACTIVITY_DATE_TYPE, RELATED_ACTIVITY_TYPE,
        TRANSACTION_TYPE, BUDGET_TYPE);
  }
}
