package org.sharedoutcomes.graph.delivery;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;

/**
 * One chain of delivery of a commitment: agencies from the centre's delivery unit down the
 * reporting lines to a front-line agency. Immutable and thread-safe.
 *
 * @param commitment the commitment
 * @param agencies the agencies, delivery unit first, front-line agency last (one agency when the
 *     delivery unit itself works on the front line); each reports to the one before it
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DeliveryChain(CommitmentId commitment, List<AgencyId> agencies) {
  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field is null
   * @throws IllegalArgumentException if {@code agencies} is empty
   */
  public DeliveryChain {
    Objects.requireNonNull(commitment, "delivery chain commitment must not be null");
    agencies = List.copyOf(Objects.requireNonNull(agencies,
        "delivery chain agencies must not be null"));
    if (agencies.isEmpty()) {
      throw new IllegalArgumentException(
          "delivery chain of commitment '" + commitment + "' must hold at least one agency");
    }
  }

  /**
   * The delivery unit at the top of the chain.
   *
   * @return the first agency
   */
  public AgencyId deliveryUnit() {
    return agencies.get(0);
  }

  /**
   * The front-line agency at the end of the chain.
   *
   * @return the last agency
   */
  public AgencyId frontLine() {
    return agencies.get(agencies.size() - 1);
  }

  /**
   * The number of reporting lines in the chain.
   *
   * @return the number of agencies minus one
   */
  public int length() {
    return agencies.size() - 1;
  }
}
