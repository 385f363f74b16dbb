package org.sharedoutcomes.json;

import org.apiguardian.api.API;

/**
 * The limits a reader enforces, so that a hostile or broken document fails fast with an
 * {@link OutcomeFormatException} instead of exhausting the stack or the heap. They apply only
 * to the mapper of one {@link OutcomeJson}; Jackson's global defaults are never changed.
 *
 * <p>The {@link #DEFAULT} limits are chosen so that any document within them reads in a
 * 256 MiB heap ({@code -Xmx256m}); the module's README gives the measured heap per document
 * byte of the worst shapes. Raise them together with the heap.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects (the format itself needs
 *     7)
 * @param maxStringLength the longest string value, in characters, also for values skipped
 *     when reading leniently
 * @param maxDocumentLength the longest document, in bytes or characters
 * @param maxEntities the most items a document may hold: every JSON object (entities and the
 *     objects inside them), every id in a list of references and every attribute, so an
 *     entity with a million references counts a million
 * @param maxMeasurements the most measurement rows a document may hold
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JsonLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength,
    int maxEntities, int maxMeasurements) {
  /**
   * The defaults, which read in a 256 MiB heap: nesting depth 32, strings of 1,000,000
   * characters, documents of 64 MiB, 500,000 items ({@link #maxEntities()}) and 2,000,000
   * measurement rows.
   */
  public static final JsonLimits DEFAULT =
      new JsonLimits(32, 1_000_000, 64L << 20, 500_000, 2_000_000);

  /**
   * Checks the limits.
   *
   * @throws IllegalArgumentException if a limit is out of range
   */
  public JsonLimits {
    if (maxNestingDepth < 8) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be at least 8 (the format nests 7 deep), was " + maxNestingDepth);
    }
    if (maxStringLength < 1) {
      throw new IllegalArgumentException(
          "maxStringLength must be at least 1, was " + maxStringLength);
    }
    if (maxDocumentLength < 1) {
      throw new IllegalArgumentException(
          "maxDocumentLength must be at least 1, was " + maxDocumentLength);
    }
    if (maxEntities < 1) {
      throw new IllegalArgumentException("maxEntities must be at least 1, was " + maxEntities);
    }
    if (maxMeasurements < 0) {
      throw new IllegalArgumentException(
          "maxMeasurements must be at least 0, was " + maxMeasurements);
    }
  }

  /**
   * Limits on nesting, strings and document length, with the default counts scaled to the
   * document length (as many items and rows per byte as the defaults allow).
   *
   * @param maxNestingDepth the deepest nesting
   * @param maxStringLength the longest string value
   * @param maxDocumentLength the longest document
   * @throws IllegalArgumentException if a limit is out of range
   */
  public JsonLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
    this(maxNestingDepth, maxStringLength, maxDocumentLength,
        scaled(DEFAULT_ENTITIES, maxDocumentLength), scaled(DEFAULT_MEASUREMENTS,
            maxDocumentLength));
  }

  private static final int DEFAULT_ENTITIES = 500_000;
  private static final int DEFAULT_MEASUREMENTS = 2_000_000;
  private static final long DEFAULT_LENGTH = 64L << 20;

  private static int scaled(int count, long length) {
    return (int) Math.max(1, Math.min(Integer.MAX_VALUE,
        (long) ((double) count * length / DEFAULT_LENGTH)));
  }

  /**
   * These limits with another document length.
   *
   * @param value the longest document, in bytes or characters
   * @return the new limits
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public JsonLimits withMaxDocumentLength(long value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, value, maxEntities,
        maxMeasurements);
  }

  /**
   * These limits with another item count.
   *
   * @param value the most items ({@link #maxEntities()})
   * @return the new limits
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public JsonLimits withMaxEntities(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxDocumentLength, value,
        maxMeasurements);
  }

  /**
   * These limits with another measurement row count.
   *
   * @param value the most measurement rows
   * @return the new limits
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public JsonLimits withMaxMeasurements(int value) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxDocumentLength, maxEntities,
        value);
  }
}
