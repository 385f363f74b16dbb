package org.sharedoutcomes.json;

import java.io.BufferedOutputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.sharedoutcomes.core.AgencyId;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.internal.ModelReader;
import org.sharedoutcomes.json.internal.ModelWriter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes whole models in the Shared Outcomes JSON format ({@code "format":
 * "sharedoutcomes/1"}), streaming, from and to strings, readers and writers, streams and
 * files.
 *
 * <pre>{@code
 * OutcomeJson json = OutcomeJson.standard();
 * json.write(model, Path.of("model.json"));          // atomic: old or new file, never half
 * OutcomeModel back = json.read(Path.of("model.json"));
 * String forTreasury = json.forViewer(AgencyId.of("treasury")).write(model);
 * }</pre>
 *
 * <p>Each instance has its own {@link JsonMapper} with the {@link JsonLimits} it was built
 * with; Jackson's global defaults are never changed. Output is canonical: equal models give
 * identical bytes. Reading fails with an {@link OutcomeFormatException} naming line, column
 * and JSON Pointer; failures of the underlying source or target are {@link
 * UncheckedIOException}s. Streams, readers and writers passed in are not closed.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OutcomeJson {
  private static final OutcomeJson STANDARD = builder().build();

  private final JsonMapper mapper;
  private final JsonLimits limits;
  private final Set<JsonOption> options;
  private final @Nullable AgencyId viewer;

  private OutcomeJson(JsonMapper mapper, JsonLimits limits, Set<JsonOption> options,
      @Nullable AgencyId viewer) {
    this.mapper = mapper;
    this.limits = limits;
    this.options = options;
    this.viewer = viewer;
  }

  /**
   * The reader and writer with the default limits and no options.
   *
   * @return the shared standard instance
   */
  public static OutcomeJson standard() {
    return STANDARD;
  }

  /**
   * A builder for a reader and writer with other limits or options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The limits this instance reads under.
   *
   * @return the limits
   */
  public JsonLimits limits() {
    return limits;
  }

  /**
   * The options this instance was built with.
   *
   * @return an unmodifiable set
   */
  public Set<JsonOption> options() {
    return options;
  }

  /**
   * The agency this instance writes for, if any.
   *
   * @return the viewer, empty when writing everything
   */
  public Optional<AgencyId> viewer() {
    return Optional.ofNullable(viewer);
  }

  /**
   * A writer for one viewer agency: it writes the model as the agency may see it, by the one
   * written rule of {@link org.sharedoutcomes.core.access.Disclosure}: measurement rows,
   * baselines and attributes of indicators whose data the agency may not see, and
   * data-sharing agreements it is no party to, are left out; the document declares in its
   * {@code "viewer"}, {@code "withheld"} and {@code "withheldAgreements"} headers what was
   * left out, so a reader can tell withheld data from absent data ({@link
   * OutcomeDocument#withheld()} and the others). Indicator definitions and targets are written
   * in full. Reading is unaffected.
   *
   * @param agency the viewer
   * @return a writer for that viewer
   * @throws NullPointerException if {@code agency} is null
   */
  public OutcomeJson forViewer(AgencyId agency) {
    return new OutcomeJson(mapper, limits, options,
        Objects.requireNonNull(agency, "agency must not be null"));
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a model from a string.
   *
   * @param json the document
   * @return the model
   * @throws OutcomeFormatException if the document is not a valid model
   */
  public OutcomeModel read(String json) {
    return readDocument(json).model();
  }

  /**
   * Reads a model from a reader, which is not closed.
   *
   * @param in the reader
   * @return the model
   * @throws OutcomeFormatException if the document is not a valid model
   * @throws UncheckedIOException if reading fails
   */
  public OutcomeModel read(Reader in) {
    return readDocument(in).model();
  }

  /**
   * Reads a model from a UTF-8 (or UTF-16/32, detected) stream, which is not closed.
   *
   * @param in the stream
   * @return the model
   * @throws OutcomeFormatException if the document is not a valid model
   * @throws UncheckedIOException if reading fails
   */
  public OutcomeModel read(InputStream in) {
    return readDocument(in).model();
  }

  /**
   * Reads a model from bytes in UTF-8, UTF-16 or UTF-32; see {@link #readDocument(byte[])}.
   *
   * @param json the document's bytes; not modified
   * @return the model
   * @throws OutcomeFormatException if the document is not a valid model
   */
  public OutcomeModel read(byte[] json) {
    return readDocument(json).model();
  }

  /**
   * Reads a model from a file.
   *
   * @param file the file
   * @return the model
   * @throws OutcomeFormatException if the document is not a valid model
   * @throws UncheckedIOException if the file cannot be read
   */
  public OutcomeModel read(Path file) {
    return readDocument(file).model();
  }

  /**
   * Reads a document from a string, with its viewer and withheld data if it was written for
   * a viewer.
   *
   * @param json the document
   * @return the document
   * @throws OutcomeFormatException if the document is not a valid model
   */
  public OutcomeDocument readDocument(String json) {
    Objects.requireNonNull(json, "json must not be null");
    return parse(() -> mapper.createParser(json), () -> false);
  }

  /**
   * Reads a document from bytes in UTF-8, UTF-16 or UTF-32 (detected as for a stream). The
   * parser reads the array in place, with no copy into buffers of its own: the fastest way to
   * read a document already in memory.
   *
   * @param json the document's bytes; not modified
   * @return the document
   * @throws OutcomeFormatException if the document is not a valid model
   */
  public OutcomeDocument readDocument(byte[] json) {
    Objects.requireNonNull(json, "json must not be null");
    Utf8Guard.checkDocument(json);
    return parse(() -> mapper.createParser(json), () -> false);
  }

  /**
   * Reads a document from a reader, which is not closed.
   *
   * @param in the reader
   * @return the document
   * @throws OutcomeFormatException if the document is not a valid model
   * @throws UncheckedIOException if reading fails
   */
  public OutcomeDocument readDocument(Reader in) {
    Objects.requireNonNull(in, "reader must not be null");
    TrackedReader tracked = new TrackedReader(in);
    return parse(() -> mapper.createParser(tracked), () -> tracked.failed);
  }

  /**
   * Reads a document from a stream, which is not closed.
   *
   * @param in the stream
   * @return the document
   * @throws OutcomeFormatException if the document is not a valid model
   * @throws UncheckedIOException if reading fails
   */
  public OutcomeDocument readDocument(InputStream in) {
    Objects.requireNonNull(in, "stream must not be null");
    TrackedStream tracked = new TrackedStream(in);
    return parse(() -> mapper.createParser(tracked), () -> tracked.failed);
  }

  /**
   * Reads a document from a file.
   *
   * @param file the file
   * @return the document
   * @throws OutcomeFormatException if the document is not a valid model
   * @throws UncheckedIOException if the file cannot be read
   */
  public OutcomeDocument readDocument(Path file) {
    Objects.requireNonNull(file, "file must not be null");
    try (InputStream in = Files.newInputStream(file)) {
      return readDocument(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  private interface ParserSource {
    JsonParser open();
  }

  private OutcomeDocument parse(ParserSource source, BooleanSupplier sourceFailed) {
    JsonParser p;
    try {
      p = source.open();
    } catch (JacksonIOException e) {
      if (!sourceFailed.getAsBoolean()) {
        throw new OutcomeFormatException("the document is not valid Unicode text: "
            + java.util.Objects.requireNonNull(e.getCause()).getMessage(), 1, 1, "");
      }
      throw new UncheckedIOException(e.getMessage(), e.getCause());
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      throw new OutcomeFormatException(e.getOriginalMessage() == null ? "malformed JSON"
          : e.getOriginalMessage(), at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), "");
    }
    try (p) {
      return new ModelReader(p, options.contains(JsonOption.IGNORE_UNKNOWN_FIELDS),
          sourceFailed, limits).readDocument();
    }
  }

  /** Remembers whether the stream itself failed, to tell I/O errors from bad encodings. */
  private static final class TrackedStream extends FilterInputStream {
    volatile boolean failed;
    private final Utf8Guard utf8 = new Utf8Guard();

    TrackedStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c;
      try {
        c = super.read();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
      if (c >= 0) {
        long bad = utf8.check(new byte[] {(byte) c}, 0, 1);
        if (bad >= 0) {
          throw Utf8Guard.streamError(bad);
        }
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n;
      try {
        n = super.read(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
      if (n > 0) {
        long bad = utf8.check(b, off, off + n);
        if (bad >= 0) {
          throw Utf8Guard.streamError(bad);
        }
      }
      return n;
    }

    @Override
    public void close() {
      // the caller's stream stays open
    }
  }

  /** Remembers whether the reader itself failed, to tell I/O errors from bad input. */
  private static final class TrackedReader extends FilterReader {
    volatile boolean failed;

    TrackedReader(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public int read(char[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException e) {
        failed = true;
        throw e;
      }
    }

    @Override
    public void close() {
      // the caller's reader stays open
    }
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes a model as a string.
   *
   * @param model the model
   * @return the document
   */
  public String write(OutcomeModel model) {
    StringWriter out = new StringWriter();
    write(model, out);
    return out.toString();
  }

  /**
   * Writes a model to a writer, which is flushed but not closed.
   *
   * @param model the model
   * @param out the writer
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutcomeModel model, Writer out) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(out, "writer must not be null");
    generate(model, () -> mapper.createGenerator(out));
  }

  /**
   * Writes a model to a stream as UTF-8; the stream is flushed but not closed.
   *
   * @param model the model
   * @param out the stream
   * @throws UncheckedIOException if writing fails
   */
  public void write(OutcomeModel model, OutputStream out) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(out, "stream must not be null");
    generate(model, () -> mapper.createGenerator(out, JsonEncoding.UTF8));
  }

  /**
   * Writes a model to a file, atomically: the document goes to a temporary file in the same
   * directory, which is flushed and forced to disk ({@code fsync}) and then moved over the
   * target in one atomic step. A crash at any moment leaves either the previous file or the
   * new one, complete; never a mixture.
   *
   * <p>When {@code file} is a symbolic link (or a chain of them), the file it finally points
   * to is replaced, atomically, in that file's directory, and the link is kept. The temporary
   * file is named {@code .<at most 32 characters of the name>.<random>.tmp}, so any legal
   * file name can be saved.
   *
   * @param model the model
   * @param file the file
   * @throws IllegalArgumentException if the path has no file name or no parent directory
   *     (such as {@code /})
   * @throws UncheckedIOException if writing fails (the previous file is then untouched), or
   *     the symbolic links loop
   */
  public void write(OutcomeModel model, Path file) {
    Objects.requireNonNull(model, "model must not be null");
    Objects.requireNonNull(file, "file must not be null");
    Path target;
    try {
      target = finalTarget(file.toAbsolutePath());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save " + file + ": " + e.getMessage(), e);
    }
    Path dir = target.getParent();
    Path name = target.getFileName();
    if (dir == null || name == null) {
      throw new IllegalArgumentException("cannot save to " + file
          + ": the path names no file in a directory (give a path such as dir/model.json)");
    }
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, temporaryPrefix(name.toString()), ".tmp");
      try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING)) {
        OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
        write(model, out);
        out.flush();
        ch.force(true);
      }
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        throw new IOException("the file system of " + dir + " cannot replace files atomically",
            e);
      }
      tmp = null;
      forceDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save " + target + ": " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // the temporary file is left behind; the target is untouched
        }
      }
    }
  }

  /** The most symbolic links followed to the file a save replaces, as Linux's ELOOP. */
  private static final int MAX_LINKS = 40;

  /** The file a chain of symbolic links finally names (the path itself if it is none). */
  private static Path finalTarget(Path path) throws IOException {
    Path p = path;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == MAX_LINKS) {
        throw new IOException("more than " + MAX_LINKS + " symbolic links from " + path
            + " (a loop?)");
      }
      Path link = Files.readSymbolicLink(p);
      Path parent = p.getParent();
      p = (parent == null ? link : parent.resolve(link)).normalize();
    }
    return p;
  }

  /** A temporary name's prefix: short enough that prefix, random part and suffix fit. */
  private static String temporaryPrefix(String name) {
    int end = name.offsetByCodePoints(0, Math.min(32, name.codePointCount(0, name.length())));
    return "." + name.substring(0, end) + ".";
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // some platforms cannot open or sync a directory; the move itself is still atomic
    }
  }

  private interface GeneratorSource {
    JsonGenerator open();
  }

  private void generate(OutcomeModel model, GeneratorSource target) {
    try (JsonGenerator g = target.open()) {
      ModelWriter.writeModel(g, model, viewer);
      g.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getMessage(), e.getCause());
    }
  }

  /**
   * Builds an {@link OutcomeJson}. Not thread-safe.
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private JsonLimits limits = JsonLimits.DEFAULT;
    private final EnumSet<JsonOption> options = EnumSet.noneOf(JsonOption.class);

    private Builder() {}

    /**
     * Sets the reading limits.
     *
     * @param value the limits
     * @return this builder
     */
    public Builder limits(JsonLimits value) {
      this.limits = Objects.requireNonNull(value, "limits must not be null");
      return this;
    }

    /**
     * Enables options.
     *
     * @param values the options
     * @return this builder
     */
    public Builder enable(JsonOption... values) {
      for (JsonOption o : values) {
        options.add(Objects.requireNonNull(o, "option must not be null"));
      }
      return this;
    }

    /**
     * Builds the reader and writer, with its own mapper.
     *
     * @return a new instance
     */
    public OutcomeJson build() {
      JsonFactory factory = JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(limits.maxNestingDepth())
              .maxStringLength(limits.maxStringLength())
              .maxDocumentLength(limits.maxDocumentLength())
              .maxNameLength(Math.min(limits.maxStringLength(), 50_000))
              .maxNumberLength(1000)
              .build())
          .streamWriteConstraints(StreamWriteConstraints.builder()
              .maxNestingDepth(limits.maxNestingDepth())
              .build())
          // no STRICT_DUPLICATE_DETECTION: the reader finds repeated fields itself, without
          // a hash set per object
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .build();
      JsonOption[] opts = options.toArray(new JsonOption[0]);
      JsonMapper mapper = JsonMapper.builder(factory).addModule(new OutcomeModule(opts)).build();
      return new OutcomeJson(mapper, limits,
          java.util.Collections.unmodifiableSet(EnumSet.copyOf(options.isEmpty()
              ? EnumSet.noneOf(JsonOption.class) : options)), null);
    }
  }
}
