/** Shared Outcomes JSON: a stable, documented JSON format for models, on Jackson 3. */
module org.sharedoutcomes.json {
  requires transitive org.sharedoutcomes.core;
  requires static transitive org.apiguardian.api;
  requires static transitive org.jspecify;
  requires transitive tools.jackson.databind;

  exports org.sharedoutcomes.json;
  exports org.sharedoutcomes.json.ser;
  exports org.sharedoutcomes.json.deser;

  provides tools.jackson.databind.JacksonModule with
      org.sharedoutcomes.json.OutcomeModule;
}
