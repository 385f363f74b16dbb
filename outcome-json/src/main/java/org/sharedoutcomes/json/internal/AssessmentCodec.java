package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.name;
import static org.sharedoutcomes.json.internal.TokenWriter.object;
import static org.sharedoutcomes.json.internal.TokenWriter.text;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.PartyId;
import org.sharedoutcomes.core.Rating;

/** The JSON form of a {@link DeliveryAssessment}. */
final class AssessmentCodec extends Codec<DeliveryAssessment, AssessmentCodec.Acc> {
  static final AssessmentCodec INSTANCE = new AssessmentCodec();

  private AssessmentCodec() {
    super(DeliveryAssessment.class, "assessment", "/$defs/assessment", r -> new Acc());
    required("commitment", (r, a) -> a.commitment = r.ref(r.commitmentIds),
        (g, n, x) -> id(g, n, x.commitment()));
    required("date", (r, a) -> a.date = r.date(), (g, n, x) -> date(g, n, x.date()));
    required("rating", (r, a) -> a.rating = r.enumValue(EnumTable.RATING),
        (g, n, x) -> name(g, n, x.rating()));
    field("assessor", (r, a) -> a.assessor = Optional.of(r.object(ChoiceCodec.PARTY)),
        (g, n, x) -> object(g, n, ChoiceCodec.PARTY, x.assessor()));
    field("rationale", (r, a) -> a.rationale = r.string(),
        (g, n, x) -> text(g, n, x.rationale()));
    attributesField(DeliveryAssessment::attributes, (a, v) -> a.attributes = v);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  DeliveryAssessment finish(TokenReader r, Acc a) {
    return new DeliveryAssessment(a.commitment, a.date, a.rating, a.assessor, a.rationale,
        a.attributes);
  }

  /** An assessment's fields as read. */
  static final class Acc {
    @Nullable CommitmentId commitment;
    @Nullable LocalDate date;
    @Nullable Rating rating;
    Optional<PartyId> assessor = Optional.empty();
    String rationale = "";
    Map<String, String> attributes = Map.of();
  }
}
