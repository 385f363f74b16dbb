package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The kind of an {@link Agency}; {@link #iatiOrganisationType()} maps it to IATI's OrganisationType code list. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum AgencyKind {
  /** A government department or ministry. */
  DEPARTMENT("10"),
  /** A central agency of government, such as a delivery unit, a cabinet office or a treasury: "the centre". */
  CENTRAL_AGENCY("10"),
  /** A crown entity, arm's-length body or agency. */
  CROWN_ENTITY("15"),
  /** A municipality or other local government. */
  MUNICIPALITY("11"),
  /** A non-governmental organisation. */
  NGO("22"),
  /** A community provider of services. */
  COMMUNITY_PROVIDER("24"),
  /** A group of clients or citizens, often co-producers of a service. */
  CLIENT_GROUP("24"),
  /** A private-sector organisation. */
  PRIVATE("70");

  private final String code;

  AgencyKind(String code) {
    this.code = code;
  }

  /**
   * The code of IATI's OrganisationType code list closest to this kind.
   *
   * @return the code, for example {@code "10"} for government
   */
  public String iatiOrganisationType() {
    return code;
  }
}
