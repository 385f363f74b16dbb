package org.sharedoutcomes.core.internal;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Argument checks and canonical immutable copies shared by the model's compact constructors.
 *
 * <p>Not part of the public API: the package is exported only to the sibling modules.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Checks {
  /** The longest id accepted, in characters. */
  public static final int MAX_ID_LENGTH = 256;

  private Checks() {}

  /**
   * Checks an id: not null, not blank, no leading or trailing white space, no control
   * characters, at most {@value #MAX_ID_LENGTH} characters.
   *
   * @param value the id
   * @param field the field's name, for the message
   * @return the value
   */
  public static String id(String value, String field) {
    if (value == null) { // no capturing lambda: this runs for every id and field
      throw new NullPointerException(field + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    if (value.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          field + " '" + abbreviate(value) + "' is longer than " + MAX_ID_LENGTH + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(
          field + " '" + value + "' must not start or end with white space");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(
            field + " '" + abbreviate(value) + "' contains a control character at index " + i);
      }
    }
    return value;
  }

  /**
   * Checks each element of an array for null, naming the field and index.
   *
   * @param <T> element type
   * @param values the array
   * @param field the field's name, for the message
   * @return the array
   */
  public static <T> T[] elements(T[] values, String field) {
    notNull(values, field);
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
    }
    return values;
  }

  /**
   * Checks a required, non-blank text.
   *
   * @param value the text
   * @param field the field's name, for the message
   * @return the value
   */
  public static String text(String value, String field) {
    if (value == null) { // no capturing lambda: this runs for every id and field
      throw new NullPointerException(field + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * The class of {@code Set.of(e)}, immutable and null-free; with one element (it may hold two,
   * in no set order) it is trivially in order.
   */
  private static final Class<?> ONE_ELEMENT_SET = Set.of(1).getClass();

  /**
   * Checks a non-null object.
   *
   * @param <T> its type
   * @param value the object
   * @param field the field's name, for the message
   * @return the value
   */
  public static <T> T notNull(@Nullable T value, String field) {
    if (value == null) { // no capturing lambda per call: millions of calls per document
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /**
   * The earliest date a measurement, baseline, target, trajectory point or assessment date may
   * have: dates are stored as {@code int} epoch days, and the two extreme ints are reserved.
   */
  public static final LocalDate MIN_DATE = LocalDate.ofEpochDay(Integer.MIN_VALUE + 1L);

  /** The latest supported date; see {@link #MIN_DATE}. */
  public static final LocalDate MAX_DATE = LocalDate.ofEpochDay(Integer.MAX_VALUE - 1L);

  /**
   * Checks that a date lies between {@link #MIN_DATE} and {@link #MAX_DATE} and returns its
   * epoch day, so that no caller meets an {@code ArithmeticException} from an overflow.
   *
   * @param date the date
   * @param field the field's name, for the message
   * @return the date's epoch day
   * @throws NullPointerException if the date is null
   * @throws IllegalArgumentException if the date is outside the supported range
   */
  public static int epochDay(LocalDate date, String field) {
    long day = notNull(date, field).toEpochDay();
    if (day <= Integer.MIN_VALUE || day >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException(field + " must be between " + MIN_DATE + " and "
          + MAX_DATE + ", was " + date);
    }
    return (int) day;
  }

  /**
   * Checks that a number is finite.
   *
   * @param value the number
   * @param field the field's name, for the message
   * @return the value
   */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be a finite number, was " + value);
    }
    return value;
  }

  /**
   * An immutable copy of a list, rejecting null elements with a message naming the field.
   *
   * @param <T> element type
   * @param values the list
   * @param field the field's name
   * @return an immutable copy
   */
  public static <T> List<T> list(Collection<? extends T> values, String field) {
    notNull(values, field);
    int i = 0;
    for (T v : values) {
      if (v == null) {
        throw new NullPointerException(field + "[" + i + "] must not be null");
      }
      i++;
    }
    return List.copyOf(values);
  }

  /**
   * An immutable copy of a set of comparable values, iterating in natural order.
   *
   * @param <T> element type
   * @param values the values
   * @param field the field's name
   * @return an immutable, sorted copy
   */
  public static <T extends Comparable<? super T>> Set<T> sortedSet(
      Collection<? extends T> values, String field) {
    notNull(values, field);
    for (T v : values) {
      if (v == null) {
        throw new NullPointerException(field + " must not contain null");
      }
    }
    return sortedCopy(values);
  }

  /**
   * An immutable copy of a set, iterating in the given order.
   *
   * @param <T> element type
   * @param values the values
   * @param order the order
   * @param field the field's name
   * @return an immutable, sorted copy
   */
  public static <T> Set<T> sortedSet(
      Collection<? extends T> values, Comparator<? super T> order, String field) {
    notNull(values, field);
    for (T v : values) {
      if (v == null) {
        throw new NullPointerException(field + " must not contain null");
      }
    }
    switch (values.size()) {
      case 0:
        return Set.of();
      case 1:
        return Set.of(values.iterator().next());
      default:
        return ImmutableSortedSet.copyOf(order, values);
    }
  }

  /**
   * An immutable copy of string attributes, sorted by key; keys must be non-blank.
   *
   * @param values the attributes
   * @param field the field's name
   * @return an immutable, sorted copy
   */
  public static Map<String, String> attributes(Map<String, String> values, String field) {
    notNull(values, field);
    if (values.isEmpty()) {
      return Map.of();
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey() == null) {
        throw new NullPointerException(field + " must not have a null key");
      }
      if (e.getKey().isBlank()) {
        throw new IllegalArgumentException(field + " must not have a blank key");
      }
      if (e.getValue() == null) {
        throw new NullPointerException(field + "['" + e.getKey() + "'] must not be null");
      }
    }
    return sortedAttributes(values);
  }

  /** Checked attributes as an immutable map sorted by key: the map itself if it is one. */
  private static Map<String, String> sortedAttributes(Map<String, String> values) {
    if (values instanceof ImmutableSortedMap<String, String> m
        && Ordering.natural().equals(m.comparator())) {
      return m;
    }
    return ImmutableSortedMap.copyOf(values);
  }

  /**
   * Compares two attribute maps sorted by key, entry by entry (key, then value), a shorter
   * map first when one is a prefix of the other. Consistent with {@code Map.equals} for maps
   * made by {@link #attributes(Map, String)}.
   */
  public static final Comparator<Map<String, String>> ATTRIBUTE_ORDER = (a, b) -> {
    var ia = a.entrySet().iterator();
    var ib = b.entrySet().iterator();
    while (ia.hasNext() && ib.hasNext()) {
      Map.Entry<String, String> ea = ia.next();
      Map.Entry<String, String> eb = ib.next();
      int c = ea.getKey().compareTo(eb.getKey());
      if (c == 0) {
        c = ea.getValue().compareTo(eb.getValue());
      }
      if (c != 0) {
        return c;
      }
    }
    return Boolean.compare(ia.hasNext(), ib.hasNext());
  };

  // Overloads taking the message context lazily: the hot compact constructors (one call per
  // entity, a million entities per document) build no message string unless a check fails.

  /**
   * {@link #notNull(Object, String)} with the field's context built only on failure.
   *
   * @param <T> its type
   * @param value the object
   * @param where the context (such as {@code "commitment 'c-1' "}), built only on failure
   * @param field the field's name, appended to the context
   * @return the value
   */
  public static <T> T notNull(T value, Supplier<String> where, String field) {
    if (value == null) {
      throw new NullPointerException(where.get() + field + " must not be null");
    }
    return value;
  }

  /**
   * {@link #finite(double, String)} with the field's context built only on failure.
   *
   * @param value the number
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @return the value
   */
  public static double finite(double value, Supplier<String> where, String field) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          where.get() + field + " must be a finite number, was " + value);
    }
    return value;
  }

  /**
   * {@link #text(String, String)} with the field's context built only on failure.
   *
   * @param value the text
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @return the value
   */
  public static String text(String value, Supplier<String> where, String field) {
    if (value == null || value.isBlank()) {
      return text(value, where.get() + field);
    }
    return value;
  }

  /**
   * {@link #optional(Optional, String)} with the field's context built only on failure.
   *
   * @param <T> its content
   * @param value the optional
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @return the value
   */
  public static <T> Optional<T> optional(Optional<T> value, Supplier<String> where,
      String field) {
    if (value == null) {
      return optional(value, where.get() + field);
    }
    return value;
  }

  /**
   * {@link #sortedSet(Collection, String)} with the field's context built only on failure.
   *
   * @param <T> element type
   * @param values the values
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @return an immutable, sorted copy
   */
  public static <T extends Comparable<? super T>> Set<T> sortedSet(
      Collection<? extends T> values, Supplier<String> where, String field) {
    if (values == null) {
      return sortedSet(values, where.get() + field);
    }
    if (values.isEmpty()) {
      return Set.of(); // without an iterator: most sets in a document are empty
    }
    if (values.getClass() != ONE_ELEMENT_SET) { // Set.of(e) cannot hold null: no iterator
      for (T v : values) {
        if (v == null) {
          return sortedSet(values, where.get() + field);
        }
      }
    }
    return sortedCopy(values);
  }

  /** An immutable copy of null-free values in natural order, or the values if they are one. */
  private static <T extends Comparable<? super T>> Set<T> sortedCopy(
      Collection<? extends T> values) {
    if (values.getClass() == ONE_ELEMENT_SET && values.size() == 1
        || values instanceof ImmutableSortedSet<?> s && Ordering.natural().equals(s.comparator())) {
      @SuppressWarnings("unchecked")
      Set<T> same = (Set<T>) values; // immutable and in order already: keep it
      return same;
    }
    switch (values.size()) {
      case 0:
        return Set.of();
      case 1:
        return Set.of(values.iterator().next());
      default:
        return ImmutableSortedSet.copyOf(values);
    }
  }

  /**
   * {@link #list(Collection, String)} with the field's context built only on failure.
   *
   * @param <T> element type
   * @param values the list
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @return an immutable copy
   */
  public static <T> List<T> list(Collection<? extends T> values, Supplier<String> where,
      String field) {
    if (values == null) {
      return list(values, where.get() + field);
    }
    if (values.isEmpty()) {
      return List.of();
    }
    for (T v : values) {
      if (v == null) {
        return list(values, where.get() + field); // throws, naming the element
      }
    }
    return List.copyOf(values);
  }

  /**
   * {@link #attributes(Map, String)} with the field's context built only on failure.
   *
   * @param values the attributes
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @return an immutable, sorted copy
   */
  public static Map<String, String> attributes(Map<String, String> values,
      Supplier<String> where, String field) {
    if (values == null) {
      return attributes(values, where.get() + field); // throws
    }
    if (values.isEmpty()) {
      return Map.of();
    }
    for (Map.Entry<String, String> e : values.entrySet()) {
      if (e.getKey() == null || e.getKey().isBlank() || e.getValue() == null) {
        return attributes(values, where.get() + field); // throws, naming the entry
      }
    }
    return sortedAttributes(values);
  }

  /**
   * {@link #id(String, String)} with the field's context built only on failure.
   *
   * @param value the id
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @return the value
   */
  public static String id(String value, Supplier<String> where, String field) {
    if (value == null || !validId(value)) {
      return id(value, where.get() + field); // throws, saying what is wrong
    }
    return value;
  }

  /** Whether {@link #id(String, String)} accepts an id (non-null), without building a message. */
  private static boolean validId(String value) {
    if (value.isBlank() || value.length() > MAX_ID_LENGTH || !value.strip().equals(value)) {
      return false; // strip() returns the string itself when it has nothing to strip
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks an optional for null (the optional itself, not its content).
   *
   * @param <T> its content
   * @param value the optional
   * @param field the field's name
   * @return the value
   */
  public static <T> Optional<T> optional(Optional<T> value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null (use Optional.empty())");
    }
    return value;
  }

  /**
   * Adds the elements of an array to a builder's collection, checking each for null; the
   * message names the field and index ({@code "indicator 'i' targets[0] must not be null"}) and
   * is built only on failure.
   *
   * @param <T> element type
   * @param into the builder's collection
   * @param values the elements
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @throws NullPointerException if the array or an element is null
   */
  @SafeVarargs
  public static <T> void addAll(Collection<? super T> into, Supplier<String> where, String field,
      T... values) {
    if (values == null) {
      throw new NullPointerException(where.get() + field + " must not be null");
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new NullPointerException(where.get() + field + "[" + i + "] must not be null");
      }
    }
    for (T v : values) {
      into.add(v);
    }
  }

  /**
   * Adds the elements of a collection to a builder's collection, checking each for null; see
   * {@link #addAll(Collection, Supplier, String, Object[])}.
   *
   * @param <T> element type
   * @param into the builder's collection
   * @param values the elements
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @throws NullPointerException if the collection or an element is null
   */
  public static <T> void addAll(Collection<? super T> into, Collection<? extends T> values,
      Supplier<String> where, String field) {
    into.addAll(noNulls(values, where, field));
  }

  /**
   * Checks a collection and its elements for null; the message names the field and index and is
   * built only on failure.
   *
   * @param <C> the collection's type
   * @param values the collection
   * @param where the context, built only on failure
   * @param field the field's name, appended to the context
   * @return the collection
   * @throws NullPointerException if the collection or an element is null
   */
  public static <C extends Collection<?>> C noNulls(C values, Supplier<String> where,
      String field) {
    if (values == null) {
      throw new NullPointerException(where.get() + field + " must not be null");
    }
    int i = 0;
    for (Object v : values) {
      if (v == null) {
        throw new NullPointerException(where.get() + field + "[" + i + "] must not be null");
      }
      i++;
    }
    return values;
  }

  /**
   * Shortens a text for an error message.
   *
   * @param value the text
   * @return at most 60 characters of it
   */
  public static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }
}
