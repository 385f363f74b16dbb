package org.sharedoutcomes.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium (Debian's {@code chromium}) run as a process: a DOM dump with the console
 * log, and a screenshot. When no browser is installed the test fails under CI ({@code CI=true})
 * and is skipped elsewhere, saying how to install one.
 */
final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser",
      "google-chrome", "google-chrome-stable");

  private final Path binary;
  private final Path work;

  private Chromium(Path binary, Path work) {
    this.binary = binary;
    this.work = work;
  }

  /** The browser, or the test is failed (CI) or skipped (locally). */
  static Chromium require(Path work) {
    Optional<Path> found = find();
    if (found.isEmpty()) {
      String why = "no headless Chromium on the PATH (looked for " + NAMES + "); install it"
          + " with: apt-get update && apt-get install -y chromium";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    return new Chromium(found.get(), work);
  }

  private static Optional<Path> find() {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String name : NAMES) {
      for (String d : path.split(File.pathSeparator)) {
        Path p = Path.of(d, name);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  /** What a run printed. */
  record Output(String stdout, String stderr) {
    /** The console messages and uncaught errors the page logged. */
    List<String> console() {
      return stderr.lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught"))
          .toList();
    }
  }

  private Output run(List<String> extra, String url) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(work, "profile");
    List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0"));
    cmd.addAll(extra);
    cmd.add(url);
    Path out = work.resolve("chromium-" + System.nanoTime() + ".out");
    Path err = work.resolve("chromium-" + System.nanoTime() + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile())
        .start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("chromium did not finish within 120 s: " + cmd);
    }
    return new Output(Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  /** The page's DOM after its scripts ran, and its console log. */
  Output dumpDom(Path page) throws IOException, InterruptedException {
    return run(List.of("--virtual-time-budget=2000", "--dump-dom"), page.toUri().toString());
  }

  /** A screenshot of the page (with an optional #fragment) at a window size. */
  Output screenshot(Path page, String fragment, Path png, int width, int height)
      throws IOException, InterruptedException {
    return run(List.of("--window-size=" + width + "," + height, "--screenshot=" + png),
        page.toUri() + fragment);
  }
}
