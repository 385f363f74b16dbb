package org.sharedoutcomes.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.sharedoutcomes.core.OutcomeModel;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The model a command works on: a file, or a bundled sample. */
final class ModelOptions {
  @Parameters(index = "0", arity = "0..1", paramLabel = "MODEL",
      description = "a model file in the sharedoutcomes/1 JSON format")
  @org.jspecify.annotations.Nullable Path file;

  @Option(names = "--sample", paramLabel = "NAME",
      description = "a bundled sample instead of a file: delivery-unit (default),"
          + " joint-service or better-connected")
  @org.jspecify.annotations.Nullable String sample;

  /** The model and where it came from. */
  record Loaded(OutcomeModel model, String source) {}

  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  Loaded load(CommandLine cl, boolean allowDefault, boolean progress) {
    if (file != null && sample != null) {
      throw new CommandLine.ParameterException(cl, "give a model file or --sample, not both");
    }
    if (file != null) {
      return new Loaded(ModelFiles.read(file, progress), file.toString());
    }
    if (sample == null && !allowDefault) {
      throw new CommandLine.ParameterException(cl, "a model file is needed (or --sample NAME)");
    }
    String name = sample == null ? ModelFiles.SAMPLES.get(0) : sample;
    try {
      return new Loaded(ModelFiles.sample(name), "the bundled sample '" + name + "'");
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cl, e.getMessage());
    }
  }
}
