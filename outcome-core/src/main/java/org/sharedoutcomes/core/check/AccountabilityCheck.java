package org.sharedoutcomes.core.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.TargetKind;
import org.sharedoutcomes.core.internal.Checks;
import org.sharedoutcomes.core.internal.Lazy;

/**
 * Governance findings over a model: who is accountable, what nobody serves, what cannot be
 * measured, where the centre drifts from coordination into control. Each finding has a stable
 * {@link FindingCode}; see that enum for what triggers each code.
 *
 * <pre>{@code
 * List<Finding> findings = AccountabilityCheck.of(model).findings();
 * findings.forEach(System.out::println);   // [SO-ACC-001 ERROR] commitment 'ccb' has no ...
 * }</pre>
 *
 * <p>Runs in O(n log n) over the model's entities and role assignments, on first use.
 * Immutable and thread-safe; the findings are computed once, on first use.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AccountabilityCheck {
  private static final Set<CollaborationMode> TIGHT =
      EnumSet.of(CollaborationMode.COLLABORATION, CollaborationMode.INTEGRATION);
  private static final List<Role> TRIO =
      List.of(Role.PUBLIC_ENTREPRENEUR, Role.GUARDIAN_ANGEL, Role.FELLOW_TRAVELLER);

  private final OutcomeModel model;
  private final Set<FindingCode> enabled;
  private final Lazy<List<Finding>> findings = Lazy.of(this::compute);

  private AccountabilityCheck(OutcomeModel model, Set<FindingCode> enabled) {
    this.model = Checks.notNull(model, "model");
    this.enabled = enabled.isEmpty() ? Set.of() : EnumSet.copyOf(enabled);
  }

  /**
   * A check running every code.
   *
   * @param model the model
   * @return the check
   */
  public static AccountabilityCheck of(OutcomeModel model) {
    return new AccountabilityCheck(model, EnumSet.allOf(FindingCode.class));
  }

  /**
   * A check running only the given codes.
   *
   * @param model the model
   * @param codes the codes to run
   * @return the check
   */
  public static AccountabilityCheck of(OutcomeModel model, Set<FindingCode> codes) {
    Checks.notNull(codes, "codes");
    for (FindingCode c : codes) {
      Checks.notNull(c, "codes element");
    }
    return new AccountabilityCheck(model, codes);
  }

  /**
   * Every finding, errors first, then by code and entity.
   *
   * @return an unmodifiable list
   */
  public List<Finding> findings() {
    return findings.get();
  }

  /**
   * The findings with a given code.
   *
   * @param code the code
   * @return the matching findings, an unmodifiable list
   */
  public List<Finding> findings(FindingCode code) {
    Checks.notNull(code, "code");
    return findings().stream().filter(x -> x.code() == code)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether any finding is an {@link Severity#ERROR}.
   *
   * @return true if accountability is broken somewhere
   */
  public boolean hasErrors() {
    return findings().stream().anyMatch(x -> x.severity() == Severity.ERROR);
  }

  private boolean on(FindingCode c) {
    return enabled.contains(c);
  }

  private List<Finding> compute() {
    List<Finding> out = new ArrayList<>();
    for (Commitment c : model.commitments()) {
      checkCommitment(c, out);
    }
    if (on(FindingCode.UNSERVED_OUTCOME)) {
      Set<OutcomeId> served = servedOutcomes();
      for (Outcome o : model.outcomes()) {
        if (!served.contains(o.id())) {
          out.add(new Finding(FindingCode.UNSERVED_OUTCOME, List.of(o.id()),
              "outcome '" + o.id() + "' (\"" + Checks.abbreviate(o.statement())
                  + "\") is served by no commitment, directly or through a contributing"
                  + " outcome: nobody is working towards it"));
        }
      }
    }
    for (Indicator i : model.indicators()) {
      if (on(FindingCode.INDICATOR_WITHOUT_BASELINE) && i.baseline().isEmpty()) {
        out.add(new Finding(FindingCode.INDICATOR_WITHOUT_BASELINE, List.of(i.id()),
            "indicator '" + i.id() + "' has no baseline: progress cannot be measured from"
                + " where it started"));
      }
      if (on(FindingCode.INDICATOR_WITHOUT_TARGET) && i.targets().isEmpty()
          && i.plannedPoints().isEmpty()) {
        out.add(new Finding(FindingCode.INDICATOR_WITHOUT_TARGET, List.of(i.id()),
            "indicator '" + i.id() + "' has no target: nobody can tell whether it is on"
                + " track"));
      }
      if (on(FindingCode.DIRECTION_CONTRADICTS_TARGET)) {
        TargetKind wrong = i.direction() == Direction.ASCENDING
            ? TargetKind.AT_MOST : TargetKind.AT_LEAST;
        i.targets().stream().filter(t -> t.kind() == wrong).findFirst().ifPresent(t ->
            out.add(new Finding(FindingCode.DIRECTION_CONTRADICTS_TARGET, List.of(i.id()),
                "indicator '" + i.id() + "' is " + i.direction() + " ("
                    + (i.direction() == Direction.ASCENDING ? "higher" : "lower")
                    + " is better) but its target on " + t.date() + " is " + wrong + " "
                    + number(t.reference()) + ": set its direction or fix the target,"
                    + " or progress will read behind as ahead")));
      }
      if (on(FindingCode.INDICATOR_WITHOUT_OWNER) && i.dataOwner().isEmpty()) {
        out.add(new Finding(FindingCode.INDICATOR_WITHOUT_OWNER, List.of(i.id()),
            "indicator '" + i.id() + "' has no data owner: name the agency that answers for"
                + " its data"));
      }
    }
    if (on(FindingCode.DIRECTIVE_OVER_SUPPORT)) {
      checkInterventions(out);
    }
    out.sort(Comparator.comparing(Finding::severity).thenComparing(Finding::code)
        .thenComparing(f -> f.entities().isEmpty() ? "" : f.entities().get(0).value()));
    return List.copyOf(out);
  }

  private void checkCommitment(Commitment c, List<Finding> out) {
    List<RoleAssignment> roles = model.rolesOn(c.id());
    Set<PartyId> accountable = new LinkedHashSet<>();
    Set<PartyId> leads = new LinkedHashSet<>();
    Set<PartyId> contributors = new LinkedHashSet<>();
    Set<Role> held = new HashSet<>();
    Set<AgencyId> agencies = new TreeSet<>();
    for (RoleAssignment r : roles) {
      held.add(r.role());
      agencies.add(model.agencyOf(r.party()));
      if (r.role().equals(Role.ACCOUNTABLE)) {
        accountable.add(r.party());
      }
      if (r.role().equals(Role.LEAD)) {
        leads.add(r.party());
      }
      if (r.role().isContributing() && !r.role().equals(Role.LEAD)) {
        contributors.add(r.party());
      }
    }
    String who = "commitment '" + c.id() + "' (\"" + Checks.abbreviate(c.title()) + "\")";
    if (on(FindingCode.NO_ACCOUNTABLE_PARTY) && accountable.isEmpty()) {
      out.add(new Finding(FindingCode.NO_ACCOUNTABLE_PARTY, List.of(c.id()),
          who + " has no accountable party; exactly one is required"));
    }
    Set<PartyId> together = accountableTogether(roles);
    if (on(FindingCode.SEVERAL_ACCOUNTABLE_PARTIES) && together.size() > 1) {
      List<EntityId> ids = new ArrayList<>();
      ids.add(c.id());
      ids.addAll(together);
      out.add(new Finding(FindingCode.SEVERAL_ACCOUNTABLE_PARTIES, ids,
          who + " has " + together.size() + " accountable parties ("
              + join(together) + ")" + (together.size() < accountable.size()
                  ? " at the same time" : "") + "; exactly one is required"));
    }
    if (on(FindingCode.LEAD_IS_SOLE_CONTRIBUTOR)) {
      for (PartyId lead : leads) {
        Set<PartyId> others = new LinkedHashSet<>(contributors);
        others.remove(lead);
        if (others.isEmpty()) {
          out.add(new Finding(FindingCode.LEAD_IS_SOLE_CONTRIBUTOR, List.of(c.id(), lead),
              who + " is led by '" + lead + "', but no other party contributes to it: a"
                  + " lead with nobody to lead"));
        }
      }
    }
    if (on(FindingCode.SHARED_WITHOUT_CONFLICT_PROTOCOL) && agencies.size() >= 2
        && c.conflictProtocol().isEmpty()) {
      out.add(new Finding(FindingCode.SHARED_WITHOUT_CONFLICT_PROTOCOL, List.of(c.id()),
          who + " is shared by " + agencies.size() + " agencies (" + join(agencies)
              + ") but names no conflict-resolution protocol; agree one before disputes"
              + " arise"));
    }
    if (on(FindingCode.COLLABORATION_WITHOUT_TRIO) && c.collaborationMode().isPresent()
        && TIGHT.contains(c.collaborationMode().get())) {
      List<Role> missing = TRIO.stream().filter(r -> !held.contains(r))
          .collect(Collectors.toList());
      if (!missing.isEmpty()) {
        out.add(new Finding(FindingCode.COLLABORATION_WITHOUT_TRIO, List.of(c.id()),
            who + " works in " + c.collaborationMode().get().name().toLowerCase(
                java.util.Locale.ROOT) + " mode without a "
                + missing.stream().map(r -> r.id().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ')).collect(Collectors.joining(", "))
                + "; collaboration needs a public entrepreneur, guardian angels and fellow"
                + " travellers"));
      }
    }
    if (on(FindingCode.CENTRE_ACCOUNTABLE)) {
      Set<AgencyId> accountableCentre = new TreeSet<>();
      for (PartyId p : accountable) {
        AgencyId a = model.agencyOf(p);
        if (model.isCentre(a)) {
          accountableCentre.add(a);
        }
      }
      Set<AgencyId> departments = new TreeSet<>();
      for (AgencyId a : agencies) {
        if (!model.isCentre(a)) {
          departments.add(a);
        }
      }
      if (!accountableCentre.isEmpty() && !departments.isEmpty()) {
        List<EntityId> ids = new ArrayList<>();
        ids.add(c.id());
        ids.addAll(accountableCentre);
        out.add(new Finding(FindingCode.CENTRE_ACCOUNTABLE, ids,
            who + " involves " + join(departments) + " but the centre ("
                + join(accountableCentre) + ") holds the accountable role: coordination is"
                + " turning into control; let a delivering agency be accountable"));
      }
    }
  }

  /**
   * The distinct parties holding ACCOUNTABLE on the same target in overlapping spans (an
   * unbounded end overlaps everything on that side); a handover is not a conflict.
   */
  private static Set<PartyId> accountableTogether(List<RoleAssignment> roles) {
    List<RoleAssignment> acc = roles.stream().filter(r -> r.role().equals(Role.ACCOUNTABLE))
        .collect(Collectors.toList());
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

  private Set<OutcomeId> servedOutcomes() {
    Set<OutcomeId> served = new HashSet<>();
    ArrayList<OutcomeId> stack = new ArrayList<>();
    for (Commitment c : model.commitments()) {
      stack.addAll(c.outcomes());
    }
    while (!stack.isEmpty()) {
      OutcomeId o = stack.remove(stack.size() - 1);
      if (served.add(o)) {
        model.outcome(o).ifPresent(x -> stack.addAll(x.parents()));
      }
    }
    return served;
  }

  private void checkInterventions(List<Finding> out) {
    TreeMap<AgencyId, int[]> counts = new TreeMap<>();
    for (Intervention i : model.interventions()) {
      if (!model.isCentre(i.from())) {
        continue;
      }
      int[] c = counts.computeIfAbsent(i.to(), k -> new int[2]);
      if (i.isDirective()) {
        c[0]++;
      } else if (i.isSupportive()) {
        c[1]++;
      }
    }
    counts.forEach((agency, c) -> {
      if (c[0] > c[1]) {
        String name = model.agency(agency).map(Agency::name).orElse(agency.value());
        out.add(new Finding(FindingCode.DIRECTIVE_OVER_SUPPORT, List.of(agency),
            "the centre gave " + name + " ('" + agency + "') " + c[0] + " directive"
                + (c[0] == 1 ? "" : "s") + " and " + c[1] + " offer" + (c[1] == 1 ? "" : "s")
                + " of support: ask \"Can we help?\" before telling"));
      }
    });
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }

  private static String join(Set<? extends EntityId> ids) {
    return ids.stream().map(EntityId::value).collect(Collectors.joining(", "));
  }
}
