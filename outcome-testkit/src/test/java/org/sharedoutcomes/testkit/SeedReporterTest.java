package org.sharedoutcomes.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.InvocationInterceptor.Invocation;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.opentest4j.TestAbortedException;

class SeedReporterTest {
  private static ReflectiveInvocationContext<Method> arguments(Object... args) {
    return new ReflectiveInvocationContext<>() {
      @Override
      public Class<?> getTargetClass() {
        return SeedReporterTest.class;
      }

      @Override
      public Method getExecutable() {
        return SeedReporterTest.class.getDeclaredMethods()[0];
      }

      @Override
      public List<Object> getArguments() {
        return List.of(args);
      }

      @Override
      public Optional<Object> getTarget() {
        return Optional.empty();
      }
    };
  }

  private static Invocation<Void> throwing(Throwable t) {
    return () -> {
      throw t;
    };
  }

  @Test
  void putsTheSeedIntoTheMessageOfAFailure() {
    AssertionError cause = new AssertionError("boom");
    AssertionError e = assertThrows(AssertionError.class, () -> new SeedReporter()
        .interceptTestTemplateMethod(throwing(cause), arguments(-42L), null));
    assertEquals("seed -42 failed (replay with -Dsharedoutcomes.seed=-42): "
        + "java.lang.AssertionError: boom", e.getMessage());
    assertSame(cause, e.getCause());
  }

  @Test
  void leavesAFailureWithoutSeedAlone() {
    IllegalStateException cause = new IllegalStateException("no seed");
    assertSame(cause, assertThrows(IllegalStateException.class, () -> new SeedReporter()
        .interceptTestTemplateMethod(throwing(cause), arguments("text", 3), null)));
  }

  @Test
  void leavesAnAbortedTestAlone() {
    TestAbortedException aborted = new TestAbortedException("assumption");
    assertSame(aborted, assertThrows(TestAbortedException.class, () -> new SeedReporter()
        .interceptTestTemplateMethod(throwing(aborted), arguments(7L), null)));
  }

  @Test
  void letsAPassingTestPass() {
    assertDoesNotThrow(() -> new SeedReporter()
        .interceptTestTemplateMethod(() -> null, arguments(7L), null));
  }
}
