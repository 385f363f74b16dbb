package org.sharedoutcomes.tabular.internal;

import org.apiguardian.api.API;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Decodes the cells of one record with Jackson's CSV parser (RFC 4180 quoting, doubled quotes,
 * line breaks inside quoted cells). Thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class CsvCells {
  private static final CsvMapper MAPPER = CsvMapper.builder().build();

  private final ObjectReader reader;

  /**
   * A decoder.
   *
   * @param separator the cell separator
   */
  public CsvCells(char separator) {
    this.reader = MAPPER.reader().with(CsvSchema.emptySchema().withColumnSeparator(separator));
  }

  /**
   * The cells of one record.
   *
   * @param record the record's text, one row
   * @return its cells, as written (not stripped)
   * @throws IllegalArgumentException if the parser cannot read the record, with its reason
   */
  public List<String> decode(String record) {
    List<String> cells = new ArrayList<>();
    try (JsonParser p = reader.createParser(record)) {
      JsonToken t = p.nextToken();
      if (t != JsonToken.START_ARRAY) {
        throw new IllegalArgumentException("not a CSV row");
      }
      while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
        cells.add(p.getString());
      }
      if (p.nextToken() != null) {
        throw new IllegalArgumentException("more than one row in one record");
      }
    } catch (JacksonException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
    return cells;
  }
}
