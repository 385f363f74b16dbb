package org.sharedoutcomes.json;

import org.apiguardian.api.API;

/**
 * The versions of the Shared Outcomes JSON format. A document names its version in its
 * {@code "format"} header, for example {@code "sharedoutcomes/1"}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum FormatVersion {
  /** The first version of the format. */
  V1(1);

  /** The prefix of every format header. */
  public static final String PREFIX = "sharedoutcomes/";

  private final int number;

  FormatVersion(int number) {
    this.number = number;
  }

  /**
   * The version this library writes.
   *
   * @return the current version
   */
  public static FormatVersion current() {
    return V1;
  }

  /**
   * The version's number.
   *
   * @return the number, from 1
   */
  public int number() {
    return number;
  }

  /**
   * The header value naming this version.
   *
   * @return for example {@code "sharedoutcomes/1"}
   */
  public String header() {
    return PREFIX + number;
  }
}
