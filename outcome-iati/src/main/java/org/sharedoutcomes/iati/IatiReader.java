package org.sharedoutcomes.iati;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Reads IATI activity XML, versions 1.01 to 2.03, on the JDK's StAX parser: as a stream of
 * {@link IatiActivity} values ({@link #open(Path)}), or whole into a model with its
 * {@link LossReport} ({@link #read(Path)}, {@link #newImport()} for several files).
 *
 * <p><b>Narratives.</b> Of several narratives of one element (2.0x {@code <narrative
 * xml:lang="fr">}, or 1.0x repeated elements with {@code xml:lang}), the one in the
 * {@linkplain Builder#language(String) language} is chosen, else the one in the
 * {@linkplain Builder#fallbackLanguage(String) fallback language}, else the one in the
 * activity's default language ({@code iati-activity/@xml:lang}; a narrative without
 * {@code xml:lang} is in that language), else the first. The others are kept as attributes
 * {@code <key>@<lang>} (for example {@code iati:title@fr}) and listed in the loss report.
 *
 * <p><b>Security.</b> DTDs are refused (a {@code <!DOCTYPE>} is an {@link IatiFormatException}),
 * so are external entities and entity expansion; an element's text and attribute values are
 * bounded by {@link Builder#maxTextLength(int)}, an activity by
 * {@link Builder#maxActivityCharacters(long)} and {@link Builder#maxDepth(int)} (an activity
 * over a bound is skipped as malformed and reading goes on).
 *
 * <pre>{@code
 * IatiResult r = IatiReader.builder().language("fr").fallbackLanguage("en").build()
 *     .read(Path.of("activities.xml"));
 * OutcomeModel model = r.model();
 * System.out.println(r.report().summary());
 * }</pre>
 *
 * <p>Immutable and thread-safe; the streams it opens are not.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class IatiReader {
  private static final IatiReader STANDARD = builder().build();

  private final String language;
  private final String fallbackLanguage;
  private final int maxTextLength;
  private final long maxActivityCharacters;
  private final int maxDepth;
  private final int maxListed;

  private IatiReader(Builder b) {
    this.language = b.language;
    this.fallbackLanguage = b.fallbackLanguage;
    this.maxTextLength = b.maxTextLength;
    this.maxActivityCharacters = b.maxActivityCharacters;
    this.maxDepth = b.maxDepth;
    this.maxListed = b.maxListed;
  }

  /**
   * The reader with the defaults: English, no fallback language, texts of 1,000,000
   * characters, activities of 64,000,000 characters and 64 levels, 1,000 entries listed per
   * report list.
   *
   * @return the standard reader
   */
  public static IatiReader standard() {
    return STANDARD;
  }

  /**
   * A builder starting from the defaults of {@link #standard()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The preferred narrative language.
   *
   * @return an ISO 639-1 code, lower case
   */
  public String language() {
    return language;
  }

  /**
   * The fallback narrative language.
   *
   * @return an ISO 639-1 code, lower case, or {@code ""} for none
   */
  public String fallbackLanguage() {
    return fallbackLanguage;
  }

  /**
   * The longest text or attribute value of one element.
   *
   * @return the bound, in characters
   */
  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * The most characters of text and attribute values in one activity.
   *
   * @return the bound
   */
  public long maxActivityCharacters() {
    return maxActivityCharacters;
  }

  /**
   * The deepest element nesting inside one activity.
   *
   * @return the bound
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * How many entries each list of a loss report keeps (counts stay exact).
   *
   * @return the bound
   */
  public int maxListed() {
    return maxListed;
  }

  /**
   * Opens a stream of the activities of an input.
   *
   * @param in the input, not closed by the stream
   * @param source its name, for locations
   * @return the activities
   * @throws IatiFormatException if the input is not XML or its root is not IATI's
   */
  public IatiActivities open(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return new IatiActivities(in, source, this, new ReportCollector(maxListed), null);
  }

  /**
   * Opens a stream of the activities of a file; closing it closes the file.
   *
   * @param file the file
   * @return the activities
   * @throws IatiFormatException if the file is not XML or its root is not IATI's
   * @throws UncheckedIOException if the file cannot be opened
   */
  public IatiActivities open(Path file) {
    return open(file, new ReportCollector(maxListed));
  }

  IatiActivities open(Path file, ReportCollector report) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + file, e);
    }
    try {
      return new IatiActivities(in, file.toString(), this, report, in);
    } catch (RuntimeException e) {
      try {
        in.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /**
   * Reads a whole input into a model.
   *
   * @param in the input, not closed
   * @param source its name, for locations
   * @return the model and its loss report
   * @throws IatiFormatException if the input is not well-formed IATI XML
   */
  public IatiResult read(InputStream in, String source) {
    return newImport().add(in, source).result();
  }

  /**
   * Reads a whole file into a model.
   *
   * @param file the file
   * @return the model and its loss report
   * @throws IatiFormatException if the file is not well-formed IATI XML
   * @throws UncheckedIOException if the file cannot be read
   */
  public IatiResult read(Path file) {
    return newImport().add(file).result();
  }

  /**
   * A new import, to read several files into one model.
   *
   * @return the import
   */
  public IatiImport newImport() {
    return new IatiImport(this);
  }

  /** A builder of {@link IatiReader}s. Not thread-safe; each setter checks its argument. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public static final class Builder {
    private String language = "en";
    private String fallbackLanguage = "";
    private int maxTextLength = 1_000_000;
    private long maxActivityCharacters = 64_000_000L;
    private int maxDepth = 64;
    private int maxListed = 1_000;

    private Builder() {}

    /**
     * Sets the preferred narrative language.
     *
     * @param value an ISO 639-1 code such as {@code "fr"}, not blank
     * @return this builder
     */
    public Builder language(String value) {
      this.language = lang(value, "language");
      return this;
    }

    /**
     * Sets the fallback narrative language, used when no narrative is in the preferred one.
     *
     * @param value an ISO 639-1 code, or {@code ""} for none
     * @return this builder
     */
    public Builder fallbackLanguage(String value) {
      this.fallbackLanguage = Objects.requireNonNull(value, "fallbackLanguage").isEmpty()
          ? "" : lang(value, "fallbackLanguage");
      return this;
    }

    /**
     * Bounds an element's text and each attribute value.
     *
     * @param value characters, at least 1
     * @return this builder
     */
    public Builder maxTextLength(int value) {
      this.maxTextLength = (int) positive(value, "maxTextLength");
      return this;
    }

    /**
     * Bounds the text and attribute values of one activity.
     *
     * @param value characters, at least 1
     * @return this builder
     */
    public Builder maxActivityCharacters(long value) {
      this.maxActivityCharacters = positive(value, "maxActivityCharacters");
      return this;
    }

    /**
     * Bounds the nesting of elements inside one activity.
     *
     * @param value levels, at least 1
     * @return this builder
     */
    public Builder maxDepth(int value) {
      this.maxDepth = (int) positive(value, "maxDepth");
      return this;
    }

    /**
     * Bounds each list of a loss report (losses by path, malformed activities, warnings).
     *
     * @param value entries, at least 1
     * @return this builder
     */
    public Builder maxListed(int value) {
      this.maxListed = (int) positive(value, "maxListed");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public IatiReader build() {
      return new IatiReader(this);
    }

    private static String lang(String value, String field) {
      Objects.requireNonNull(value, field);
      if (!value.strip().matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*")) {
        throw new IllegalArgumentException(field + " '" + value
            + "' must be a language code such as 'en' or 'fr'");
      }
      return value.strip().toLowerCase(Locale.ROOT);
    }

    private static long positive(long value, String field) {
      if (value < 1) {
        throw new IllegalArgumentException(field + " must be at least 1, was " + value);
      }
      return value;
    }
  }
}
