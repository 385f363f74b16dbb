package org.sharedoutcomes.graph.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;

/**
 * One chain of delivery of a commitment: one declared party per stage, from the delivery unit
 * through the accountable and responsible parties and the delivery partners to the front line
 * (see {@link DeliveryChains} for the stages). Immutable and thread-safe.
 *
 * @param commitment the commitment
 * @param steps the steps, delivery unit first; at least two, in strictly increasing stage order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record DeliveryChain(CommitmentId commitment, List<Step> steps) {
  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field or step is null
   * @throws IllegalArgumentException if there are fewer than two steps, the first is not the
   *     delivery unit, or the stages do not increase
   */
  public DeliveryChain {
    Objects.requireNonNull(commitment, "delivery chain commitment must not be null");
    steps = List.copyOf(Objects.requireNonNull(steps, "delivery chain steps must not be null"));
    if (steps.size() < 2 || steps.get(0).stage() != Stage.DELIVERY_UNIT) {
      throw new IllegalArgumentException("delivery chain of commitment '" + commitment
          + "' must start at its delivery unit and hold at least two steps, has " + steps);
    }
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).stage().compareTo(steps.get(i - 1).stage()) <= 0) {
        throw new IllegalArgumentException("delivery chain of commitment '" + commitment
            + "' must go down the stages, but " + steps.get(i) + " follows " + steps.get(i - 1));
      }
    }
  }

  /**
   * The stages of a delivery chain, in order.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum Stage {
    /** The steward: a holder of DELIVERY_UNIT on the commitment. */
    DELIVERY_UNIT,
    /** The holder of ACCOUNTABLE. */
    ACCOUNTABLE,
    /** A holder of RESPONSIBLE. */
    RESPONSIBLE,
    /** A holder of IMPLEMENTER, CONTRIBUTOR or LEAD. */
    DELIVERY_PARTNER,
    /**
     * The front line: a person holding a contributing role, a client group (an agency of kind
     * CLIENT_GROUP) holding a contributing role, or a holder of CO_PRODUCER.
     */
    FRONT_LINE
  }

  /**
   * One step: a party, its agency (the party itself, or a person's agency), the stage and the
   * role that puts it there.
   *
   * @param party the party
   * @param agency the party's agency
   * @param stage its stage
   * @param role the role it holds on the commitment that gives the stage
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Step(PartyId party, AgencyId agency, Stage stage, Role role) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Step {
      Objects.requireNonNull(party, "step party must not be null");
      Objects.requireNonNull(agency, "step agency must not be null");
      Objects.requireNonNull(stage, "step stage must not be null");
      Objects.requireNonNull(role, "step role must not be null");
    }
  }

  /**
   * The delivery unit's agency, at the top of the chain.
   *
   * @return the first step's agency
   */
  public AgencyId deliveryUnit() {
    return steps.get(0).agency();
  }

  /**
   * The party at the end of the chain.
   *
   * @return the last step's party
   */
  public PartyId frontLine() {
    return steps.get(steps.size() - 1).party();
  }

  /**
   * Whether the chain ends at the front line (a person, a client group or a co-producer).
   *
   * @return true if the last step is of stage FRONT_LINE
   */
  public boolean reachesFrontLine() {
    return steps.get(steps.size() - 1).stage() == Stage.FRONT_LINE;
  }

  /**
   * The agencies along the chain: each step's agency, a repeat of the previous one left out.
   *
   * @return unmodifiable list, delivery unit first
   */
  public List<AgencyId> agencies() {
    List<AgencyId> out = new ArrayList<>();
    for (Step s : steps) {
      if (out.isEmpty() || !out.get(out.size() - 1).equals(s.agency())) {
        out.add(s.agency());
      }
    }
    return List.copyOf(out);
  }

  /**
   * The number of links in the chain.
   *
   * @return the number of steps minus one
   */
  public int length() {
    return steps.size() - 1;
  }
}
