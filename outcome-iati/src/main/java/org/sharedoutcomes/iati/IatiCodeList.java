package org.sharedoutcomes.iati;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * One IATI code list and its translation to a library value, in both directions, from one
 * table of rows. Several IATI codes may read as one library value (IATI's National and
 * Regional NGOs are both {@code NGO}); the row whose {@link Row#use()} writes a value is the
 * one written back, and a write-only row lets a library value with no IATI code of its own
 * (a central agency) write the nearest code (Government). A row may carry the text code of the 1.0x standard
 * (such as {@code "Funding"}), which reads like its numeric code.
 *
 * <p>Immutable and thread-safe. The tables are in {@link IatiCodes}.
 *
 * @param <T> the library's type
 * @param name the IATI code list's name, such as {@code "OrganisationRole"}
 * @param rows the rows, in code order
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record IatiCodeList<T>(String name, List<Row<T>> rows) {

  /**
   * One row of a code list.
   *
   * @param <T> the library's type
   * @param code the IATI code, such as {@code "1"}
   * @param textCode the 1.0x text code, or {@code ""} if it had none
   * @param label IATI's name for the code, such as {@code "Funding"}
   * @param value the library value it reads as, or is written from
   * @param use the directions the row is used in
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Row<T>(String code, String textCode, String label, T value, Use use) {
    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     */
    public Row {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(textCode, "textCode");
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(use, "use");
    }

    /**
     * Whether the row reads IATI data (its code gives its value).
     *
     * @return true for {@link Use#BOTH} and {@link Use#READ}
     */
    public boolean reads() {
      return use != Use.WRITE;
    }

    /**
     * Whether the row writes IATI data (its value gives its code).
     *
     * @return true for {@link Use#BOTH} and {@link Use#WRITE}
     */
    public boolean writes() {
      return use != Use.READ;
    }
  }

  /** The directions a {@link Row} is used in. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public enum Use {
    /** IATI to library and back. */
    BOTH,
    /** IATI to library only: another row writes the value. */
    READ,
    /** Library to IATI only: another row reads the code. */
    WRITE
  }

  /**
   * Checks the table: a code is read by at most one row, and a value written by at most one.
   *
   * @throws IllegalArgumentException if two rows read one code or write one value
   */
  public IatiCodeList {
    Objects.requireNonNull(name, "name");
    rows = List.copyOf(rows);
    Map<String, Row<T>> seen = new LinkedHashMap<>();
    Map<T, Row<T>> canon = new LinkedHashMap<>();
    for (Row<T> r : rows) {
      if (r.reads() && seen.put(r.code(), r) != null) {
        throw new IllegalArgumentException(name + ": two rows read code '" + r.code() + "'");
      }
      if (r.writes() && canon.put(r.value(), r) != null) {
        throw new IllegalArgumentException(name + ": two rows write " + r.value());
      }
    }
  }

  /**
   * The library value of an IATI code: its numeric (2.0x) code or its 1.0x text code
   * (compared ignoring case and surrounding white space).
   *
   * @param code the code as published
   * @return the value, or empty for a code not in the list
   */
  public Optional<T> toLibrary(String code) {
    return row(code).map(Row::value);
  }

  /**
   * The row of an IATI code, numeric or 1.0x text.
   *
   * @param code the code as published
   * @return the row, or empty for a code not in the list
   */
  public Optional<Row<T>> row(String code) {
    String c = code.strip();
    for (Row<T> r : rows) {
      if (r.reads() && r.code().equals(c)) {
        return Optional.of(r);
      }
    }
    String lower = c.toLowerCase(Locale.ROOT);
    for (Row<T> r : rows) {
      if (r.reads() && !r.textCode().isEmpty() && r.textCode().toLowerCase(Locale.ROOT).equals(lower)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * The IATI code written for a library value: the code of the row that writes it.
   *
   * @param value the library value
   * @return the code, or empty if no row has this value
   */
  public Optional<String> toIati(T value) {
    for (Row<T> r : rows) {
      if (r.writes() && r.value().equals(value)) {
        return Optional.of(r.code());
      }
    }
    return Optional.empty();
  }

  /**
   * The library values of the table, each once, in row order.
   *
   * @return the values
   */
  public List<T> values() {
    List<T> out = new ArrayList<>();
    for (Row<T> r : rows) {
      if (!out.contains(r.value())) {
        out.add(r.value());
      }
    }
    return List.copyOf(out);
  }
}
