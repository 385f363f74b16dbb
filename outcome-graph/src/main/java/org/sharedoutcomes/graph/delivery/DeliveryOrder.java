package org.sharedoutcomes.graph.delivery;

import org.sharedoutcomes.core.internal.Lazy;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.graph.AccountabilityGraph;

/**
 * The order in which commitments can be delivered, and the critical path by due dates.
 *
 * <p><b>Delivery order</b>: a topological order of the commitments under DEPENDS_ON, every
 * commitment after all the commitments it depends on; among those ready at the same time, the
 * smallest id first, so the order is unique. Kahn's algorithm (Kahn 1962, "Topological sorting
 * of large networks", CACM 5(11)) with a priority queue, {@code O(C log C + D)} for {@code C}
 * commitments and {@code D} dependencies.
 *
 * <p><b>Critical path</b> (the critical path method, Kelley and Walker 1959): a commitment's
 * duration is the number of days from the day it was made to its due date (0 when either date
 * is missing or the due date comes first; such commitments are listed by
 * {@link #withoutDuration()}, so a length built on them is known to be a lower bound). Its earliest finish is its duration plus the latest
 * earliest finish among its dependencies. The critical path is the chain of dependencies that
 * ends at the commitment with the latest earliest finish and, walking back, always takes the
 * dependency with the latest earliest finish (ties: the first in delivery order); its length is
 * that earliest finish, in days. Also {@code O(C + D)}.
 *
 * <p>The model rejects dependency cycles, so the order always covers every commitment; a model
 * without commitments gives empty results with a {@link #reason()}. Validates in the
 * constructor, computes on first use; results are unmodifiable. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DeliveryOrder {
  private final OutcomeModel model;
  private final Lazy<Result> result = Lazy.of(this::compute);

  private record Result(List<CommitmentId> order, List<CommitmentId> path, long days,
      Map<CommitmentId, Long> finish, List<CommitmentId> withoutDuration) {}

  /**
   * The delivery order of a graph's model's commitments.
   *
   * @param graph the accountability graph
   * @throws NullPointerException if {@code graph} is null
   */
  public DeliveryOrder(AccountabilityGraph graph) {
    this.model = Objects.requireNonNull(graph, "graph must not be null").model();
  }

  private Result result() {
    return result.get();
  }

  private Result compute() {
    List<Commitment> all = model.commitments();
    Map<CommitmentId, Integer> pending = new HashMap<>();
    Map<CommitmentId, Commitment> byId = new HashMap<>();
    PriorityQueue<CommitmentId> ready = new PriorityQueue<>();
    for (Commitment c : all) {
      byId.put(c.id(), c);
      pending.put(c.id(), c.dependsOn().size());
      if (c.dependsOn().isEmpty()) {
        ready.add(c.id());
      }
    }
    List<CommitmentId> order = new ArrayList<>(all.size());
    while (!ready.isEmpty()) {
      CommitmentId c = ready.poll();
      order.add(c);
      for (Commitment d : model.dependentsOf(c)) {
        int left = pending.merge(d.id(), -1, Integer::sum);
        if (left == 0) {
          ready.add(d.id());
        }
      }
    }
    Map<CommitmentId, Long> finish = new HashMap<>();
    Map<CommitmentId, CommitmentId> via = new HashMap<>();
    Map<CommitmentId, Integer> position = new HashMap<>();
    CommitmentId end = null;
    long best = -1;
    for (CommitmentId id : order) {
      position.put(id, position.size());
      Commitment c = Objects.requireNonNull(byId.get(id));
      long start = 0;
      CommitmentId from = null;
      for (CommitmentId d : c.dependsOn()) {
        long f = finish.getOrDefault(d, 0L);
        if (from == null || f > start || (f == start
            && Objects.requireNonNull(position.get(d)) < Objects.requireNonNull(position.get(from)))) {
          start = f;
          from = d;
        }
      }
      long ef = start + duration(c);
      finish.put(id, ef);
      if (from != null) {
        via.put(id, from);
      }
      if (ef > best) {
        best = ef;
        end = id;
      }
    }
    List<CommitmentId> path = new ArrayList<>();
    for (CommitmentId c = end; c != null; c = via.get(c)) {
      path.add(c);
    }
    Collections.reverse(path);
    Map<CommitmentId, Long> finishInOrder = new java.util.LinkedHashMap<>();
    for (CommitmentId id : order) {
      finishInOrder.put(id, finish.get(id));
    }
    List<CommitmentId> withoutDuration = new ArrayList<>();
    for (CommitmentId id : order) {
      if (!hasDuration(Objects.requireNonNull(byId.get(id)))) {
        withoutDuration.add(id);
      }
    }
    return new Result(List.copyOf(order), List.copyOf(path), Math.max(best, 0),
        Collections.unmodifiableMap(finishInOrder), List.copyOf(withoutDuration));
  }

  /**
   * A commitment's duration in days: from the day it was made to its due date, or 0.
   *
   * @param c the commitment
   * @return the duration, at least 0
   */
  public static long duration(Commitment c) {
    if (c.madeOn().isEmpty() || c.due().isEmpty()) {
      return 0;
    }
    return Math.max(0, ChronoUnit.DAYS.between(c.madeOn().get(), c.due().get()));
  }

  private static boolean hasDuration(Commitment c) {
    return c.madeOn().isPresent() && c.due().isPresent()
        && !c.due().get().isBefore(c.madeOn().get());
  }

  /**
   * The commitments whose duration is unknown, in delivery order: no made-on date or no due
   * date (a due date before the made-on date is a validation problem of the model). Each counts 0 days in {@link #earliestFinish()}
   * and {@link #criticalPathDays()}, so when one lies on the {@link #criticalPath()} the length
   * is a lower bound, not a measurement; a report should say so.
   *
   * @return unmodifiable list, empty when every commitment has both dates in order
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public List<CommitmentId> withoutDuration() {
    return result().withoutDuration();
  }

  /**
   * The commitments in delivery order: each after everything it depends on.
   *
   * @return unmodifiable list of every commitment
   */
  public List<CommitmentId> order() {
    return result().order();
  }

  /**
   * The critical path: the chain of dependencies with the latest earliest finish, first
   * dependency first.
   *
   * @return unmodifiable list, empty if the model has no commitments
   */
  public List<CommitmentId> criticalPath() {
    return result().path();
  }

  /**
   * The length of the critical path: the sum of its commitments' durations.
   *
   * @return days, 0 if there are no commitments or no dated ones; a lower bound when a
   *     commitment on the path is one of {@link #withoutDuration()}
   */
  public long criticalPathDays() {
    return result().days();
  }

  /**
   * Each commitment's earliest finish, in days from the start of the work.
   *
   * @return unmodifiable map in delivery order
   */
  public Map<CommitmentId, Long> earliestFinish() {
    return result().finish();
  }

  /**
   * Why the results are empty, if they are.
   *
   * @return the reason, or empty if the model has commitments
   */
  public Optional<String> reason() {
    return model.commitments().isEmpty()
        ? Optional.of("the model has no commitments") : Optional.empty();
  }
}
