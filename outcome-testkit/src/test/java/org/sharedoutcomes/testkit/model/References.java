package org.sharedoutcomes.testkit.model;

import java.util.Set;
import java.util.TreeSet;
import org.sharedoutcomes.core.Agency;
import org.sharedoutcomes.core.Commitment;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.Conflict;
import org.sharedoutcomes.core.Contribution;
import org.sharedoutcomes.core.DataSharingAgreement;
import org.sharedoutcomes.core.DeliveryAssessment;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.Indicator;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.Intervention;
import org.sharedoutcomes.core.MeasurementSeries;
import org.sharedoutcomes.core.Outcome;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.core.Person;
import org.sharedoutcomes.core.RoleAssignment;
import org.sharedoutcomes.core.SubjectKind;

/** Every entity id that something else in a model refers to, written out independently. */
final class References {
  private References() {}

  static Set<EntityId> of(OutcomeModel m) {
    Set<EntityId> out = new TreeSet<>(EntityId.ORDER);
    for (Agency a : m.agencies()) {
      a.parent().ifPresent(out::add);
    }
    for (Person p : m.persons()) {
      out.add(p.agency());
    }
    for (Outcome o : m.outcomes()) {
      out.addAll(o.parents());
    }
    for (Commitment c : m.commitments()) {
      c.madeBy().ifPresent(out::add);
      out.addAll(c.outcomes());
      out.addAll(c.dependsOn());
    }
    for (RoleAssignment r : m.roles()) {
      out.add(r.party());
      out.add(r.target());
    }
    for (Indicator i : m.indicators()) {
      i.dataOwner().ifPresent(out::add);
      i.ratio().ifPresent(r -> {
        out.add(r.numerator());
        out.add(r.denominator());
      });
      out.addAll(i.commitments());
      out.addAll(i.outcomes());
      MeasurementSeries s = m.measurements(i.id());
      if (!s.isEmpty()) {
        out.add(i.id());
      }
      for (int k = 0; k < s.size(); k++) {
        s.reportedBy(k).ifPresent(out::add);
      }
    }
    for (DeliveryAssessment a : m.assessments()) {
      out.add(a.commitment());
      a.assessor().ifPresent(out::add);
    }
    for (Intervention i : m.interventions()) {
      out.add(i.from());
      out.add(i.to());
      i.commitment().ifPresent(out::add);
    }
    for (DataSharingAgreement a : m.agreements()) {
      out.addAll(a.parties());
      out.addAll(a.indicators());
    }
    for (Conflict c : m.conflicts()) {
      out.addAll(c.parties());
      out.add(c.raisedBy());
      if (c.subject().kind() == SubjectKind.COMMITMENT) {
        out.add(CommitmentId.of(c.subject().reference()));
      } else if (c.subject().kind() == SubjectKind.INDICATOR) {
        out.add(IndicatorId.of(c.subject().reference()));
      }
    }
    for (Contribution c : m.contributions()) {
      out.add(c.party());
      out.add(c.target());
      c.reporter().ifPresent(out::add);
    }
    return out;
  }
}
