package org.sharedoutcomes.testkit.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.ConflictSubject;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.SubjectKind;
import org.sharedoutcomes.core.protocol.conflict.ConflictEvent;
import org.sharedoutcomes.core.protocol.conflict.ConflictProcess;
import org.sharedoutcomes.core.protocol.conflict.ConflictSetting;
import org.sharedoutcomes.core.protocol.conflict.RejectedEventException;
import org.sharedoutcomes.core.protocol.conflict.Stance;
import org.sharedoutcomes.core.protocol.responsibility.AllocationRequest;

/**
 * Seeded random inputs for protocol tests: allocation requests, conflicts with their settings,
 * and plausible event sequences (most events well-formed, some deliberately out of turn, late,
 * early or by outsiders, so that protocols must reject them).
 *
 * <p>Deterministic for a seed; stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RandomProtocolInputs {
  /** The neutral arbiter of {@link #setting(Conflict)}. */
  public static final AgencyId ARBITER = AgencyId.of("neutral-arbiter");
  /** The centre (delivery unit) of {@link #setting(Conflict)}. */
  public static final AgencyId CENTRE = AgencyId.of("delivery-unit");
  /** A party that is neither a party, the arbiter nor the centre. */
  public static final AgencyId OUTSIDER = AgencyId.of("outsider");
  /** When generated conflicts are raised. */
  public static final Instant RAISED = Instant.parse("2026-01-05T09:00:00Z");

  private RandomProtocolInputs() {}

  /**
   * A random allocation request: 1 to 30 parties ({@code agency-0 ...}), one of them
   * accountable, each holding a contributing role with a positive {@value
   * AllocationRequest#SHARE} and {@value AllocationRequest#CONTRIBUTION} attribute (a few
   * parties have neither).
   *
   * @param seed the seed
   * @return the request
   */
  public static AllocationRequest allocationRequest(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = 1 + r.nextInt(r.nextBoolean() ? 8 : 30);
    CommitmentId c = CommitmentId.of("commitment-" + Long.toHexString(seed));
    List<PartyId> parties = new ArrayList<>();
    List<RoleAssignment> roles = new ArrayList<>();
    int accountable = r.nextInt(n);
    for (int i = 0; i < n; i++) {
      AgencyId a = AgencyId.of("agency-" + i);
      parties.add(a);
      RoleAssignment ra = RoleAssignment.of(a, i == accountable ? Role.ACCOUNTABLE
          : i % 2 == 0 ? Role.CONTRIBUTOR : Role.RESPONSIBLE, c);
      if (i == accountable || r.nextInt(10) > 0) {
        ra = ra.withAttribute(AllocationRequest.SHARE, (1 + r.nextInt(1000)) + "." + r.nextInt(10))
            .withAttribute(AllocationRequest.CONTRIBUTION, Integer.toString(1 + r.nextInt(500)));
      }
      roles.add(ra);
    }
    return AllocationRequest.of(c, parties.get(accountable), parties).withRoles(roles);
  }

  /**
   * A random conflict: 2 to 6 parties ({@code party-0 ...}) raised at {@link #RAISED} over a
   * random subject.
   *
   * @param seed the seed
   * @return the conflict
   */
  public static Conflict conflict(long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int n = 2 + r.nextInt(5);
    Set<PartyId> parties = new LinkedHashSet<>();
    for (int i = 0; i < n; i++) {
      parties.add(AgencyId.of("party-" + i));
    }
    SubjectKind kind = SubjectKind.values()[r.nextInt(SubjectKind.values().length)];
    PartyId raisedBy = AgencyId.of("party-" + r.nextInt(n));
    return Conflict.of("conflict-" + Long.toHexString(seed),
        new ConflictSubject(kind, "subject-" + r.nextInt(100)), parties, raisedBy, RAISED,
        "random conflict " + seed);
  }

  /**
   * The setting the contract kit uses: the first party leads, {@link #ARBITER} arbitrates,
   * {@link #CENTRE} is the centre.
   *
   * @param conflict the conflict
   * @return the setting
   */
  public static ConflictSetting setting(Conflict conflict) {
    return ConflictSetting.of(conflict).withLead(conflict.parties().iterator().next())
        .withArbiter(ARBITER).withCentre(Set.of(CENTRE));
  }

  /**
   * A plausible next event for a process: mostly well-formed and in time, sometimes late,
   * early, out of turn or by an outsider.
   *
   * @param process an open process
   * @param random the source of randomness
   * @return the event (which the process may reject)
   */
  public static ConflictEvent nextEvent(ConflictProcess process, SplittableRandom random) {
    return nextEvent(process, random, false);
  }

  /**
   * A plausible next event, from parties in a given mood: cooperative parties rarely disagree
   * and do not replace a proposal on the table, so that agreements are reached.
   *
   * @param process an open process
   * @param random the source of randomness
   * @param cooperative whether the parties are cooperative
   * @return the event (which the process may reject)
   */
  public static ConflictEvent nextEvent(ConflictProcess process, SplittableRandom random,
      boolean cooperative) {
    ConflictSetting s = process.setting();
    List<PartyId> parties = new ArrayList<>(s.conflict().parties());
    Instant last = process.lastEventAt();
    Instant deadline = process.state().deadline().orElse(last);
    long room = Math.max(0, Duration.between(last, deadline).getSeconds());
    int roll = random.nextInt(100);
    Instant at;
    if (roll < 3) {
      at = last.minusSeconds(1 + random.nextInt(3600));
    } else if (roll < 6) {
      at = deadline.plusSeconds(1 + random.nextInt(86_400));
    } else {
      at = last.plusSeconds(room == 0 ? 0 : random.nextLong(Math.min(room, 3 * 86_400L) + 1));
    }
    PartyId party = parties.get(random.nextInt(parties.size()));
    if (random.nextInt(40) == 0) {
      party = OUTSIDER;
    }
    int kind = random.nextInt(100);
    if (kind < 18) {
      return ConflictEvent.position(party, at, "position of " + party);
    } else if (kind < 28) {
      if (cooperative && process.state().proposal().isPresent()) {
        return ConflictEvent.stance(party, at, Stance.AGREE, "");
      }
      return ConflictEvent.proposal(party, at, "proposal " + random.nextInt(5) + " by " + party);
    } else if (kind < 55) {
      Stance st = cooperative && random.nextInt(20) > 0 ? Stance.AGREE : pickStance(random);
      return ConflictEvent.stance(party, at, st, st == Stance.BLOCK ? "cannot live with it" : "");
    } else if (kind < 61) {
      return ConflictEvent.objection(party, at, "it harms our clients");
    } else if (kind < 67) {
      return ConflictEvent.escalated(party, at, "stuck");
    } else if (kind < 84) {
      PartyId by;
      int who = random.nextInt(10);
      if (who < 3) {
        by = party;
      } else if (who < 5) {
        by = s.arbiter().orElse(ARBITER);
      } else if (who < 7) {
        by = s.centre().isEmpty() ? CENTRE : s.centre().iterator().next();
      } else if (who < 9) {
        by = s.lead().orElse(parties.get(0));
      } else {
        by = OUTSIDER;
      }
      return ConflictEvent.decision(by, at, "decision by " + by);
    } else if (kind < 85 && (!cooperative || random.nextBoolean())) {
      return ConflictEvent.withdrawn(party, at, "settled elsewhere");
    } else if (cooperative && random.nextInt(4) > 0) {
      return ConflictEvent.stance(party, at, Stance.AGREE, "");
    } else {
      return ConflictEvent.deadlinePassed(
          random.nextInt(5) == 0 ? at : deadline.plusSeconds(random.nextInt(2) * 3600L));
    }
  }

  private static Stance pickStance(SplittableRandom random) {
    int x = random.nextInt(10);
    return x < 6 ? Stance.AGREE : x < 7 ? Stance.ABSTAIN : x < 9 ? Stance.DISAGREE : Stance.BLOCK;
  }

  /**
   * Applies random events, then lets every remaining deadline pass until the process closes.
   * One seed in three has cooperative parties (see
   * {@link #nextEvent(ConflictProcess, SplittableRandom, boolean)}).
   *
   * @param process the opened process
   * @param seed the seed of the events
   * @param events how many random events to try
   * @param onRejected called with the process and the event for each rejected event
   * @return the closed process (or the process still open after 1000 deadlines, which breaks
   *     the contract)
   */
  public static ConflictProcess run(ConflictProcess process, long seed, int events,
      java.util.function.BiConsumer<ConflictProcess, RejectedEventException> onRejected) {
    SplittableRandom random = new SplittableRandom(seed);
    boolean cooperative = random.nextInt(3) == 0;
    ConflictProcess p = process;
    for (int i = 0; i < events && p.isOpen(); i++) {
      ConflictEvent e = nextEvent(p, random, cooperative);
      try {
        p = p.apply(e);
      } catch (RejectedEventException x) {
        onRejected.accept(p, x);
      }
    }
    for (int i = 0; i < 1000 && p.isOpen(); i++) {
      p = p.apply(ConflictEvent.deadlinePassed(p.state().requireDeadline()));
    }
    return p;
  }
}
