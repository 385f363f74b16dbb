package org.sharedoutcomes.testkit.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Records, for every component of every record type met (entities and the value records inside
 * them, found by reflection over {@link RecordComponent}s), whether it ever took a second value,
 * so that a component a generator always leaves at one value (its default: an empty optional, an
 * empty collection, the builder's default enum, boolean or {@code ""}) is named. Not thread-safe.
 */
final class ComponentCoverage {
  /** The first value seen of one component, whether another was seen, and how often. */
  private static final class Seen {
    final Object first;
    boolean varied;
    long count;

    Seen(Object first) {
      this.first = first;
    }
  }

  private final Map<String, Seen> seen = new LinkedHashMap<>();
  private final Map<String, Long> records = new LinkedHashMap<>();

  /**
   * Visits a record and, through its components, the records inside it (directly, in an optional
   * or in a collection).
   *
   * @param record the record
   */
  void visit(Record record) {
    Class<?> type = record.getClass();
    records.merge(type.getSimpleName(), 1L, Long::sum);
    for (RecordComponent c : type.getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(record);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + c.getName(),
            e);
      }
      String key = type.getSimpleName() + "." + c.getName();
      Seen s = seen.computeIfAbsent(key, k -> new Seen(value));
      s.count++;
      if (!s.varied && !Objects.equals(s.first, value)) {
        s.varied = true;
      }
      inner(value);
    }
  }

  private void inner(Object value) {
    if (value instanceof Record r) {
      visit(r);
    } else if (value instanceof Optional<?> o && o.isPresent()) {
      inner(o.get());
    } else if (value instanceof Collection<?> c) {
      for (Object e : c) {
        inner(e);
      }
    }
  }

  /**
   * The record types visited, with how many of each.
   *
   * @return type name to count, in the order first met
   */
  Map<String, Long> records() {
    return records;
  }

  /**
   * Every component that had one value in every record visited, as
   * {@code "Type.component: always <value> (in n records)"}.
   *
   * @return the lines, in the order the components were first met
   */
  List<String> constantComponents() {
    List<String> out = new ArrayList<>();
    seen.forEach((key, s) -> {
      if (!s.varied) {
        out.add(key + ": always " + s.first + " (in " + s.count + " records)");
      }
    });
    return out;
  }
}
