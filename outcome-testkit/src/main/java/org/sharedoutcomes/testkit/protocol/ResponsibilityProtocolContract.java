package org.sharedoutcomes.testkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Role;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.protocol.Fraction;
import org.sharedoutcomes.core.protocol.responsibility.Allocation;
import org.sharedoutcomes.core.protocol.responsibility.AllocationRequest;
import org.sharedoutcomes.core.protocol.responsibility.ResponsibilityProtocol;
import org.sharedoutcomes.testkit.Seeds;

/**
 * The contract every {@link ResponsibilityProtocol} must keep, as JUnit 5 tests. Extend it in
 * your test sources and say which protocol to check:
 *
 * <pre>{@code
 * class BudgetSharesTest extends ResponsibilityProtocolContract {
 *   @Override
 *   protected ResponsibilityProtocol protocol() {
 *     return new BudgetShares();
 *   }
 * }
 * }</pre>
 *
 * <p>The property tests run over {@link #seeds()} (by default {@code Seeds.of(200)}) with the
 * requests of {@link #request(long)} (by default {@link RandomProtocolInputs#allocationRequest},
 * which declares {@value AllocationRequest#SHARE} and {@value AllocationRequest#CONTRIBUTION}
 * attributes); override either to fit your protocol. A failure names the seed; replay it with
 * {@code -Dsharedoutcomes.seed=N}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ResponsibilityProtocolContract {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** For subclasses. */
  protected ResponsibilityProtocolContract() {}

  /**
   * The protocol under test.
   *
   * @return a protocol instance (may be a new one on each call)
   */
  protected abstract ResponsibilityProtocol protocol();

  /**
   * A request the protocol can allocate.
   *
   * @param seed the seed
   * @return a request
   */
  protected AllocationRequest request(long seed) {
    return RandomProtocolInputs.allocationRequest(seed);
  }

  /**
   * The seeds of the property tests.
   *
   * @return the seeds
   */
  protected LongStream seeds() {
    return Seeds.of(200);
  }

  /** The id is lower-case words joined by hyphens. */
  @Test
  public void idIsLowerCaseWordsJoinedByHyphens() {
    String id = protocol().id();
    assertTrue(ID.matcher(id).matches(), () -> "id '" + id + "' is not lower-case-with-hyphens");
  }

  /** The description is not blank. */
  @Test
  public void descriptionIsNotBlank() {
    assertFalse(protocol().description().isBlank());
  }

  /**
   * Shares sum to exactly one.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void sharesSumToExactlyOne(long seed) {
    Allocation a = protocol().allocate(request(seed));
    Fraction sum = Fraction.ZERO;
    for (Fraction f : a.shares().values()) {
      sum = sum.plus(f);
    }
    assertEquals(Fraction.ONE, sum);
  }

  /**
   * Every party of the request has a share, and nobody else.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void everyPartyAndNoOtherHasAShare(long seed) {
    AllocationRequest r = request(seed);
    Allocation a = protocol().allocate(r);
    assertEquals(new ArrayList<>(r.parties()), new ArrayList<>(a.shares().keySet()));
  }

  /**
   * The allocation names the request's commitment and accountable party, this protocol, and
   * explains itself.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void allocationNamesCommitmentAccountablePartyAndProtocol(long seed) {
    AllocationRequest r = request(seed);
    ResponsibilityProtocol p = protocol();
    Allocation a = p.allocate(r);
    assertEquals(r.commitment(), a.commitment());
    assertEquals(r.accountable(), a.accountable());
    assertEquals(p.id(), a.protocol());
    assertFalse(a.explanation().isBlank());
  }

  /**
   * Equal requests give equal allocations.
   *
   * @param seed the seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void equalRequestsGiveEqualAllocations(long seed) {
    assertEquals(protocol().allocate(request(seed)), protocol().allocate(request(seed)));
  }

  /** A commitment with one party gives it everything. */
  @Test
  public void onlyPartyGetsEverything() {
    AgencyId only = AgencyId.of("only");
    CommitmentId c = CommitmentId.of("solo");
    AllocationRequest r = AllocationRequest.of(c, only, List.<PartyId>of(only)).withRoles(
        List.of(RoleAssignment.of(only, Role.ACCOUNTABLE, c)
            .withAttribute(AllocationRequest.SHARE, "1")
            .withAttribute(AllocationRequest.CONTRIBUTION, "1")));
    assertEquals(Map.of(only, Fraction.ONE), protocol().allocate(r).shares());
  }

  /** A null request is refused. */
  @Test
  @SuppressWarnings("NullAway") // passes null on purpose: the contract is that it is refused
  public void rejectsNullRequest() {
    assertThrows(RuntimeException.class, () -> protocol().allocate((AllocationRequest) null));
  }
}
