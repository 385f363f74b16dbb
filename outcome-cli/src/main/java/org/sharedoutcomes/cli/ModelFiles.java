package org.sharedoutcomes.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.sharedoutcomes.cli.sample.SampleModels;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.json.OutcomeFormatException;
import org.sharedoutcomes.json.OutcomeJson;

/** Reads model files and the bundled samples, turning every failure into one line. */
final class ModelFiles {
  /** The bundled samples' names; the first is the default. */
  static final List<String> SAMPLES = List.of("delivery-unit", "joint-service",
      "better-connected");

  /** The size of a model file, in bytes, from which reading it shows a progress bar. */
  static final long LARGE_FILE = 5_000_000;

  private ModelFiles() {}

  /** A model that cannot be read, said in one line: {@code file:line:column: reason}. */
  static final class BadModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadModelException(String message, @org.jspecify.annotations.Nullable Throwable cause) {
      super(message, cause);
    }
  }

  static OutcomeModel sample(String name) {
    return switch (name) {
      case "joint-service" -> SampleModels.jointServiceDelivery();
      case "better-connected" -> SampleModels.betterConnectedServices();
      case "delivery-unit" -> SampleModels.deliveryUnit();
      default -> throw new IllegalArgumentException("no bundled sample '" + name
          + "'; choose one of " + String.join(", ", SAMPLES));
    };
  }

  static OutcomeModel read(Path file, boolean progress) {
    if (!Files.isRegularFile(file)) {
      throw new BadModelException(file + ": no such file", null);
    }
    try {
      long size = Files.size(file);
      if (progress && size >= LARGE_FILE) {
        try (InputStream in = ProgressBar.wrap(Files.newInputStream(file),
            new ProgressBarBuilder().setTaskName("reading").setInitialMax(size)
                .setUnit(" MB", 1_000_000).setConsumer(Terminal.consumer()))) {
          return OutcomeJson.standard().read(in);
        }
      }
      return OutcomeJson.standard().read(file);
    } catch (OutcomeFormatException e) {
      throw new BadModelException(where(file, e) + ": " + oneLine(e.reason())
          + (e.pointer().isEmpty() ? "" : " (at " + e.pointer() + ")"), e);
    } catch (IOException e) {
      throw new BadModelException(file + ": cannot be read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new BadModelException(file + ": cannot be read: " + java.util.Objects.requireNonNull(e.getCause()).getMessage(), e);
    }
  }

  /**
   * A count with its noun, singular for one: {@code "1 indicator"}, {@code "2 indicators"}.
   *
   * @param n the count
   * @param one the singular
   * @param many the plural
   * @return the words
   */
  static String count(long n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** {@code file:line:column}, or less when the place is not known. */
  static String where(Path file, OutcomeFormatException e) {
    return file + (e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "")
        : "");
  }

  static String oneLine(String s) {
    return s.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
