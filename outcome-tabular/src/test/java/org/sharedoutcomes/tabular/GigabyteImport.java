package org.sharedoutcomes.tabular;

/**
 * The acceptance run, by hand (not a test: it takes minutes): imports a generated
 * results table of about 1 GB (the default; pass another size in bytes) and prints rows, time
 * and peak heap. Run it at {@code -Xmx256m}:
 *
 * <pre>{@code
 * java -Xmx256m -cp <test class path> org.sharedoutcomes.tabular.GigabyteImport 1000000000
 * }</pre>
 */
final class GigabyteImport {
  private static long peak;

  private GigabyteImport() {}

  private static void sample() {
    Runtime rt = Runtime.getRuntime();
    peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
  }

  private static String sampled() {
    sample();
    return "";
  }

  public static void main(String[] args) {
    long bytes = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000_000L;
    String notes = "a long comment, with commas, and \"\"quotes\"\" ".repeat(20);
    String sample = "Indicator 00,70,80,50,2026," + "\"" + notes + "\"\n";
    long rows = bytes / sample.length();
    GeneratedTable csv = new GeneratedTable(
        "indicator,target_min,target_max,actual,date,notes\n", rows,
        i -> (i % 20_000 == 0 ? sampled() : "") + "Indicator " + (i % 100) + ",70,80," + (i % 97) + "," + (1000 + i / 100 % 9000)
            + ",\"" + notes + "\"\n");
    long t0 = System.nanoTime();
    ImportResult r = TabularImport.create().read(ResultsTableTest.RESULTS, csv, "gigabyte.csv")
        .result();
    long ms = (System.nanoTime() - t0) / 1_000_000;
    sample();
    System.out.printf("chars %,d; rows %,d; imported %,d; problems %,d; measurements %,d;"
        + " indicators %d%n", csv.characters(), r.rows(), r.imported(), r.problemCount(),
        r.model().measurementCount(), r.model().indicators().size());
    System.out.printf("%,d ms, %,.0f rows/s, %.1f MB/s; max heap %,d MB; highest heap in use"
        + " (sampled every 20,000 rows) %,d MB%n", ms, r.rows() * 1000.0 / ms,
        csv.characters() / 1e6 / (ms / 1000.0), Runtime.getRuntime().maxMemory() >> 20,
        peak >> 20);
  }
}
