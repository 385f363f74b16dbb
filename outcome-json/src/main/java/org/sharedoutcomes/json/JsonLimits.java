package org.sharedoutcomes.json;

import org.apiguardian.api.API;

/**
 * The limits a reader enforces, so that a hostile or broken document fails fast with an
 * {@link OutcomeFormatException} instead of exhausting the stack or the heap. They apply only
 * to the mapper of one {@link OutcomeJson}; Jackson's global defaults are never changed.
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects (the format itself needs
 *     7)
 * @param maxStringLength the longest string value, in characters
 * @param maxDocumentLength the longest document, in bytes or characters
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record JsonLimits(int maxNestingDepth, int maxStringLength, long maxDocumentLength) {
  /**
   * The defaults: nesting depth 32, strings of 1,000,000 characters, documents of 512 MiB
   * (about a million commitments with their roles; raise it for larger models, with heap to
   * match).
   */
  public static final JsonLimits DEFAULT = new JsonLimits(32, 1_000_000, 512L << 20);

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
  }
}
