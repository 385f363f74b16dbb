package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/**
 * The id of a party that can hold a role: an {@link AgencyId} or a {@link PersonId}. Agency and
 * person ids share one name space in a model, so a party id's text alone identifies it.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface PartyId extends EntityId permits AgencyId, PersonId {}
