package org.sharedoutcomes.iati;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.iati.LossReport.Disposition;
import org.sharedoutcomes.iati.internal.ActivityScanner;
import org.sharedoutcomes.iati.internal.XmlNode;

/**
 * The activities of one IATI file, read one at a time: memory is bounded by the largest
 * activity, whatever the file's size. Malformed activities are skipped and listed in
 * {@link #report()}; an XML error ends the iteration with an {@link IatiFormatException}.
 *
 * <pre>{@code
 * try (IatiActivities activities = IatiReader.standard().open(Path.of("dump.xml"))) {
 *   activities.stream().forEach(a -> index(a.commitment()));
 *   System.out.println(activities.report().summary());
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one consumer at a time.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class IatiActivities implements Iterator<IatiActivity>, AutoCloseable {
  private final ActivityScanner scanner;
  private final ActivityMapper mapper;
  private final ReportCollector report;
  private final String fileLang;
  private final @Nullable Closeable owned;
  private @Nullable IatiActivity next;
  private boolean done;

  IatiActivities(InputStream in, String source, IatiReader options, ReportCollector report,
      @Nullable Closeable owned) {
    this.report = report;
    this.owned = owned;
    report.source(source);
    this.scanner = new ActivityScanner(in, source, options.maxTextLength(),
        options.maxActivityCharacters(), options.maxDepth());
    XmlNode root = scanner.root();
    root.use();
    String version = root.attrText("version").orElse("");
    this.fileLang = root.attrText("xml:lang").orElse("");
    boolean first = version.startsWith("1.");
    if (!root.name().isEmpty()) {
      if (version.isEmpty()) {
        report.warning("missing-version", new LossReport.Location(root.line(), root.path(), ""),
            "iati-activities has no version; read as 2.0x (1.0x text codes are accepted too)");
      } else if (!version.matches("1\\.0[1-5]|2\\.0[1-3]")) {
        report.warning("unknown-version", new LossReport.Location(root.line(), root.path(), ""),
            "version '" + version + "' is not 1.01-1.05 or 2.01-2.03; read as "
                + (first ? "1.0x" : "2.0x"));
      }
      root.visitUnused((path, line) -> report.loss(Disposition.DROPPED, path, line, "", ""));
    }
    this.mapper = new ActivityMapper(options.language(), options.fallbackLanguage(), first);
  }

  /**
   * Whether another activity can be read.
   *
   * @return true if {@link #next()} will return one
   * @throws IatiFormatException if the XML is not well-formed
   * @throws UncheckedIOException if reading fails
   */
  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      Optional<ActivityScanner.Scanned> s = scanner.next();
      if (s.isEmpty()) {
        done = true;
        break;
      }
      XmlNode n = s.get().node();
      if (!n.name().equals("iati-activity")) {
        report.loss(Disposition.DROPPED, n.path(), n.line(), "", "not an iati-activity");
        continue;
      }
      if (s.get().oversized().isPresent()) {
        report.malformed(ActivityMapper.identifierOf(n), n.line(),
            "activity too large: " + s.get().oversized().get());
        continue;
      }
      try {
        next = mapper.map(n, fileLang, report);
      } catch (ActivityMapper.Malformed e) {
        report.malformed(ActivityMapper.identifierOf(n), n.line(), String.valueOf(e.getMessage()));
      }
    }
    return next != null;
  }

  /**
   * The next activity.
   *
   * @return the activity
   * @throws NoSuchElementException at the end of the file
   * @throws IatiFormatException if the XML is not well-formed
   */
  @Override
  public IatiActivity next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more activities");
    }
    IatiActivity a = java.util.Objects.requireNonNull(next); // hasNext() filled it
    next = null;
    return a;
  }

  /**
   * The remaining activities as a sequential stream; closing the stream closes this reader.
   *
   * @return the stream
   */
  public Stream<IatiActivity> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this,
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /**
   * The loss report of what has been read so far.
   *
   * @return a snapshot of the report
   */
  public LossReport report() {
    return report.snapshot();
  }

  /**
   * Closes the XML reader, and the file if this reader opened it.
   *
   * @throws UncheckedIOException if closing the file fails
   */
  @Override
  public void close() {
    done = true;
    try {
      scanner.close();
    } finally {
      if (owned != null) {
        try {
          owned.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }
}
