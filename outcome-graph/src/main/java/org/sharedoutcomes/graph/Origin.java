package org.sharedoutcomes.graph;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.EntityKind;
import org.sharedoutcomes.core.OutcomeModel;

/**
 * The model element an edge comes from: its kind and its position in the model's list of that
 * kind ({@link OutcomeModel#roles()}, {@link OutcomeModel#interventions()},
 * {@link OutcomeModel#agencies()}, {@link OutcomeModel#contributions()}, ...). Every edge of an
 * {@link AccountabilityGraph} has exactly one origin; one element may give several edges (a commitment serving three outcomes gives
 * three SERVES edges). Immutable and thread-safe.
 *
 * <p>The element kinds that give edges, and their relations:
 * <ul>
 *   <li>ROLE_ASSIGNMENT: the role relations ({@link Relation#isRole()});</li>
 *   <li>INTERVENTION: SUPPORTS, CHALLENGES, DIRECTS, MONITORS;</li>
 *   <li>AGENCY: REPORTS_TO (its parent) and, when asked for, ASSUMED_REPORTS_TO;</li>
 *   <li>PERSON: MEMBER_OF; COMMITMENT: SERVES and DEPENDS_ON; OUTCOME: PART_OF;</li>
 *   <li>INDICATOR: MEASURES and OWNS_DATA; AGREEMENT: SHARES_DATA;</li>
 *   <li>CONTRIBUTION: PROVIDES, one edge per contribution, carrying it.</li>
 * </ul>
 *
 * @param kind the kind of element
 * @param index its position in the model's list of that kind, from 0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Origin(EntityKind kind, int index) {
  /**
   * Checks the fields.
   *
   * @throws NullPointerException if {@code kind} is null
   * @throws IllegalArgumentException if {@code index} is negative or {@code kind} gives no edges
   */
  public Origin {
    Objects.requireNonNull(kind, "origin kind must not be null");
    if (index < 0) {
      throw new IllegalArgumentException("origin index must be at least 0, was " + index);
    }
    if (kind == EntityKind.CONFLICT || kind == EntityKind.MEASUREMENT
        || kind == EntityKind.ASSESSMENT) {
      throw new IllegalArgumentException("a " + kind.label() + " gives no edge");
    }
  }

  /**
   * The element this origin points at.
   *
   * @param model the model the graph was built from
   * @return the element: a RoleAssignment, Intervention, Agency, Person, Commitment, Outcome,
   *     Indicator, DataSharingAgreement or Contribution
   * @throws IllegalArgumentException if the model has no such element
   */
  public Object element(OutcomeModel model) {
    List<?> list = switch (kind) {
      case ROLE_ASSIGNMENT -> model.roles();
      case INTERVENTION -> model.interventions();
      case AGENCY -> model.agencies();
      case PERSON -> model.persons();
      case COMMITMENT -> model.commitments();
      case OUTCOME -> model.outcomes();
      case INDICATOR -> model.indicators();
      case AGREEMENT -> model.agreements();
      case CONTRIBUTION -> model.contributions();
      case CONFLICT, MEASUREMENT, ASSESSMENT -> throw new AssertionError(kind); // constructor
    };
    if (index >= list.size()) {
      throw new IllegalArgumentException("the model has no " + kind.label() + " at position "
          + index + " (it has " + list.size() + ")");
    }
    return list.get(index);
  }

  @Override
  public String toString() {
    return kind.label() + "#" + index;
  }
}
