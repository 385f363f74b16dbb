package org.sharedoutcomes.core.protocol.responsibility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * The {@value #ID} protocol: shares in proportion to weights declared in an agreement, such as
 * budget or staff. Each party's share is its weight divided by the sum of the weights, exactly.
 *
 * <p>Weights are those the caller gives with {@link AllocationRequest#withWeights(Map)}; if the
 * caller gives none, they are read from a role-assignment attribute (by default
 * {@value AllocationRequest#SHARE}; another, such as {@code "budget"}, with
 * {@link #DeclaredShares(String)}), summed over the roles a party holds. A party with no
 * declared weight gets zero, and the explanation names it.
 *
 * <pre>{@code
 * model.role(RoleAssignment.of(esdc, Role.LEAD, ccb).withAttribute("share", "3"));
 * model.role(RoleAssignment.of(cra, Role.CONTRIBUTOR, ccb).withAttribute("share", "1"));
 * new DeclaredShares().allocate(model, ccb); // esdc 3/4, cra 1/4
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeclaredShares implements ResponsibilityProtocol {
  /** This protocol's id: {@value}. */
  public static final String ID = "declared-shares";

  private final String attribute;

  /** Reads weights from the {@value AllocationRequest#SHARE} attribute. */
  public DeclaredShares() {
    this(AllocationRequest.SHARE);
  }

  /**
   * Reads weights from another role-assignment attribute.
   *
   * @param attribute the attribute key, not blank
   */
  public DeclaredShares(String attribute) {
    this.attribute = Checks.text(attribute, "declared-shares attribute");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "shares in proportion to declared weights ('" + attribute + "')";
  }

  @Override
  public Allocation allocate(AllocationRequest request) {
    boolean given = !request.weights().isEmpty();
    Map<PartyId, Fraction> weights = new LinkedHashMap<>();
    List<PartyId> undeclared = new ArrayList<>();
    Fraction total = Fraction.ZERO;
    for (PartyId p : request.parties()) {
      Optional<Fraction> w = given ? Optional.ofNullable(request.weights().get(p))
          : request.attributeSum(p, attribute);
      if (w.isEmpty()) {
        undeclared.add(p);
      }
      Fraction f = w.orElse(Fraction.ZERO);
      weights.put(p, f);
      total = total.plus(f);
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("commitment '" + request.commitment()
          + "' has no positive declared weight: give weights or set the '" + attribute
          + "' attribute on its role assignments");
    }
    Map<PartyId, Fraction> shares = new LinkedHashMap<>();
    for (Map.Entry<PartyId, Fraction> e : weights.entrySet()) {
      shares.put(e.getKey(), e.getValue().dividedBy(total));
    }
    String source = given ? "weights given by the caller" : "'" + attribute + "' attributes";
    String explanation = "shares in proportion to " + source + " " + weights + " (total "
        + total + ")" + (undeclared.isEmpty() ? ""
            : "; no weight declared for " + undeclared + ", who get nothing");
    return Allocation.exact(request.commitment(), ID, shares, request.accountable(),
        explanation);
  }
}
