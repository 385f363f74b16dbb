package org.sharedoutcomes.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.internal.Checks;

/**
 * What the commitment rules need to know about one commitment, computed once, in one pass over
 * its roles, and read by every {@link CommitmentRule}: O(r) for r roles on it, plus O(a²) for
 * a accountable roles when there are two or more. Not shared between threads; the check builds
 * one per commitment and drops it.
 */
final class CommitmentFacts {
  private final OutcomeModel model;
  private final Commitment commitment;
  private final Set<PartyId> accountable = new LinkedHashSet<>();
  private final Set<PartyId> leads = new LinkedHashSet<>();
  private final Set<PartyId> contributors = new LinkedHashSet<>();
  private final Set<Role> held = new HashSet<>();
  private final Set<AgencyId> agencies = new TreeSet<>();
  private final Set<PartyId> accountableTogether;

  CommitmentFacts(OutcomeModel model, Commitment commitment) {
    this.model = model;
    this.commitment = commitment;
    List<RoleAssignment> roles = model.rolesOn(commitment.id());
    List<RoleAssignment> accountableRoles = new ArrayList<>(1);
    for (RoleAssignment r : roles) {
      held.add(r.role());
      agencies.add(model.agencyOf(r.party()));
      if (r.role().equals(Role.ACCOUNTABLE)) {
        accountable.add(r.party());
        accountableRoles.add(r);
      }
      if (r.role().equals(Role.LEAD)) {
        leads.add(r.party());
      }
      if (r.role().isContributing() && !r.role().equals(Role.LEAD)) {
        contributors.add(r.party());
      }
    }
    accountableTogether = accountable.size() < 2 ? Set.of() : together(accountableRoles);
  }

  /** The model. */
  OutcomeModel model() {
    return model;
  }

  /** The commitment. */
  Commitment commitment() {
    return commitment;
  }

  /** The distinct parties holding ACCOUNTABLE on it at any time, in role order. */
  Set<PartyId> accountable() {
    return accountable;
  }

  /** The distinct parties holding LEAD, in role order. */
  Set<PartyId> leads() {
    return leads;
  }

  /** The distinct parties holding a contributing role other than LEAD, in role order. */
  Set<PartyId> contributors() {
    return contributors;
  }

  /** The roles anybody holds on it. */
  Set<Role> heldRoles() {
    return held;
  }

  /** The agencies of the parties holding any role on it (a person counts as their agency). */
  Set<AgencyId> agencies() {
    return agencies;
  }

  /**
   * The distinct parties holding ACCOUNTABLE in overlapping spans (an unbounded end overlaps
   * everything on that side); a handover is not a conflict.
   */
  Set<PartyId> accountableTogether() {
    return accountableTogether;
  }

  /** The commitment as a sentence's subject: {@code commitment 'c' ("Title")}. */
  String who() {
    return "commitment '" + commitment.id() + "' (\"" + Checks.abbreviate(commitment.title())
        + "\")";
  }

  /** Ids separated by commas. */
  static String join(Set<? extends EntityId> ids) {
    return ids.stream().map(EntityId::value).collect(Collectors.joining(", "));
  }

  private static Set<PartyId> together(List<RoleAssignment> acc) {
    Set<PartyId> together = new LinkedHashSet<>();
    for (int i = 0; i < acc.size(); i++) {
      for (int j = i + 1; j < acc.size(); j++) {
        RoleAssignment a = acc.get(i);
        RoleAssignment b = acc.get(j);
        if (!a.party().equals(b.party()) && overlap(a, b)) {
          together.add(a.party());
          together.add(b.party());
        }
      }
    }
    return together;
  }

  private static boolean overlap(RoleAssignment a, RoleAssignment b) {
    LocalDate aFrom = a.from().orElse(LocalDate.MIN);
    LocalDate aTo = a.to().orElse(LocalDate.MAX);
    LocalDate bFrom = b.from().orElse(LocalDate.MIN);
    LocalDate bTo = b.to().orElse(LocalDate.MAX);
    return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
  }
}
