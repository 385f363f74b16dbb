package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.string;

import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.ConflictSubject;
import org.sharedoutcomes.core.SubjectKind;

/** The JSON form of a conflict's {@link ConflictSubject}. */
final class SubjectCodec extends Codec<ConflictSubject, SubjectCodec.Acc> {
  static final SubjectCodec INSTANCE = new SubjectCodec();

  private SubjectCodec() {
    super(ConflictSubject.class, "subject", "/$defs/conflict/properties/subject", r -> new Acc());
    required("kind", (r, a) -> a.kind = r.enumValue(EnumTable.SUBJECT_KIND),
        (g, n, x) -> name(g, n, x.kind()));
    required("reference", (r, a) -> a.reference = r.string(),
        (g, n, x) -> string(g, n, x.reference()));
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  ConflictSubject finish(TokenReader r, Acc a) {
    return new ConflictSubject(a.kind, a.reference);
  }

  /** A subject's fields as read. */
  static final class Acc {
    @Nullable SubjectKind kind;
    @Nullable String reference;
  }
}
