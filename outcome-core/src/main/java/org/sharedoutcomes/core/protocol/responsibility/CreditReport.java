package org.sharedoutcomes.core.protocol.responsibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;

/**
 * Credit per agency for an outcome or a whole model: each commitment in scope is allocated
 * by a responsibility protocol, and each party's share is credited to its agency (a person's
 * share to the person's agency). Every allocated commitment contributes exactly one unit of
 * credit, so the credits add up to {@link #total()}, the number of allocated commitments: no
 * result is counted twice.
 *
 * <p>Commitments that cannot be allocated (no accountable party, no declared weights...) are
 * not dropped silently: they are listed in {@link #unallocated()} with the reason.
 *
 * <pre>{@code
 * CreditReport r = CreditReport.forOutcome(model, OutcomeId.of("child-poverty"),
 *     new EqualShares());
 * r.credits();  // {cra=1/2, esdc=3/2}
 * r.total();    // 2
 * }</pre>
 *
 * <p>Computed when created; immutable and thread-safe. Time: one allocation per commitment in
 * scope.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CreditReport {
  private final List<Allocation> allocations;
  private final Map<AgencyId, Fraction> credits;
  private final Map<CommitmentId, String> unallocated;
  private final Fraction total;

  private CreditReport(OutcomeModel model, List<Commitment> scope,
      java.util.function.Function<Commitment, ResponsibilityProtocol> protocols) {
    List<Allocation> done = new ArrayList<>();
    Map<AgencyId, Fraction> credit = new TreeMap<>();
    Map<CommitmentId, String> failed = new LinkedHashMap<>();
    Fraction sum = Fraction.ZERO;
    for (Commitment c : scope) {
      Allocation a;
      try {
        a = protocols.apply(c).allocate(model, c.id());
      } catch (IllegalArgumentException e) {
        failed.put(c.id(), e.getMessage());
        continue;
      }
      done.add(a);
      for (Map.Entry<PartyId, Fraction> e : a.shares().entrySet()) {
        credit.merge(model.agencyOf(e.getKey()), e.getValue(), Fraction::plus);
      }
      sum = sum.plus(Fraction.ONE);
    }
    this.allocations = List.copyOf(done);
    this.credits = Collections.unmodifiableMap(credit);
    this.unallocated = Collections.unmodifiableMap(failed);
    this.total = sum;
  }

  /**
   * Credit for every commitment of a model under one protocol.
   *
   * @param model the model
   * @param protocol the protocol for every commitment
   * @return the report
   */
  public static CreditReport forModel(OutcomeModel model, ResponsibilityProtocol protocol) {
    Checks.notNull(model, "model");
    Checks.notNull(protocol, "protocol");
    return new CreditReport(model, model.commitments(), c -> protocol);
  }

  /**
   * Credit for every commitment of a model, each under the protocol it names (looked up in the
   * registry), or the fallback if it names none.
   *
   * @param model the model
   * @param registry where protocols are looked up by id
   * @param fallback the protocol for commitments that name none
   * @return the report; a commitment naming an unknown protocol is listed as unallocated
   */
  public static CreditReport forModel(OutcomeModel model, ProtocolRegistry registry,
      ResponsibilityProtocol fallback) {
    Checks.notNull(model, "model");
    Checks.notNull(registry, "registry");
    Checks.notNull(fallback, "fallback");
    return new CreditReport(model, model.commitments(), c -> c.responsibilityProtocol()
        .map(registry::requireResponsibility).orElse(fallback));
  }

  /**
   * Credit for the commitments serving one outcome, under one protocol.
   *
   * @param model the model
   * @param outcome the outcome
   * @param protocol the protocol
   * @return the report
   * @throws IllegalArgumentException if the model has no such outcome
   */
  public static CreditReport forOutcome(OutcomeModel model, OutcomeId outcome,
      ResponsibilityProtocol protocol) {
    Checks.notNull(model, "model");
    Checks.notNull(protocol, "protocol");
    if (model.outcome(outcome).isEmpty()) {
      throw new IllegalArgumentException("the model has no outcome '" + outcome + "'");
    }
    return new CreditReport(model, model.commitmentsServing(outcome), c -> protocol);
  }

  /**
   * The allocations made, one per allocated commitment, by commitment id.
   *
   * @return the allocations
   */
  public List<Allocation> allocations() {
    return allocations;
  }

  /**
   * Credit per agency, by agency id. Agencies with a share of zero everywhere appear with zero.
   *
   * @return the credits; they sum to {@link #total()}
   */
  public Map<AgencyId, Fraction> credits() {
    return credits;
  }

  /**
   * An agency's credit.
   *
   * @param agency the agency
   * @return its credit, zero if it has none
   */
  public Fraction creditOf(AgencyId agency) {
    return credits.getOrDefault(agency, Fraction.ZERO);
  }

  /**
   * The total credit: one per allocated commitment.
   *
   * @return the number of allocated commitments, as a fraction
   */
  public Fraction total() {
    return total;
  }

  /**
   * The commitments in scope that could not be allocated, with the reason.
   *
   * @return reasons by commitment id, in scope order
   */
  public Map<CommitmentId, String> unallocated() {
    return unallocated;
  }

  /**
   * The allocation of one commitment, if it was allocated.
   *
   * @param commitment the commitment
   * @return its allocation
   */
  public Optional<Allocation> allocation(CommitmentId commitment) {
    for (Allocation a : allocations) {
      if (a.commitment().equals(commitment)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "CreditReport[total=" + total + ", credits=" + credits + ", unallocated="
        + unallocated.keySet() + "]";
  }
}
