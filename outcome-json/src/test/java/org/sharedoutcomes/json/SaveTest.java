package org.sharedoutcomes.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sharedoutcomes.core.AgencyKind;
import org.sharedoutcomes.core.GovernmentLevel;
import org.sharedoutcomes.core.OutcomeModel;

/** Saves through links, to odd paths and long names (issue 15, F-7). */
class SaveTest {
  private static final OutcomeJson JSON = OutcomeJson.standard();
  private static final OutcomeModel OLD = OutcomeModel.empty();
  private static final OutcomeModel NEW = OutcomeModel.builder()
      .agency("a", "A", AgencyKind.NGO, GovernmentLevel.LOCAL).build();

  @TempDir
  Path dir;

  @Test
  void savingThroughASymbolicLinkReplacesItsTargetAndKeepsTheLink() throws IOException {
    Path real = dir.resolve("real.json");
    JSON.write(OLD, real);
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real.json"));
    JSON.write(NEW, link);
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(NEW, JSON.read(real));
  }

  @Test
  void savingThroughAChainOfLinksReplacesTheLastTarget() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    Path real = sub.resolve("real.json");
    JSON.write(OLD, real);
    Path first = Files.createSymbolicLink(dir.resolve("first.json"), real);
    Path second = Files.createSymbolicLink(dir.resolve("second.json"), first);
    JSON.write(NEW, second);
    assertTrue(Files.isSymbolicLink(second) && Files.isSymbolicLink(first));
    assertEquals(NEW, JSON.read(real));
  }

  @Test
  void savingThroughALinkLoopFailsClearly() throws IOException {
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.json");
    Files.createSymbolicLink(a, b);
    Files.createSymbolicLink(b, a);
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> JSON.write(NEW, a));
    assertTrue(e.getMessage().contains("symbolic links"), e.getMessage());
  }

  @Test
  void savingToTheRootDirectoryFailsWithAClearMessage() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> JSON.write(NEW, Path.of("/")));
    assertTrue(e.getMessage().contains("names no file"), e.getMessage());
  }

  @Test
  void savesAFileWithAName245CharactersLong() {
    Path file = dir.resolve("m".repeat(240) + ".json");
    JSON.write(NEW, file);
    assertEquals(NEW, JSON.read(file));
  }

  @Test
  void leavesNoTemporaryFileBehindAfterASave() throws IOException {
    JSON.write(NEW, dir.resolve("model.json"));
    try (var files = Files.list(dir)) {
      assertEquals(1, files.count());
    }
  }
}
