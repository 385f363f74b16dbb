package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import java.time.LocalDate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.Milestone;

/** The JSON form of a {@link Milestone}. */
final class MilestoneCodec extends Codec<Milestone, MilestoneCodec.Acc> {
  static final MilestoneCodec INSTANCE = new MilestoneCodec();

  private MilestoneCodec() {
    super(Milestone.class, "milestone", "/$defs/commitment/properties/milestones/items",
        r -> new Acc());
    required("name", (r, a) -> a.name = r.string(), (g, n, x) -> string(g, n, x.name()));
    required("due", (r, a) -> a.due = r.date(), (g, n, x) -> date(g, n, x.due()));
    field("done", (r, a) -> a.done = r.optionalDate(), (g, n, x) -> date(g, n, x.done()));
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  Milestone finish(TokenReader r, Acc a) {
    return new Milestone(a.name, a.due, a.done);
  }

  /** A milestone's fields as read. */
  static final class Acc {
    @Nullable String name;
    @Nullable LocalDate due;
    Optional<LocalDate> done = Optional.empty();
  }
}
