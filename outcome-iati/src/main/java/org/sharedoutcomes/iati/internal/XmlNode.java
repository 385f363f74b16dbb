package org.sharedoutcomes.iati.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apiguardian.api.API;

/**
 * One element of an activity read into memory: name, line, attributes, text and children. The
 * mapping marks what it uses, so that what is left unused can be reported as dropped. Not
 * thread-safe; one activity's tree lives only while it is mapped.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class XmlNode {
  private final String name;
  private final int line;
  private final String path;
  private final List<String> attrNames = new ArrayList<>(4);
  private final List<String> attrValues = new ArrayList<>(4);
  private final List<Boolean> attrUsed = new ArrayList<>(4);
  private final List<XmlNode> children = new ArrayList<>(2);
  private final StringBuilder text = new StringBuilder();
  private boolean used;
  private boolean textUsed;

  /**
   * A node.
   *
   * @param name the element's name ({@code prefix:local} when it has a prefix)
   * @param line its line
   * @param path its path with positions
   */
  public XmlNode(String name, int line, String path) {
    this.name = name;
    this.line = line;
    this.path = path;
  }

  void addAttribute(String attrName, String value) {
    attrNames.add(attrName);
    attrValues.add(value);
    attrUsed.add(Boolean.FALSE);
  }

  void addChild(XmlNode child) {
    children.add(child);
  }

  void appendText(String chars) {
    text.append(chars);
  }

  /**
   * The element's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * The line of its start tag.
   *
   * @return the line, 1-based
   */
  public int line() {
    return line;
  }

  /**
   * Its path with positions, such as {@code /iati-activities/iati-activity[2]/title[1]}.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * Its path without positions.
   *
   * @return the generic path
   */
  public String genericPath() {
    return genericPath(path);
  }

  /**
   * A path without its positions.
   *
   * @param indexed a path with positions
   * @return the path without them
   */
  public static String genericPath(String indexed) {
    return indexed.replaceAll("\\[\\d+]", "");
  }

  /**
   * An attribute's value, marking it used.
   *
   * @param attrName the attribute's name
   * @return the value, or empty if absent
   */
  public Optional<String> attr(String attrName) {
    for (int i = 0; i < attrNames.size(); i++) {
      if (attrNames.get(i).equals(attrName)) {
        attrUsed.set(i, Boolean.TRUE);
        return Optional.of(attrValues.get(i));
      }
    }
    return Optional.empty();
  }

  /**
   * An attribute's value stripped, marking it used; empty if absent or blank.
   *
   * @param attrName the attribute's name
   * @return the value
   */
  public Optional<String> attrText(String attrName) {
    return attr(attrName).map(String::strip).filter(s -> !s.isEmpty());
  }

  /**
   * The children of a name, each marked used.
   *
   * @param childName the name
   * @return the children, in document order
   */
  public List<XmlNode> children(String childName) {
    List<XmlNode> out = new ArrayList<>(2);
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        c.used = true;
        out.add(c);
      }
    }
    return out;
  }

  /**
   * The first child of a name, marked used.
   *
   * @param childName the name
   * @return the child, or empty
   */
  public Optional<XmlNode> child(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        c.used = true;
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether it has a child of a name (without marking it).
   *
   * @param childName the name
   * @return true if it has one
   */
  public boolean has(String childName) {
    for (XmlNode c : children) {
      if (c.name.equals(childName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Its text, stripped, marking it used.
   *
   * @return the text, possibly empty
   */
  public String text() {
    textUsed = true;
    return text.toString().strip();
  }

  /**
   * Marks the element used (its attributes, text and children are not).
   *
   * @return this node
   */
  public XmlNode use() {
    used = true;
    return this;
  }

  /** Marks the element and everything inside it used. */
  public void useAll() {
    used = true;
    textUsed = true;
    attrUsed.replaceAll(b -> Boolean.TRUE);
    for (XmlNode c : children) {
      c.useAll();
    }
  }

  /**
   * Visits what was not used: elements (path), attributes ({@code path/@name}) and non-blank
   * text ({@code path/text()}), in document order, with their lines. An unused element is
   * reported once, not its contents.
   *
   * @param visitor receives the unused path with positions and the line
   */
  public void visitUnused(UnusedVisitor visitor) {
    if (!used) {
      visitor.unused(path, line);
      return;
    }
    for (int i = 0; i < attrNames.size(); i++) {
      if (!attrUsed.get(i)) {
        visitor.unused(path + "/@" + attrNames.get(i), line);
      }
    }
    if (!textUsed && !text.toString().isBlank()) {
      visitor.unused(path + "/text()", line);
    }
    for (XmlNode c : children) {
      c.visitUnused(visitor);
    }
  }

  /**
   * Visits each child.
   *
   * @param action the action
   */
  public void forEachChild(Consumer<XmlNode> action) {
    children.forEach(action);
  }

  /** Receives unused parts of a tree. */
  @API(status = API.Status.INTERNAL, since = "0.2")
  @FunctionalInterface
  public interface UnusedVisitor {
    /**
     * One unused part.
     *
     * @param path its path with positions
     * @param line its line
     */
    void unused(String path, int line);
  }
}
