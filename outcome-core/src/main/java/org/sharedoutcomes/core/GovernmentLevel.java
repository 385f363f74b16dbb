package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The level of government an {@link Agency} belongs to. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum GovernmentLevel {
  /** National or federal government. */
  NATIONAL,
  /** State, provincial or territorial government. */
  STATE,
  /** Local or municipal government. */
  LOCAL,
  /** Indigenous government. */
  INDIGENOUS,
  /** An international organisation. */
  INTERNATIONAL,
  /** Not part of any government. */
  NON_GOVERNMENTAL;
}
