package org.sharedoutcomes.json;

import org.apiguardian.api.API;
import tools.jackson.core.Version;
import tools.jackson.core.Versioned;

/**
 * The version of this module, in Jackson's terms. Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PackageVersion implements Versioned {
  /** The version of outcome-json. */
  public static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "org.sharedoutcomes", "outcome-json");

  /** For Jackson's {@link Versioned} look-up. */
  public PackageVersion() {}

  /**
   * The version.
   *
   * @return {@link #VERSION}
   */
  @Override
  public Version version() {
    return VERSION;
  }
}
