/**
 * Shared Outcomes Tabular: CSV import and export for models. A declarative
 * {@link org.sharedoutcomes.tabular.TableMapping} maps a table's columns to commitments, roles,
 * indicators, targets and measurements; {@link org.sharedoutcomes.tabular.TabularImport} reads
 * tables row by row, reporting each bad row with its line, column and reason; and
 * {@link org.sharedoutcomes.tabular.OutcomeCsv} exports flat tables, protected against CSV
 * injection. Cells are decoded by Jackson 3's CSV dataformat, which this module does not expose.
 */
module org.sharedoutcomes.tabular {
  requires transitive org.sharedoutcomes.core;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;

  exports org.sharedoutcomes.tabular;
}
