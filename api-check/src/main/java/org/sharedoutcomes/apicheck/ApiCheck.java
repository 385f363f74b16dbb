package org.sharedoutcomes.apicheck;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sharedoutcomes.codegen.RuleTable;
import org.sharedoutcomes.core.check.AccountabilityRule;

/**
 * Checks that every published module's public API equals its committed dump, or rewrites the
 * dumps; with {@code --rule-table=<README>}, the same for the README's table of accountability
 * checks, generated from {@link AccountabilityRule#all()}. Run by the {@code api-check} module in {@code verify}:
 *
 * <pre>{@code
 * java -cp <the modules and their dependencies> org.sharedoutcomes.apicheck.ApiCheck \
 *     --root <repository> [--update=true] outcome-core=org.sharedoutcomes.core ...
 * }</pre>
 *
 * <p>Each {@code artifact=module} pair names a published artifact and its Java module; the
 * module's classes are found on the class path by their {@code module-info.class}, and its dump
 * is {@code <root>/<artifact>/api/<artifact>.api}. On a difference it prints the changed lines
 * and how to accept them, and exits with status 1.
 */
public final class ApiCheck {
  /** The one command that rewrites every dump file. */
  public static final String ACCEPT_COMMAND = "./api-update";

  private ApiCheck() {}

  /**
   * Checks, or with {@code --update=true} rewrites, the dumps.
   *
   * @param args {@code --root <dir>}, optionally {@code --update=true|false}, then
   *     {@code artifact=module} pairs
   */
  public static void main(String[] args) {
    Path root = Path.of(".");
    boolean update = false;
    Optional<String> ruleTable = Optional.empty();
    Map<String, String> modules = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--root") && i + 1 < args.length) {
        root = Path.of(args[++i]);
      } else if (a.startsWith("--rule-table=")) {
        ruleTable = Optional.of(a.substring("--rule-table=".length()));
      } else if (a.startsWith("--update=")) {
        update = Boolean.parseBoolean(a.substring("--update=".length()));
      } else if (a.contains("=") && !a.startsWith("-")) {
        modules.put(a.substring(0, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
      } else {
        System.err.println("api-check: unknown argument '" + a + "'");
        System.exit(2);
      }
    }
    ClassLoader loader = ApiCheck.class.getClassLoader();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> m : modules.entrySet()) {
      String artifact = m.getKey();
      Path location = locate(m.getValue());
      String actual = ApiDump.dump(artifact, location, loader);
      Path file = root.resolve(artifact).resolve("api").resolve(artifact + ".api").normalize();
      if (update) {
        write(file, actual);
        System.out.println("api-check: wrote " + file);
      } else {
        check(artifact, file, read(file), actual).ifPresent(failures::add);
      }
    }
    if (ruleTable.isPresent()) {
      Path readme = root.resolve(ruleTable.get()).normalize();
      ruleTable(readme, read(readme), update).ifPresent(failures::add);
    }
    if (!failures.isEmpty()) {
      failures.forEach(System.err::println);
      System.exit(1);
    }
    if (!update) {
      System.out.println("api-check: the public API of " + String.join(", ", modules.keySet())
          + " matches the committed dumps");
    }
  }

  /**
   * Compares a module's API with its committed dump.
   *
   * @param artifact the artifact, for the message
   * @param file the dump file, for the message
   * @param expected the committed dump, empty if there is no file
   * @param actual the dump of the compiled module
   * @return the failure message (the changed lines and how to accept them), or empty if equal
   */
  public static Optional<String> check(String artifact, Path file, String expected,
      String actual) {
    if (expected.equals(actual)) {
      return Optional.empty();
    }
    StringBuilder s = new StringBuilder();
    s.append("\nAPI check failed: the public API of ").append(artifact).append(" differs from ")
        .append(file).append(expected.isEmpty() ? " (missing)" : "").append('\n')
        .append("('-' is in the committed file, '+' is in the compiled code)\n");
    s.append(LineDiff.diff(lines(expected), lines(actual)));
    s.append("If this change is deliberate, accept it: run ").append(ACCEPT_COMMAND)
        .append(" (it rewrites every api/*.api file), commit the changed files and name the\n")
        .append("change in CHANGELOG.md. If it is not, restore the signature.\n");
    return Optional.of(s.toString());
  }

  /**
   * Checks, or rewrites, the table of accountability checks in a README against
   * {@link AccountabilityRule#all()}.
   *
   * @param readme the README, for the message and for writing
   * @param text its text
   * @param update whether to rewrite the table rather than check it
   * @return the failure message (the changed lines and how to accept them), or empty
   */
  static Optional<String> ruleTable(Path readme, String text, boolean update) {
    List<List<String>> rows = AccountabilityRule.all().stream()
        .map(r -> List.of(r.code(), r.severity().name(), r.summary(), r.whatToDo())).toList();
    String table = RuleTable.render(rows);
    String current = RuleTable.current(text);
    if (current.equals(table)) {
      return Optional.empty();
    }
    if (update) {
      write(readme, RuleTable.replace(text, table));
      System.out.println("api-check: wrote the table of checks in " + readme);
      return Optional.empty();
    }
    return Optional.of("\nAPI check failed: the table of accountability checks in " + readme
        + " differs from AccountabilityRule.all()\n('-' is in the README, '+' is in the rules)\n"
        + LineDiff.diff(lines(current), lines(table)) + "Run " + ACCEPT_COMMAND + " to rewrite"
        + " it from the rules, and commit the README.\n");
  }

  /** The class-path entry that holds a module, found by its module-info.class. */
  private static Path locate(String module) {
    String cp = System.getProperty("java.class.path", "");
    for (String entry : cp.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path p = Path.of(entry);
      if (!Files.exists(p) || (Files.isDirectory(p)
          && !Files.isRegularFile(p.resolve("module-info.class")))) {
        continue;
      }
      try {
        if (ApiDump.descriptor(p).name().equals(module)) {
          return p;
        }
      } catch (IllegalArgumentException | UncheckedIOException e) {
        // not a named module: skip
      }
    }
    throw new IllegalStateException("module " + module + " is not on the class path " + cp);
  }

  private static List<String> lines(String text) {
    return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8)
          .replace("\r\n", "\n") : "";
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(Objects.requireNonNull(file.toAbsolutePath().getParent()));
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
