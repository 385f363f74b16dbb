/**
 * Contract tests for protocols: abstract JUnit 5 classes that integrators extend to check their
 * own {@link org.sharedoutcomes.core.protocol.responsibility.ResponsibilityProtocol} or
 * {@link org.sharedoutcomes.core.protocol.conflict.ConflictResolutionProtocol}, and the seeded
 * random inputs they use.
 */
@NullMarked
package org.sharedoutcomes.testkit.protocol;

import org.jspecify.annotations.NullMarked;
