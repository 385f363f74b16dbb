package org.sharedoutcomes.json.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every codec of the format, the registry the Jackson module, the reader's entity entry point
 * and the schema test go through.
 */
final class Codecs {
  /** Every codec, the document's first. */
  static final List<Codec<?, ?>> ALL = List.of(DocumentCodec.INSTANCE, WithheldCodec.INSTANCE,
      AgencyCodec.INSTANCE, PersonCodec.INSTANCE, OutcomeCodec.INSTANCE, RevisionCodec.INSTANCE,
      CommitmentCodec.INSTANCE, MilestoneCodec.INSTANCE, ChoiceCodec.PARTY, RoleCodec.INSTANCE,
      IndicatorCodec.INSTANCE, BaselineCodec.INSTANCE, TargetCodec.INSTANCE, PointCodec.INSTANCE,
      RatioCodec.INSTANCE, SeriesCodec.INSTANCE, ExtrasCodec.INSTANCE, AssessmentCodec.INSTANCE,
      InterventionCodec.INSTANCE, AgreementCodec.INSTANCE, ConflictCodec.INSTANCE,
      SubjectCodec.INSTANCE, ContributionCodec.INSTANCE, ChoiceCodec.TARGET);

  /**
   * The entity types a Jackson module reads and writes on their own, as they stand inside a
   * document (measurement series are written only, through {@link SeriesCodec}).
   */
  static final List<Codec<?, ?>> ENTITIES = List.of(AgencyCodec.INSTANCE, PersonCodec.INSTANCE,
      OutcomeCodec.INSTANCE, RevisionCodec.INSTANCE, CommitmentCodec.INSTANCE,
      MilestoneCodec.INSTANCE, RoleCodec.INSTANCE, IndicatorCodec.INSTANCE, TargetCodec.INSTANCE,
      AssessmentCodec.INSTANCE, InterventionCodec.INSTANCE, AgreementCodec.INSTANCE,
      ConflictCodec.INSTANCE, ContributionCodec.INSTANCE);

  private Codecs() {}

  /** The codec of an entity type of {@link #ENTITIES}, or null if it has none. */
  @SuppressWarnings("unchecked")
  static <T> @Nullable Codec<T, ?> of(Class<T> type) {
    for (Codec<?, ?> c : ENTITIES) {
      if (c.type() == type) {
        return (Codec<T, ?>) c;
      }
    }
    return null;
  }
}
