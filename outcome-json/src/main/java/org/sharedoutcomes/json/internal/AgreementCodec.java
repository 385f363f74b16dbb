package org.sharedoutcomes.json.internal;

import static org.sharedoutcomes.json.internal.TokenWriter.date;
import static org.sharedoutcomes.json.internal.TokenWriter.id;
import static org.sharedoutcomes.json.internal.TokenWriter.ids;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.AgreementId;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.IndicatorId;

/** The JSON form of a {@link DataSharingAgreement}. */
final class AgreementCodec extends Codec<DataSharingAgreement, AgreementCodec.Acc> {
  static final AgreementCodec INSTANCE = new AgreementCodec();

  private AgreementCodec() {
    super(DataSharingAgreement.class, "agreement", "/$defs/agreement", r -> new Acc());
    required("id", (r, a) -> a.id = AgreementId.of(r.string()), (g, n, x) -> id(g, n, x.id()));
    required("parties", (r, a) -> a.parties = r.idSet(r.agencyIds),
        (g, n, x) -> ids(g, n, x.parties()));
    required("indicators", (r, a) -> a.indicators = r.idSet(r.indicatorIds),
        (g, n, x) -> ids(g, n, x.indicators()));
    field("from", (r, a) -> a.from = r.optionalDate(), (g, n, x) -> date(g, n, x.from()));
    field("to", (r, a) -> a.to = r.optionalDate(), (g, n, x) -> date(g, n, x.to()));
    attributesField(DataSharingAgreement::attributes, (a, v) -> a.attributes = v);
  }

  @Override
  @SuppressWarnings("NullAway") // Codec.read has checked every required field is set
  DataSharingAgreement finish(TokenReader r, Acc a) {
    return new DataSharingAgreement(a.id, a.parties, a.indicators, a.from, a.to, a.attributes);
  }

  /** An agreement's fields as read. */
  static final class Acc {
    @Nullable AgreementId id;
    @Nullable Set<AgencyId> parties;
    @Nullable Set<IndicatorId> indicators;
    Optional<LocalDate> from = Optional.empty();
    Optional<LocalDate> to = Optional.empty();
    Map<String, String> attributes = Map.of();
  }
}
