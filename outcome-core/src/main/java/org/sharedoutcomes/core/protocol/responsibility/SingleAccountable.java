package org.sharedoutcomes.core.protocol.responsibility;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * The {@value #ID} protocol: all responsibility and credit go to the accountable party; every
 * other party gets a share of zero. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SingleAccountable implements ResponsibilityProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "single-accountable";

  /** Creates the protocol (also the {@link java.util.ServiceLoader} constructor). */
  public SingleAccountable() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "all responsibility and credit to the accountable party";
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    Map<PartyId, Fraction> shares = new LinkedHashMap<>();
    for (PartyId p : request.parties()) {
      shares.put(p, p.equals(request.accountable()) ? Fraction.ONE : Fraction.ZERO);
    }
    return Allocation.exact(request.commitment(), ID, shares, request.accountable(),
        "all to the accountable party '" + request.accountable() + "'; "
            + (request.parties().size() - 1) + " other parties get nothing");
  }
}
