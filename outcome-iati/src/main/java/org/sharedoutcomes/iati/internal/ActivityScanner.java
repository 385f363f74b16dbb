package org.sharedoutcomes.iati.internal;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apiguardian.api.API;
import org.sharedoutcomes.iati.IatiFormatException;

/**
 * Reads an IATI file with StAX one top-level element at a time, each into an {@link XmlNode}
 * tree, so that memory is bounded by the largest activity. DTDs and external entities are
 * refused; text, depth and element counts are bounded per activity. Not thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class ActivityScanner implements AutoCloseable {
  private static final XMLInputFactory FACTORY = newFactory();

  /** One scanned top-level element, or the reason it could not be kept. */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public record Scanned(XmlNode node, Optional<String> oversized) {}

  private final String source;
  private final XMLStreamReader reader;
  private final int maxText;
  private final long maxChars;
  private final int maxDepth;
  private final XmlNode root;
  private final Map<String, Integer> topIndex = new HashMap<>();
  private boolean finished;

  /**
   * Opens a scanner and reads up to the root element.
   *
   * @param in the input, not closed by the scanner
   * @param source the source's name, for messages
   * @param maxText the longest text of one element, in characters
   * @param maxChars the most characters (text and attribute values) of one activity
   * @param maxDepth the deepest nesting inside an activity
   * @throws IatiFormatException if the input is not XML or its root is not IATI's
   */
  public ActivityScanner(InputStream in, String source, int maxText, long maxChars,
      int maxDepth) {
    this.source = source;
    this.maxText = maxText;
    this.maxChars = maxChars;
    this.maxDepth = maxDepth;
    try {
      this.reader = FACTORY.createXMLStreamReader(in);
    } catch (XMLStreamException | RuntimeException e) {
      throw error(e);
    }
    int event = nextStart();
    if (event != XMLStreamConstants.START_ELEMENT) {
      throw new IatiFormatException(source, line(), -1, "no root element");
    }
    String name = name();
    if (!name.equals("iati-activities") && !name.equals("iati-activity")) {
      throw new IatiFormatException(source, line(), -1, "the root element is <" + name
          + ">, not <iati-activities> or <iati-activity>");
    }
    if (name.equals("iati-activity")) {
      // a file holding one activity without the wrapper: the root is the activity
      root = new XmlNode("", 0, "");
      pendingRootActivity = true;
    } else {
      root = new XmlNode(name, line(), "/" + name);
      addAttributes(root);
    }
  }

  private boolean pendingRootActivity;

  /**
   * The root element (its attributes; no children), or an empty node when the root is the
   * one activity.
   *
   * @return the root
   */
  public XmlNode root() {
    return root;
  }

  /**
   * The next top-level element.
   *
   * @return it, or empty at the end of the file
   * @throws IatiFormatException if the XML is not well-formed
   */
  public Optional<Scanned> next() {
    if (finished) {
      return Optional.empty();
    }
    if (pendingRootActivity) {
      pendingRootActivity = false;
      Scanned s = readElement("");
      finishDocument();
      return Optional.of(s);
    }
    int event = nextStartOrEnd();
    if (event != XMLStreamConstants.START_ELEMENT) {
      finishDocument();
      return Optional.empty();
    }
    return Optional.of(readElement(root.path()));
  }

  private void finishDocument() {
    finished = true;
    try {
      while (reader.hasNext()) {
        int e = reader.next();
        checkEvent(e);
      }
    } catch (XMLStreamException | RuntimeException e) {
      throw error(e);
    }
  }

  /** Reads the element the reader is at, to its end. */
  private Scanned readElement(String parentPath) {
    String name = name();
    int index = topIndex.merge(name, 1, Integer::sum);
    XmlNode top = new XmlNode(name, line(), parentPath + "/" + name + "[" + index + "]");
    long chars = addAttributes(top);
    Deque<XmlNode> stack = new ArrayDeque<>();
    Deque<Map<String, Integer>> indexes = new ArrayDeque<>();
    stack.push(top);
    indexes.push(new HashMap<>());
    String oversized = null;
    int textOfCurrent = 0;
    int skip = 0;
    try {
      while (!stack.isEmpty()) {
        int e = reader.next();
        checkEvent(e);
        switch (e) {
          case XMLStreamConstants.START_ELEMENT -> {
            if (oversized == null && stack.size() >= maxDepth) {
              oversized = "nested deeper than " + maxDepth + " elements at line " + line();
            }
            if (oversized != null) {
              skip++;
              break;
            }
            String n = name();
            int i = indexes.peek().merge(n, 1, Integer::sum);
            XmlNode child = new XmlNode(n, line(), stack.peek().path() + "/" + n + "[" + i + "]");
            chars += addAttributes(child);
            stack.peek().addChild(child);
            stack.push(child);
            indexes.push(new HashMap<>());
            textOfCurrent = 0;
          }
          case XMLStreamConstants.END_ELEMENT -> {
            if (skip > 0) {
              skip--;
              break;
            }
            stack.pop();
            indexes.pop();
            textOfCurrent = 0;
          }
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (oversized != null) {
              break;
            }
            int n = reader.getTextLength();
            textOfCurrent += n;
            chars += n;
            if (textOfCurrent > maxText) {
              oversized = "a text longer than " + maxText + " characters at line " + line();
            } else if (chars > maxChars) {
              oversized = "more than " + maxChars + " characters of text and attributes";
            } else {
              stack.peek().appendText(reader.getText());
            }
          }
          default -> { }
        }
        if (oversized == null && chars > maxChars) {
          oversized = "more than " + maxChars + " characters of text and attributes";
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof IatiFormatException f) {
        throw f;
      }
      throw error(e);
    }
    return new Scanned(top, Optional.ofNullable(oversized));
  }

  private void checkEvent(int e) {
    if (e == XMLStreamConstants.DTD) {
      throw new IatiFormatException(source, line(), column(),
          "a DTD (<!DOCTYPE>) is not allowed in IATI files");
    }
    if (e == XMLStreamConstants.ENTITY_REFERENCE) {
      throw new IatiFormatException(source, line(), column(),
          "the entity reference &" + reader.getLocalName() + "; is not allowed");
    }
  }

  private long addAttributes(XmlNode node) {
    long chars = 0;
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String prefix = reader.getAttributePrefix(i);
      String local = reader.getAttributeLocalName(i);
      String value = reader.getAttributeValue(i);
      if (value.length() > maxText) {
        throw new IatiFormatException(source, line(), column(), "attribute '" + local
            + "' is longer than " + maxText + " characters");
      }
      chars += value.length();
      node.addAttribute(prefix == null || prefix.isEmpty() ? local : prefix + ":" + local, value);
    }
    return chars;
  }

  private int nextStart() {
    try {
      while (reader.hasNext()) {
        int e = reader.next();
        checkEvent(e);
        if (e == XMLStreamConstants.START_ELEMENT) {
          return e;
        }
      }
      return XMLStreamConstants.END_DOCUMENT;
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof IatiFormatException f) {
        throw f;
      }
      throw error(e);
    }
  }

  private int nextStartOrEnd() {
    try {
      while (reader.hasNext()) {
        int e = reader.next();
        checkEvent(e);
        if (e == XMLStreamConstants.START_ELEMENT || e == XMLStreamConstants.END_ELEMENT) {
          return e;
        }
      }
      return XMLStreamConstants.END_DOCUMENT;
    } catch (XMLStreamException | RuntimeException e) {
      if (e instanceof IatiFormatException f) {
        throw f;
      }
      throw error(e);
    }
  }

  private String name() {
    String prefix = reader.getPrefix();
    String local = reader.getLocalName();
    return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
  }

  private int line() {
    Location l = reader.getLocation();
    return l == null ? -1 : l.getLineNumber();
  }

  private int column() {
    Location l = reader.getLocation();
    return l == null ? -1 : l.getColumnNumber();
  }

  private IatiFormatException error(Exception e) {
    if (e instanceof XMLStreamException x && x.getLocation() != null) {
      String msg = x.getMessage() == null ? x.toString() : x.getMessage();
      // the JDK's message repeats the location first: keep the reason only
      int at = msg.indexOf("Message: ");
      String reason = at >= 0 ? msg.substring(at + 9) : msg;
      return new IatiFormatException(source, x.getLocation().getLineNumber(),
          x.getLocation().getColumnNumber(), "not well-formed XML: " + reason.strip());
    }
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    int line = -1;
    int column = -1;
    try {
      line = line();
      column = column();
    } catch (RuntimeException ignored) {
      // no location available
    }
    return new IatiFormatException(source, line, column, "not readable XML: " + msg.strip());
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      throw error(e);
    }
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, Boolean.TRUE);
    f.setProperty(XMLInputFactory.IS_COALESCING, Boolean.FALSE);
    // the JDK's own limits, where this JDK knows them: no entity expansion at all
    trySet(f, "jdk.xml.entityExpansionLimit", "1");
    trySet(f, "jdk.xml.maxGeneralEntitySizeLimit", "1");
    trySet(f, "jdk.xml.elementAttributeLimit", "200");
    return f;
  }

  private static void trySet(XMLInputFactory f, String property, String value) {
    try {
      f.setProperty(property, value);
    } catch (IllegalArgumentException ignored) {
      // not supported by this JDK's StAX implementation; the DTD refusal still holds
    }
  }
}
