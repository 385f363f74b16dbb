package org.sharedoutcomes.core.protocol.responsibility;

import java.util.Optional;
import java.util.ServiceLoader;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * A shared-responsibility protocol: a rule that allocates responsibility and credit for a
 * commitment's result among its parties. Commitments name their protocol by id
 * ({@link org.sharedoutcomes.core.Commitment#responsibilityProtocol()}); protocols are found
 * through {@link ServiceLoader} (see {@link #find(String)}) or a
 * {@link org.sharedoutcomes.core.protocol.ProtocolRegistry}.
 *
 * <p><b>Contract.</b> An implementation
 *
 * <ul>
 *   <li>has a stable {@link #id()}: lower-case words joined by hyphens, such as
 *       {@code "equal-shares"};
 *   <li>returns from {@link #allocate(AllocationRequest)} a share for every party of the
 *       request and for no other party, the shares summing to exactly one (the
 *       {@link Allocation} constructor enforces this), with the request's accountable party and
 *       a non-blank explanation;
 *   <li>is deterministic: equal requests give equal allocations (randomised protocols take
 *       their seed from their configuration);
 *   <li>is thread-safe and keeps no state between calls;
 *   <li>throws {@link IllegalArgumentException} naming the commitment when it cannot allocate
 *       (for example when no weights are declared), never returns a partial allocation.
 * </ul>
 *
 * <p>The interface grows only by default methods. The contract test kit
 * ({@code org.sharedoutcomes.testkit.protocol.ResponsibilityProtocolContract} in
 * {@code outcome-testkit}) checks an implementation against this contract.
 *
 * <pre>{@code
 * public final class BudgetShares implements ResponsibilityProtocol {
 *   public String id() { return "budget-shares"; }
 *   public Allocation allocate(AllocationRequest request) {
 *     return new DeclaredShares("budget").allocate(request);
 *   }
 * }
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ResponsibilityProtocol {

  /**
   * The protocol's id, as commitments name it.
   *
   * @return lower-case words joined by hyphens, never blank
   */
  String id();

  /**
   * Allocates responsibility and credit for one commitment among its parties.
   *
   * @param request the commitment, its parties, its accountable party and any weights or
   *     coalition game the protocol uses
   * @return the allocation: shares summing to exactly one
   * @throws IllegalArgumentException if the protocol cannot allocate this request; the message
   *     names the commitment and what is missing
   */
  Allocation allocate(AllocationRequest request);

  /**
   * A one-line description for reports.
   *
   * @return a description; by default the id
   */
  default String description() {
    return id();
  }

  /**
   * Allocates responsibility for a commitment of a model, with the parties and attributes the
   * model holds (see {@link AllocationRequest#from(OutcomeModel, CommitmentId)}).
   *
   * @param model the model
   * @param commitment the commitment
   * @return the allocation
   * @throws IllegalArgumentException if the model has no such commitment, it has no single
   *     accountable party, or the protocol cannot allocate it
   */
  default Allocation allocate(OutcomeModel model, CommitmentId commitment) {
    return allocate(AllocationRequest.from(model, commitment));
  }

  /**
   * Finds a protocol by id among those {@link ServiceLoader} provides on the class path or
   * module path (the built-ins among them).
   *
   * @param id the protocol id
   * @return the protocol, if one is provided with this id
   */
  static Optional<ResponsibilityProtocol> find(String id) {
    for (ResponsibilityProtocol p : ServiceLoader.load(ResponsibilityProtocol.class)) {
      if (p.id().equals(id)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
