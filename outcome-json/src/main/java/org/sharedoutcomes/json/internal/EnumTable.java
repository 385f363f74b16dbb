package org.sharedoutcomes.json.internal;

import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.Aggregation;
import org.sharedoutcomes.core.CollaborationMode;
import org.sharedoutcomes.core.CommitmentStatus;
import org.sharedoutcomes.core.Direction;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.Interpolation;
import org.sharedoutcomes.core.InterventionKind;
import org.sharedoutcomes.core.MeasureType;
import org.sharedoutcomes.core.MeasurementStatus;
import org.sharedoutcomes.core.OutcomeLevel;
import org.sharedoutcomes.core.Phase;
import org.sharedoutcomes.core.Priority;
import org.sharedoutcomes.core.Rating;
import org.sharedoutcomes.core.Sensitivity;
import org.sharedoutcomes.core.SubjectKind;
import org.sharedoutcomes.core.TargetKind;
import org.sharedoutcomes.core.ValueBasis;

/**
 * The constants of one enum of the format, found by the characters of a string token, and
 * each as one shared {@link Optional}. The format's enums are constants of this class, so that
 * a codec's reader finds its table as a constant, not through a look-up by class on every value
 * (a {@code ClassValue} look-up per value was 6% of reading a large document). Immutable once
 * built, thread-safe.
 *
 * @param <E> the enum
 */
final class EnumTable<E extends Enum<E>> {
  static final EnumTable<AgencyKind> AGENCY_KIND = new EnumTable<>(AgencyKind.class);
  static final EnumTable<Aggregation> AGGREGATION = new EnumTable<>(Aggregation.class);
  static final EnumTable<CollaborationMode> COLLABORATION_MODE =
      new EnumTable<>(CollaborationMode.class);
  static final EnumTable<CommitmentStatus> COMMITMENT_STATUS =
      new EnumTable<>(CommitmentStatus.class);
  static final EnumTable<Direction> DIRECTION = new EnumTable<>(Direction.class);
  static final EnumTable<GovernmentLevel> GOVERNMENT_LEVEL =
      new EnumTable<>(GovernmentLevel.class);
  static final EnumTable<Interpolation> INTERPOLATION = new EnumTable<>(Interpolation.class);
  static final EnumTable<InterventionKind> INTERVENTION_KIND =
      new EnumTable<>(InterventionKind.class);
  static final EnumTable<MeasureType> MEASURE_TYPE = new EnumTable<>(MeasureType.class);
  static final EnumTable<MeasurementStatus> MEASUREMENT_STATUS =
      new EnumTable<>(MeasurementStatus.class);
  static final EnumTable<OutcomeLevel> OUTCOME_LEVEL = new EnumTable<>(OutcomeLevel.class);
  static final EnumTable<Phase> PHASE = new EnumTable<>(Phase.class);
  static final EnumTable<Priority> PRIORITY = new EnumTable<>(Priority.class);
  static final EnumTable<Rating> RATING = new EnumTable<>(Rating.class);
  static final EnumTable<Sensitivity> SENSITIVITY = new EnumTable<>(Sensitivity.class);
  static final EnumTable<SubjectKind> SUBJECT_KIND = new EnumTable<>(SubjectKind.class);
  static final EnumTable<TargetKind> TARGET_KIND = new EnumTable<>(TargetKind.class);
  static final EnumTable<ValueBasis> VALUE_BASIS = new EnumTable<>(ValueBasis.class);

  private final Class<E> type;
  private final NameTable<E> byName = new NameTable<>();
  private final Optional<E>[] optionals;

  @SuppressWarnings("unchecked")
  private EnumTable(Class<E> type) {
    this.type = type;
    E[] constants = type.getEnumConstants();
    optionals = (Optional<E>[]) new Optional<?>[constants.length];
    for (E e : constants) {
      byName.put(e.name(), e);
      optionals[e.ordinal()] = Optional.of(e);
    }
  }

  /** The constant named by the characters, or null. */
  @Nullable E find(char[] chars, int offset, int length) {
    return byName.find(chars, offset, length);
  }

  /** The constant as an optional, one shared instance per constant. */
  Optional<E> optional(E e) {
    return optionals[e.ordinal()];
  }

  /** The enum's simple name, for messages. */
  String name() {
    return type.getSimpleName();
  }

  /** The constants' names, for messages. */
  String constants() {
    return Arrays.toString(type.getEnumConstants());
  }
}
