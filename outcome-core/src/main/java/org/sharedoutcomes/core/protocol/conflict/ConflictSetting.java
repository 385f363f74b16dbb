package org.sharedoutcomes.core.protocol.conflict;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.PersonId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.SubjectKind;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.protocol.Fraction;

/**
 * A conflict and the people around it that protocols need: the lead party (for
 * {@code lead-decides}), a neutral arbiter (for {@code arbitration}, appeals and tie-breaks),
 * the centre (delivery unit and central agencies, who may decide only after escalation) and
 * vote weights (for {@code majority-vote}; a party without a weight has weight one).
 *
 * <p>Immutable and thread-safe.
 *
 * @param conflict the conflict
 * @param lead the lead party, one of the conflict's parties, if there is one
 * @param arbiter the neutral arbiter, not a party, if there is one
 * @param centre the parties that belong to the centre, sorted by id
 * @param weights vote weights of parties, non-negative
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ConflictSetting(
    Conflict conflict,
    Optional<PartyId> lead,
    Optional<PartyId> arbiter,
    Set<PartyId> centre,
    Map<PartyId, Fraction> weights) {

  /** The conflict attribute naming the lead party: {@value}. */
  public static final String LEAD = "lead";
  /** The conflict attribute naming the arbiter: {@value}. */
  public static final String ARBITER = "arbiter";

  /**
   * Checks and copies the fields.
   *
   * @throws NullPointerException if a field or element is null
   * @throws IllegalArgumentException if the lead is not a party, the arbiter is a party, or a
   *     weight is negative or names a non-party
   */
  public ConflictSetting {
    Checks.notNull(conflict, "conflict setting conflict");
    String where = "conflict '" + conflict.id() + "' ";
    Checks.optional(lead, where + "lead");
    Checks.optional(arbiter, where + "arbiter");
    if (lead.isPresent() && !conflict.parties().contains(lead.get())) {
      throw new IllegalArgumentException(where + "lead '" + lead.get()
          + "' is not one of its parties " + conflict.parties());
    }
    if (arbiter.isPresent() && conflict.parties().contains(arbiter.get())) {
      throw new IllegalArgumentException(where + "arbiter '" + arbiter.get()
          + "' is a party to it; an arbiter must be neutral");
    }
    centre = Checks.sortedSet(centre, EntityId.ORDER, where + "centre");
    Checks.notNull(weights, where + "weights");
    Map<PartyId, Fraction> w = new LinkedHashMap<>();
    for (Map.Entry<PartyId, Fraction> e : weights.entrySet()) {
      Checks.notNull(e.getKey(), where + "weights key");
      Checks.notNull(e.getValue(), where + "weights['" + e.getKey() + "']");
      if (!conflict.parties().contains(e.getKey())) {
        throw new IllegalArgumentException(
            where + "has a weight for '" + e.getKey() + "', which is not a party");
      }
      if (e.getValue().signum() < 0) {
        throw new IllegalArgumentException(where + "weight of '" + e.getKey() + "' is "
            + e.getValue() + "; weights must not be negative");
      }
    }
    for (PartyId p : conflict.parties()) {
      if (weights.containsKey(p)) {
        w.put(p, weights.get(p));
      }
    }
    weights = Collections.unmodifiableMap(w);
  }

  /**
   * A conflict with no lead, arbiter, centre or weights.
   *
   * @param conflict the conflict
   * @return the setting
   */
  public static ConflictSetting of(Conflict conflict) {
    return new ConflictSetting(conflict, Optional.empty(), Optional.empty(), Set.of(), Map.of());
  }

  /**
   * The setting of a conflict in a model. The centre is {@link OutcomeModel#centre()} and the
   * people of those agencies. The arbiter is the party named by the conflict's
   * {@value #ARBITER} attribute. The lead is the party named by its {@value #LEAD} attribute or,
   * for a conflict over a commitment, the one party to the conflict holding
   * {@link Role#LEAD} (else {@link Role#ACCOUNTABLE}) on the commitment.
   *
   * @param model the model
   * @param conflict the conflict
   * @return the setting
   * @throws IllegalArgumentException if an attribute names a party the model does not hold
   */
  public static ConflictSetting from(OutcomeModel model, Conflict conflict) {
    Checks.notNull(model, "model");
    Checks.notNull(conflict, "conflict");
    TreeSet<PartyId> centre = new TreeSet<>(EntityId.ORDER);
    centre.addAll(model.centre());
    for (Person p : model.persons()) {
      if (model.isCentre(p.agency())) {
        centre.add(p.id());
      }
    }
    Optional<PartyId> arbiter = Optional.ofNullable(conflict.attributes().get(ARBITER))
        .map(s -> party(model, conflict, ARBITER, s));
    Optional<PartyId> lead = Optional.ofNullable(conflict.attributes().get(LEAD))
        .map(s -> party(model, conflict, LEAD, s));
    if (lead.isEmpty() && conflict.subject().kind() == SubjectKind.COMMITMENT) {
      CommitmentId c = CommitmentId.of(conflict.subject().reference());
      for (Role role : new Role[] {Role.LEAD, Role.ACCOUNTABLE}) {
        Set<PartyId> holders = new TreeSet<>(EntityId.ORDER);
        holders.addAll(model.partiesWith(role, c));
        holders.retainAll(conflict.parties());
        if (holders.size() == 1) {
          lead = Optional.of(holders.iterator().next());
          break;
        }
      }
    }
    return new ConflictSetting(conflict, lead, arbiter, centre, Map.of());
  }

  private static PartyId party(OutcomeModel model, Conflict conflict, String key, String id) {
    if (model.agency(AgencyId.of(id)).isPresent()) {
      return AgencyId.of(id);
    }
    if (model.person(PersonId.of(id)).isPresent()) {
      return PersonId.of(id);
    }
    throw new IllegalArgumentException("conflict '" + conflict.id() + "' attribute '" + key
        + "' names '" + id + "', which is neither an agency nor a person of the model");
  }

  /**
   * This setting with a lead.
   *
   * @param value the lead, a party
   * @return a new setting
   */
  public ConflictSetting withLead(PartyId value) {
    return new ConflictSetting(conflict, Optional.of(value), arbiter, centre, weights);
  }

  /**
   * This setting with an arbiter.
   *
   * @param value the arbiter, not a party
   * @return a new setting
   */
  public ConflictSetting withArbiter(PartyId value) {
    return new ConflictSetting(conflict, lead, Optional.of(value), centre, weights);
  }

  /**
   * This setting with a centre.
   *
   * @param value the centre's parties
   * @return a new setting
   */
  public ConflictSetting withCentre(Set<? extends PartyId> value) {
    return new ConflictSetting(conflict, lead, arbiter, Set.copyOf(value), weights);
  }

  /**
   * This setting with vote weights.
   *
   * @param value weights by party
   * @return a new setting
   */
  public ConflictSetting withWeights(Map<? extends PartyId, Fraction> value) {
    return new ConflictSetting(conflict, lead, arbiter, centre, Map.copyOf(value));
  }

  /**
   * Whether a party belongs to the centre.
   *
   * @param party the party
   * @return true if it is in {@link #centre()}
   */
  public boolean isCentre(PartyId party) {
    return centre.contains(party);
  }

  /**
   * Whether a party is a party to the conflict.
   *
   * @param party the party
   * @return true if it is one of the conflict's parties
   */
  public boolean isParty(PartyId party) {
    return conflict.parties().contains(party);
  }

  /**
   * A party's vote weight.
   *
   * @param party the party
   * @return its weight, one if none is set
   */
  public Fraction weight(PartyId party) {
    return weights.getOrDefault(party, Fraction.ONE);
  }
}
