package org.sharedoutcomes.core;

import org.apiguardian.api.API;

/** The id of something a role is held on: a {@link CommitmentId} or an {@link OutcomeId}. */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface RoleTarget extends EntityId permits CommitmentId, OutcomeId {}
