package org.sharedoutcomes.testkit.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.sharedoutcomes.core.protocol.ProtocolRegistry;
import org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol;

/** The integrator's rotating-chair protocol, found only through ServiceLoader by its id. */
class RotatingChairTest extends ConflictResolutionProtocolContract {

  @Override
  protected ConflictResolutionProtocol protocol() {
    return ConflictResolutionProtocol.find("rotating-chair").orElseThrow();
  }

  @Test
  void isFoundThroughServiceLoaderByItsId() {
    ConflictResolutionProtocol p = ConflictResolutionProtocol.find("rotating-chair").orElseThrow();
    assertEquals("rotating-chair", p.id());
    assertEquals(Duration.ofDays(21), p.maximumDuration());
  }

  @Test
  void isInTheLoadedRegistryButNotAmongTheBuiltIns() {
    assertTrue(ProtocolRegistry.loaded().conflict("rotating-chair").isPresent());
    assertFalse(ProtocolRegistry.builtIns().conflict("rotating-chair").isPresent());
  }
}
