package org.sharedoutcomes.testkit;

import java.lang.reflect.Method;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

/**
 * A JUnit 5 extension that puts the seed into the message of a failing property test, so that
 * the build log says which seed to replay, not only the invocation's index:
 *
 * <pre>{@code
 * @ExtendWith(SeedReporter.class)
 * class MyPropertiesTest {
 *   @ParameterizedTest(name = "seed {0}")
 *   @MethodSource("seeds")            // static LongStream seeds() { return Seeds.of(500); }
 *   void holds(long seed) { ... }
 * }
 * }</pre>
 *
 * <p>A failure of {@code holds(-4242)} then reads {@code seed -4242 failed (replay with
 * -Dsharedoutcomes.seed=-4242): <the original message>}, with the original failure as its
 * cause. The seed is the test method's first {@code long} (or {@code Long}) argument; tests
 * without one, and aborted tests, are left alone. Stateless and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SeedReporter implements InvocationInterceptor {
  /** Creates the extension; JUnit does this for {@code @ExtendWith(SeedReporter.class)}. */
  public SeedReporter() {}

  @Override
  public void interceptTestTemplateMethod(Invocation<Void> invocation,
      ReflectiveInvocationContext<Method> invocationContext, ExtensionContext extensionContext)
      throws Throwable {
    try {
      invocation.proceed();
    } catch (TestAbortedException aborted) {
      throw aborted;
    } catch (Throwable failure) {
      Long seed = seed(invocationContext.getArguments());
      if (seed == null) {
        throw failure;
      }
      throw new AssertionError("seed " + seed + " failed (replay with -D"
          + Seeds.REPLAY_PROPERTY + "=" + seed + "): " + failure, failure);
    }
  }

  private static @org.jspecify.annotations.Nullable Long seed(List<Object> arguments) {
    for (Object a : arguments) {
      if (a instanceof Long l) {
        return l;
      }
    }
    return null;
  }
}
