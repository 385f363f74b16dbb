package org.sharedoutcomes.json;

import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Measures heap per document byte for the worst shapes of document (the README's table): run
 * by hand, {@code java -Xmx2g -cp <test classpath> org.sharedoutcomes.json.HeapFootprint}.
 * Retained is the heap the read model (or, for a document that fails validation, the
 * exception) holds after a full collection; the peak while reading is checked by {@code
 * SmallHeapTest} at {@code -Xmx256m}.
 */
final class HeapFootprint {
  private HeapFootprint() {}

  public static void main(String[] args) {
    OutcomeJson json = OutcomeJson.builder().limits(new JsonLimits(32, 1_000_000, 4L << 30,
        Integer.MAX_VALUE, Integer.MAX_VALUE)).build();
    System.out.println("| shape | document | entities | retained heap | heap per byte |");
    System.out.println("|---|---:|---:|---:|---:|");
    measure(json, "plain measurement rows", 2_000_000, n -> HostileDocuments.rows(n, false));
    measure(json, "rows with two dimensions", 124_000, n -> HostileDocuments.rows(n, true));
    measure(json, "small agencies, one attribute", 166_000, HostileDocuments::smallEntities);
    measure(json, "agencies with 320-character UTF-16 names", 166_000,
        n -> HostileDocuments.smallEntities(n, 320));
    measure(json, "commitments with a role each", 250_000,
        n -> HostileDocuments.commitmentsWithRoles(HostileDocuments.ids(n, false)));
    measure(json, "dangling references in one list", 500_000, HostileDocuments::dangling);
  }

  private static long used() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static void measure(OutcomeJson json, String shape, int n,
      IntFunction<HostileDocuments.Doc> make) {
    byte[] doc = make.apply(n).bytes();
    long before = used();
    Object model;
    try {
      model = json.read(doc);
    } catch (OutcomeFormatException e) {
      model = e; // the reference documents fail validation, after reading everything
    }
    long retained = used() - before;
    System.out.println(String.format(Locale.ROOT, "| %s | %.1f MB | %,d | %.1f MB | %.2f |",
        shape, doc.length / 1e6, n, retained / 1e6, (double) retained / doc.length));
    if (model.hashCode() == 42) {
      System.out.println();
    }
  }
}
