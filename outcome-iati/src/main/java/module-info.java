/**
 * Shared Outcomes IATI: reads IATI activity files (versions 1.0x to 2.03) into models, one
 * activity at a time, with a loss report; on the JDK's StAX ({@code java.xml}) only.
 *
 * <p>Start with {@link org.sharedoutcomes.iati.IatiReader#standard()}.
 */
module org.sharedoutcomes.iati {
  requires transitive org.sharedoutcomes.core;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires java.xml;

  exports org.sharedoutcomes.iati;
}
