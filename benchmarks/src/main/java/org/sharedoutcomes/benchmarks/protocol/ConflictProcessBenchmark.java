package org.sharedoutcomes.benchmarks.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.ConflictSubject;
import org.sharedoutcomes.core.protocol.conflict.ConflictEvent;
import org.sharedoutcomes.core.protocol.conflict.ConflictProcess;
import org.sharedoutcomes.core.protocol.conflict.ConflictSetting;
import org.sharedoutcomes.core.protocol.conflict.Consensus;
import org.sharedoutcomes.core.protocol.conflict.LeadDecides;
import org.sharedoutcomes.core.protocol.conflict.RejectedEventException;
import org.sharedoutcomes.core.protocol.conflict.Stance;

/**
 * Throughput of {@link ConflictProcess#apply}: one accepted event, one rejected event, and a
 * whole lead-decides resolution of 12 events (score per event).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class ConflictProcessBenchmark {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  private static final AgencyId A = AgencyId.of("esdc");
  private static final AgencyId B = AgencyId.of("cra");
  private static final AgencyId C = AgencyId.of("city");
  private static final AgencyId D = AgencyId.of("health");
  private static final AgencyId JUDGE = AgencyId.of("judge");

  private ConflictSetting setting;
  private ConflictProcess deliberating;
  private ConflictEvent stance;
  private ConflictEvent outOfOrder;
  private List<ConflictEvent> leadDecides;

  /** Builds a four-party conflict and its events. */
  @Setup
  public void setUp() {
    Conflict c = Conflict.of("counter", ConflictSubject.commitment(CommitmentId.of("birth")),
        Set.of(A, B, C, D), C, T0, "who runs the counter");
    setting = ConflictSetting.of(c).withLead(A).withArbiter(JUDGE);
    deliberating = new Consensus().open(setting)
        .apply(ConflictEvent.position(A, T0.plusSeconds(60), "ESDC"))
        .apply(ConflictEvent.position(B, T0.plusSeconds(120), "CRA"))
        .apply(ConflictEvent.proposal(A, T0.plusSeconds(180), "joint counter"));
    stance = ConflictEvent.stance(B, T0.plusSeconds(240), Stance.AGREE, "");
    outOfOrder = ConflictEvent.stance(B, T0.minusSeconds(1), Stance.AGREE, "");
    leadDecides = List.of(
        ConflictEvent.position(A, T0.plusSeconds(3600), "ESDC"),
        ConflictEvent.position(B, T0.plusSeconds(7200), "CRA"),
        ConflictEvent.position(C, T0.plusSeconds(9000), "city"),
        ConflictEvent.position(D, T0.plusSeconds(9900), "health"),
        ConflictEvent.proposal(B, T0.plusSeconds(10_000), "joint counter"),
        ConflictEvent.stance(C, T0.plusSeconds(10_100), Stance.AGREE, ""),
        ConflictEvent.stance(D, T0.plusSeconds(10_200), Stance.DISAGREE, ""),
        ConflictEvent.position(D, T0.plusSeconds(10_300), "health, revised"),
        ConflictEvent.decision(A, T0.plusSeconds(86_400), "ESDC runs it"),
        ConflictEvent.escalated(B, T0.plusSeconds(2 * 86_400), "unfair"),
        ConflictEvent.position(C, T0.plusSeconds(3 * 86_400), "city, on appeal"),
        ConflictEvent.decision(JUDGE, T0.plusSeconds(4 * 86_400), "joint counter"));
  }

  /**
   * One accepted event on a process with a proposal on the table.
   *
   * @return the next process
   */
  @Benchmark
  public ConflictProcess applyAcceptedStance() {
    return deliberating.apply(stance);
  }

  /**
   * One rejected event (out of time order).
   *
   * @return the exception
   */
  @Benchmark
  public Object applyRejectedEvent() {
    try {
      return deliberating.apply(outOfOrder);
    } catch (RejectedEventException e) {
      return e;
    }
  }

  /**
   * A whole lead-decides resolution with an appeal: open plus 12 events; score per event.
   *
   * @return the decided process
   */
  @Benchmark
  @OperationsPerInvocation(12)
  public ConflictProcess leadDecidesWithAppealPerEvent() {
    ConflictProcess p = new LeadDecides().open(setting);
    for (ConflictEvent e : leadDecides) {
      p = p.apply(e);
    }
    return p;
  }
}
