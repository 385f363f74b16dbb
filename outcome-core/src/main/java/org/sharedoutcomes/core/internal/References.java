package org.sharedoutcomes.core.internal;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.Role;

/**
 * What a valid model's elements refer to, as positions in the model's lists: the look-ups
 * validation makes anyway to find dangling references, kept, so that the accountability graph
 * is built from {@code int} arrays, touching neither a hash table nor a reference's id object
 * (at a million commitments each of those is a cache miss, and they were most of the graph's
 * construction).
 *
 * <p>Every list below is in the model's order of the referring elements ({@link
 * org.sharedoutcomes.core.OutcomeModel#agencies()} and the others, sorted by id; {@link
 * org.sharedoutcomes.core.OutcomeModel#roles()}), and within one element in the iteration
 * order of its set of references. A party is encoded as its agency's position {@code p}, or
 * as {@code -(p + 1)} for the person at position {@code p}; an absent optional reference is
 * {@link #NONE}; a role's target likewise, as a commitment's position {@code p} or
 * {@code -(p + 1)} for an outcome's. The arrays are shared, never to be modified. Not part of
 * the API.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class References {
  /** An absent optional reference. */
  public static final int NONE = Integer.MIN_VALUE;

  private static final References EMPTY = new References(new int[0], new int[0], Lists.EMPTY,
      Lists.EMPTY, Lists.EMPTY, Lists.EMPTY, Lists.EMPTY, new int[0], new int[0], new int[0],
      new byte[0]);

  /** The built-in roles, in the order of {@link Role#builtIns()}. */
  private static final Role[] BUILT_INS = Role.builtIns().toArray(new Role[0]);

  private final int[] agencyParent;
  private final int[] personAgency;
  private final Lists outcomeParents;
  private final Lists commitmentOutcomes;
  private final Lists commitmentDependsOn;
  private final Lists indicatorCommitments;
  private final Lists indicatorOutcomes;
  private final int[] indicatorDataOwner;
  private final int[] roleParty;
  private final int[] roleTarget;
  private final byte[] roleBuiltIn;

  @SuppressWarnings("ParameterNumber")
  References(int[] agencyParent, int[] personAgency, Lists outcomeParents,
      Lists commitmentOutcomes, Lists commitmentDependsOn, Lists indicatorCommitments,
      Lists indicatorOutcomes, int[] indicatorDataOwner, int[] roleParty, int[] roleTarget,
      byte[] roleBuiltIn) {
    this.agencyParent = agencyParent;
    this.personAgency = personAgency;
    this.outcomeParents = outcomeParents;
    this.commitmentOutcomes = commitmentOutcomes;
    this.commitmentDependsOn = commitmentDependsOn;
    this.indicatorCommitments = indicatorCommitments;
    this.indicatorOutcomes = indicatorOutcomes;
    this.indicatorDataOwner = indicatorDataOwner;
    this.roleParty = roleParty;
    this.roleTarget = roleTarget;
    this.roleBuiltIn = roleBuiltIn;
  }

  /**
   * The references of the empty model.
   *
   * @return them
   */
  public static References empty() {
    return EMPTY;
  }

  /**
   * Each agency's parent: its position, or {@link #NONE}.
   *
   * @return one entry per agency
   */
  public int[] agencyParent() {
    return agencyParent;
  }

  /**
   * Each person's agency.
   *
   * @return one position per person
   */
  public int[] personAgency() {
    return personAgency;
  }

  /**
   * Each outcome's parents.
   *
   * @return the outcomes' parent positions
   */
  public Lists outcomeParents() {
    return outcomeParents;
  }

  /**
   * The outcomes each commitment serves.
   *
   * @return outcome positions per commitment
   */
  public Lists commitmentOutcomes() {
    return commitmentOutcomes;
  }

  /**
   * The commitments each commitment depends on.
   *
   * @return commitment positions per commitment
   */
  public Lists commitmentDependsOn() {
    return commitmentDependsOn;
  }

  /**
   * The commitments each indicator measures.
   *
   * @return commitment positions per indicator
   */
  public Lists indicatorCommitments() {
    return indicatorCommitments;
  }

  /**
   * The outcomes each indicator measures.
   *
   * @return outcome positions per indicator
   */
  public Lists indicatorOutcomes() {
    return indicatorOutcomes;
  }

  /**
   * Each indicator's data owner: an agency position, or {@link #NONE}.
   *
   * @return one entry per indicator
   */
  public int[] indicatorDataOwner() {
    return indicatorDataOwner;
  }

  /**
   * Each role assignment's party: agency position {@code p}, or {@code -(p + 1)} for a person.
   *
   * @return one entry per role
   */
  public int[] roleParty() {
    return roleParty;
  }

  /**
   * Each role assignment's target: commitment position {@code p}, or {@code -(p + 1)} for an
   * outcome.
   *
   * @return one entry per role
   */
  public int[] roleTarget() {
    return roleTarget;
  }

  /**
   * Each role's role as its index in {@link Role#builtIns()} when it is one of those constants,
   * or -1 for any other role (a role of the model's own, or an equal role not made by
   * {@code Role.of}, which callers look up by value): what the role is, without touching the
   * role's record. See {@link #builtInIndex(Role)}.
   *
   * @return one entry per role
   */
  public byte[] roleBuiltIn() {
    return roleBuiltIn;
  }

  /**
   * The index of a role in {@link Role#builtIns()}, found by identity (the built-in roles are
   * constants {@code Role.of} returns), or -1.
   *
   * @param role the role
   * @return its index, or -1 for any other role (an equal role made with the record's
   *     constructor too: callers look those up by value)
   */
  static byte builtInIndex(Role role) {
    Role[] b = BUILT_INS;
    for (int i = 0; i < b.length; i++) {
      if (b[i] == role) {
        return (byte) i;
      }
    }
    return -1;
  }

  /**
   * Lists of positions, one list per element, in one array: the list of element {@code i} is
   * {@code at[from(i)]} up to {@code at[to(i)]}, exclusive.
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static final class Lists {
    static final Lists EMPTY = new Lists(new int[1], new int[0]);

    private final int[] starts;
    private final int[] at;

    Lists(int[] starts, int[] at) {
      this.starts = starts;
      this.at = at;
    }

    /**
     * Where element i's list starts.
     *
     * @param i the element's position
     * @return the index of its first entry in {@link #at}
     */
    public int from(int i) {
      return starts[i];
    }

    /**
     * Where element i's list ends.
     *
     * @param i the element's position
     * @return the index after its last entry
     */
    public int to(int i) {
      return starts[i + 1];
    }

    /**
     * An entry.
     *
     * @param k its index, from {@link #from} to {@link #to}
     * @return the position it holds
     */
    public int at(int k) {
      return at[k];
    }

    /**
     * How many entries all lists hold together.
     *
     * @return the count
     */
    public int total() {
      return starts[starts.length - 1];
    }

    /**
     * Whether the graph whose edges go from each element to the positions of its list (of
     * the same kind) has a cycle; a negative position (a dangling reference) is no edge.
     *
     * @return true if it has one
     */
    public boolean hasCycle() {
      return ModelValidator.hasCycle(starts.length - 1, starts, at);
    }

    /**
     * Lists of at most one entry from optional positions ({@link References#NONE} for none).
     *
     * @param optional one entry per element
     * @return the lists
     */
    static Lists ofOptional(int[] optional) {
      int[] starts = new int[optional.length + 1];
      int n = 0;
      for (int p : optional) {
        if (p != NONE) {
          n++;
        }
      }
      int[] at = new int[n];
      int k = 0;
      for (int i = 0; i < optional.length; i++) {
        if (optional[i] != NONE) {
          at[k++] = optional[i];
        }
        starts[i + 1] = k;
      }
      return new Lists(starts, at);
    }

    @Override
    public String toString() {
      return "Lists[" + (starts.length - 1) + " lists, " + total() + " entries]";
    }

    /** Fills lists element by element, in order. */
    static final class Builder {
      private final int[] starts;
      private int[] at;
      private int element;
      private int size;

      Builder(int elements, int expected) {
        this.starts = new int[elements + 1];
        this.at = new int[Math.max(4, expected)];
      }

      /** Ends the list of the current element and starts the next one's. */
      void next() {
        starts[++element] = size;
      }

      void add(int position) {
        if (size == at.length) {
          at = Arrays.copyOf(at, Math.max(size + 1, size + (size >> 1)));
        }
        at[size++] = position;
      }

      Lists build() {
        if (element != starts.length - 1) {
          throw new IllegalStateException(
              "lists of " + element + " elements, not " + (starts.length - 1));
        }
        return new Lists(starts, size == at.length ? at : Arrays.copyOf(at, size));
      }
    }
  }
}
