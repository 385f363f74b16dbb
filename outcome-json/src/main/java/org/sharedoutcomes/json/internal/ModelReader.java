package org.sharedoutcomes.json.internal;

import org.apiguardian.api.API;
import org.sharedoutcomes.json.JsonLimits;
import org.sharedoutcomes.json.OutcomeDocument;
import tools.jackson.core.JsonParser;

/**
 * Reads the Shared Outcomes JSON format token by token from a {@link JsonParser}: no tree of
 * the whole document is built, entities go straight into an
 * {@link org.sharedoutcomes.core.OutcomeModel.Builder}. Each entity type has its codec (one
 * table of fields, read and written); the token layer under them reads values and locates
 * every error.
 *
 * <p>Every failure is an {@link org.sharedoutcomes.json.OutcomeFormatException} naming the
 * line, column and JSON Pointer; validation failures of the model list every problem. I/O
 * failures of the underlying source are {@link java.io.UncheckedIOException}s.
 *
 * <p>Not thread-safe: one reader reads one document.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class ModelReader {
  private final TokenReader r;

  /**
   * A reader over a parser. An I/O error other than an undecodable character is taken to
   * come from the source and surfaces as an {@link java.io.UncheckedIOException}.
   *
   * @param parser the parser, before the document or on its first token
   * @param ignoreUnknown whether to skip unknown fields instead of failing
   */
  public ModelReader(JsonParser parser, boolean ignoreUnknown) {
    this(parser, ignoreUnknown, () -> true);
  }

  /**
   * A reader over a parser whose source can tell whether it failed: an I/O error that the
   * source did not raise (a character encoding Jackson cannot decode) is then a format error.
   *
   * @param parser the parser, before the document or on its first token
   * @param ignoreUnknown whether to skip unknown fields instead of failing
   * @param sourceFailed whether the underlying source raised an I/O error
   */
  public ModelReader(JsonParser parser, boolean ignoreUnknown,
      java.util.function.BooleanSupplier sourceFailed) {
    this(parser, ignoreUnknown, sourceFailed, JsonLimits.DEFAULT);
  }

  /**
   * A reader over a parser, under limits on the items and measurement rows of the document
   * (the parser enforces the others).
   *
   * @param parser the parser, before the document or on its first token
   * @param ignoreUnknown whether to skip unknown fields instead of failing
   * @param sourceFailed whether the underlying source raised an I/O error
   * @param limits the limits
   */
  public ModelReader(JsonParser parser, boolean ignoreUnknown,
      java.util.function.BooleanSupplier sourceFailed, JsonLimits limits) {
    this.r = new TokenReader(parser, ignoreUnknown, sourceFailed, limits);
  }

  /**
   * A reader whose codecs read every field through their tables, never through their
   * overrides of {@link Codec#readField}: for the test that holds the two alike.
   *
   * @param parser the parser, before the document
   */
  ModelReader(JsonParser parser) {
    this.r = new TokenReader(parser, false, () -> true, JsonLimits.DEFAULT, true);
  }

  /**
   * Reads a whole document, which must be all the parser holds.
   *
   * @return the document
   * @throws org.sharedoutcomes.json.OutcomeFormatException if it is not a valid document
   */
  public OutcomeDocument readDocument() {
    return r.guard(() -> {
      OutcomeDocument d = document();
      if (r.next() != null) {
        throw r.fail("unexpected content after the end of the document: "
            + TokenReader.describe(r.current()));
      }
      return d;
    });
  }

  /**
   * Reads one document value, leaving the parser on its closing token (for a Jackson
   * deserializer).
   *
   * @return the document
   * @throws org.sharedoutcomes.json.OutcomeFormatException if it is not a valid document
   */
  public OutcomeDocument readValue() {
    return r.guard(this::document);
  }

  private OutcomeDocument document() {
    if (r.current() == null) {
      r.next();
    }
    DocumentCodec.Doc d = DocumentCodec.INSTANCE.readDocument(r);
    return new OutcomeDocument(d.model(), d.viewer(), d.withheld(), d.baselines(),
        d.attributes(), d.agreements());
  }

  /**
   * Reads one entity of a type, the parser being on its first token (for a Jackson
   * deserializer).
   *
   * @param <T> the type
   * @param type the entity type
   * @return the entity
   * @throws org.sharedoutcomes.json.OutcomeFormatException if it is not valid
   * @throws IllegalArgumentException if the type is not a model type
   */
  public <T> T readEntity(Class<T> type) {
    Codec<T, ?> codec = Codecs.of(type);
    if (codec == null) {
      throw new IllegalArgumentException("not a model entity type: " + type.getName());
    }
    return r.guard(() -> {
      if (r.current() == null) {
        r.next();
      }
      return codec.read(r);
    });
  }
}
