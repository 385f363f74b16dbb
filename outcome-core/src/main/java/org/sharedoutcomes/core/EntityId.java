package org.sharedoutcomes.core;

import java.util.Comparator;
import org.apiguardian.api.API;

/**
 * The typed id of an entity of the model. Each kind of entity has its own id type, so that a
 * role cannot be given to an indicator by mistake.
 *
 * <p>An id is a non-blank string of at most 256 characters, without leading or trailing white
 * space or control characters. Ids are compared by their text; two ids of different types are
 * never equal, even with the same text. Instances are immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface EntityId
    permits PartyId, RoleTarget, IndicatorId, AgreementId, ConflictId {

  /** Orders ids by their text, then by their kind; consistent with equals. */
  Comparator<EntityId> ORDER = (a, b) -> {
    if (a == b) {
      return 0;
    }
    int c = a.value().compareTo(b.value());
    return c != 0 ? c : Integer.compare(a.kind().ordinal(), b.kind().ordinal());
  };

  /**
   * The id's text.
   *
   * @return the text, never blank
   */
  String value();

  /**
   * The kind of entity this id names.
   *
   * @return the kind
   */
  EntityKind kind();
}
