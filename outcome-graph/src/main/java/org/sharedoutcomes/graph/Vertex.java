package org.sharedoutcomes.graph;

import java.util.Objects;
import org.apiguardian.api.API;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.CommitmentId;
import org.sharedoutcomes.core.EntityId;
import org.sharedoutcomes.core.IndicatorId;
import org.sharedoutcomes.core.OutcomeId;
import org.sharedoutcomes.core.PersonId;

/**
 * A vertex of an {@link AccountabilityGraph}: an agency, a person, a commitment, an outcome or an
 * indicator, wrapping the model's typed id. Two vertices are equal when their ids are equal. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * Vertex v = Vertex.of(AgencyId.of("esdc"));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface Vertex
    permits Vertex.AgencyVertex, Vertex.PersonVertex, Vertex.CommitmentVertex,
        Vertex.OutcomeVertex, Vertex.IndicatorVertex {

  /**
   * The wrapped id.
   *
   * @return the id
   */
  EntityId id();

  /**
   * The kind of vertex in lower case ({@code "agency"}, {@code "person"}, {@code "commitment"},
   * {@code "outcome"}, {@code "indicator"}).
   *
   * @return the kind
   */
  default String type() {
    return id().kind().name().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The vertex of an agency.
   *
   * @param id the agency id
   * @return the vertex
   */
  static AgencyVertex of(AgencyId id) {
    return new AgencyVertex(id);
  }

  /**
   * The vertex of a person.
   *
   * @param id the person id
   * @return the vertex
   */
  static PersonVertex of(PersonId id) {
    return new PersonVertex(id);
  }

  /**
   * The vertex of a commitment.
   *
   * @param id the commitment id
   * @return the vertex
   */
  static CommitmentVertex of(CommitmentId id) {
    return new CommitmentVertex(id);
  }

  /**
   * The vertex of an outcome.
   *
   * @param id the outcome id
   * @return the vertex
   */
  static OutcomeVertex of(OutcomeId id) {
    return new OutcomeVertex(id);
  }

  /**
   * The vertex of an indicator.
   *
   * @param id the indicator id
   * @return the vertex
   */
  static IndicatorVertex of(IndicatorId id) {
    return new IndicatorVertex(id);
  }

  /**
   * An agency vertex.
   *
   * @param id the agency id
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record AgencyVertex(AgencyId id) implements Vertex {
    /**
     * Checks the id.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public AgencyVertex {
      Objects.requireNonNull(id, "agency vertex id must not be null");
    }

    @Override
    public String toString() {
      return "agency:" + id.value();
    }
  }

  /**
   * A person vertex.
   *
   * @param id the person id
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record PersonVertex(PersonId id) implements Vertex {
    /**
     * Checks the id.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public PersonVertex {
      Objects.requireNonNull(id, "person vertex id must not be null");
    }

    @Override
    public String toString() {
      return "person:" + id.value();
    }
  }

  /**
   * A commitment vertex.
   *
   * @param id the commitment id
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record CommitmentVertex(CommitmentId id) implements Vertex {
    /**
     * Checks the id.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public CommitmentVertex {
      Objects.requireNonNull(id, "commitment vertex id must not be null");
    }

    @Override
    public String toString() {
      return "commitment:" + id.value();
    }
  }

  /**
   * An outcome vertex.
   *
   * @param id the outcome id
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  record OutcomeVertex(OutcomeId id) implements Vertex {
    /**
     * Checks the id.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public OutcomeVertex {
      Objects.requireNonNull(id, "outcome vertex id must not be null");
    }

    @Override
    public String toString() {
      return "outcome:" + id.value();
    }
  }

  /**
   * An indicator vertex.
   *
   * @param id the indicator id
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  record IndicatorVertex(IndicatorId id) implements Vertex {
    /**
     * Checks the id.
     *
     * @throws NullPointerException if {@code id} is null
     */
    public IndicatorVertex {
      Objects.requireNonNull(id, "indicator vertex id must not be null");
    }

    @Override
    public String toString() {
      return "indicator:" + id.value();
    }
  }
}
