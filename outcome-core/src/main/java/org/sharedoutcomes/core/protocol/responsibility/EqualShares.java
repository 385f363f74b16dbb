package org.sharedoutcomes.core.protocol.responsibility;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * The {@value #ID} protocol: every party gets {@code 1/n} exactly. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class EqualShares implements ResponsibilityProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "equal-shares";

  /** Creates the protocol (also the {@link java.util.ServiceLoader} constructor). */
  public EqualShares() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "equal shares for every party";
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    int n = request.parties().size();
    Fraction each = Fraction.of(1, n);
    Map<PartyId, Fraction> shares = new LinkedHashMap<>();
    for (PartyId p : request.parties()) {
      shares.put(p, each);
    }
    return Allocation.exact(request.commitment(), ID, shares, request.accountable(),
        "equal shares of " + each + " for each of " + n + " parties");
  }
}
