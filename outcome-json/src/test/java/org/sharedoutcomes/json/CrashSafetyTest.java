package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sharedoutcomes.core.OutcomeModel;
import org.sharedoutcomes.testkit.RandomModels;

/**
 * Kills forked JVMs (SIGKILL) at random moments while each saves two models in turn to one
 * file, and checks after every kill that the file holds one of the two complete documents.
 * The savers start from a class-data archive recorded by a warm-up run, to start fast.
 * Two lanes run side by side, each with its own file, to keep the test short.
 */
class CrashSafetyTest {
  private static final int LANES = 2;
  private static final int KILLS_PER_LANE = 25;

  static OutcomeModel model(int which) {
    return RandomModels.withBounds(20, 150, 40).model(which == 0 ? 11L : 12L);
  }

  /**
   * The forked saver: saves model 0 and model 1 in turn, forever, and says when it runs.
   *
   * @param args the file to save to
   */
  public static void main(String[] args) {
    Path file = Path.of(args[0]);
    OutcomeModel[] models = {model(0), model(1)};
    OutcomeJson json = OutcomeJson.standard();
    json.write(models[0], file);
    if (args.length > 1) {
      json.read(file);
      return; // the warm-up run, which records the class-data archive on exit
    }
    System.out.println("saving");
    System.out.flush();
    for (int i = 1; ; i++) {
      json.write(models[i & 1], file);
    }
  }

  @Test
  void aKilledSaveLeavesEitherTheOldOrTheNewCompleteDocument(@TempDir Path dir)
      throws Exception {
    Path archive = dir.resolve("classes.jsa");
    Process warmUp = new ProcessBuilder(command(dir.resolve("warm-up.json"),
        "-XX:ArchiveClassesAtExit=" + archive, "warm-up"))
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertTrue(warmUp.waitFor(2, TimeUnit.MINUTES), "the warm-up run did not end");
    String share = Files.exists(archive) ? "-XX:SharedArchiveFile=" + archive : "-Xshare:auto";
    byte[] first = OutcomeJson.standard().write(model(0)).getBytes(StandardCharsets.UTF_8);
    byte[] second = OutcomeJson.standard().write(model(1)).getBytes(StandardCharsets.UTF_8);
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger complete = new AtomicInteger();
    ExecutorService lanes = Executors.newFixedThreadPool(LANES);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int lane = 0; lane < LANES; lane++) {
        Path file = dir.resolve("model-" + lane + ".json");
        SplittableRandom random = new SplittableRandom(20261123L + lane);
        done.add(lanes.submit(() -> {
          for (int kill = 0; kill < KILLS_PER_LANE; kill++) {
            byte[] now = killDuringSaves(command(file, share), file, random.nextInt(60));
            if (Arrays.equals(now, first) || Arrays.equals(now, second)) {
              complete.incrementAndGet();
            } else {
              failures.add(file.getFileName() + ", kill " + kill + ": the file holds "
                  + now.length + " bytes, neither document (" + first.length + " or "
                  + second.length + ")");
            }
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      lanes.shutdownNow();
    }
    assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    assertEquals(LANES * KILLS_PER_LANE, complete.get());
  }

  private static List<String> command(Path file, String vmOption, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m",
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:disable", vmOption, "-cp",
        System.getProperty("java.class.path"), CrashSafetyTest.class.getName(),
        file.toString()));
    command.addAll(List.of(args));
    return command;
  }

  private static byte[] killDuringSaves(List<String> command, Path file, int afterMillis)
      throws Exception {
    Process child = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    try {
      BufferedReader out = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      if (!"saving".equals(line)) {
        throw new AssertionError("the saver did not start: " + line);
      }
      Thread.sleep(afterMillis);
    } finally {
      child.destroyForcibly();
      if (!child.waitFor(10, TimeUnit.SECONDS)) {
        throw new AssertionError("the saver did not die");
      }
    }
    byte[] now = Files.readAllBytes(file);
    OutcomeJson.standard().read(file);
    return now;
  }
}
