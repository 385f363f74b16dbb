package org.sharedoutcomes.apicheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The API check on a small module compiled here in two versions: the demonstration that a
 * changed public signature fails the check, and says how to accept it.
 */
class ApiCheckTest {
  private static final String MODULE = "module demo.api {\n"
      + "  exports demo.api;\n"
      + "  exports demo.api.shared to some.sibling;\n"
      + "}\n";
  private static final String GREETER_V1 = "package demo.api;\n"
      + "public final class Greeter {\n"
      + "  public String greet(String name) { return \"hello \" + name; }\n"
      + "  String packagePrivate() { return \"\"; }\n"
      + "}\n";
  private static final String GREETER_V2 = GREETER_V1.replace(
      "greet(String name)", "greet(String name, int times)");
  private static final String PAIR = "package demo.api;\n"
      + "public record Pair<A extends Comparable<A>>(A first, java.util.List<A> rest)"
      + " implements java.io.Serializable {\n"
      + "  public static <T extends Comparable<T>> Pair<T> of(T t) {"
      + " return new Pair<>(t, java.util.List.of()); }\n"
      + "  protected static final int LIMIT = 3;\n"
      + "}\n";
  private static final String INTERNAL = "package demo.api.internal;\n"
      + "public class Hidden { public void secret() {} }\n";
  private static final String SHARED = "package demo.api.shared;\n"
      + "public class ForSiblings { public void helper() {} }\n";

  @TempDir
  Path dir;

  @Test
  void aChangedPublicSignatureFailsTheCheckWithTheDiffAndTheAcceptCommand() throws Exception {
    String committed = dump(compile("v1", Map.of("demo/api/Greeter.java", GREETER_V1)));
    String compiled = dump(compile("v2", Map.of("demo/api/Greeter.java", GREETER_V2)));

    Optional<String> failure = ApiCheck.check("demo-api", Path.of("demo-api/api/demo-api.api"),
        committed, compiled);

    assertTrue(failure.isPresent(), "a changed signature must fail the check");
    String message = failure.get();
    System.out.println("The API check's message for a changed signature:" + message);
    assertTrue(message.contains("-   public java.lang.String greet(java.lang.String)\n"), message);
    assertTrue(message.contains("+   public java.lang.String greet(java.lang.String, int)\n"),
        message);
    assertTrue(message.contains("run " + ApiCheck.ACCEPT_COMMAND), message);
  }

  @Test
  void anUnchangedApiPassesTheCheck() throws Exception {
    String v1 = dump(compile("a", Map.of("demo/api/Greeter.java", GREETER_V1)));
    String again = dump(compile("b", Map.of("demo/api/Greeter.java", GREETER_V1)));

    assertEquals(Optional.empty(), ApiCheck.check("demo-api", Path.of("x.api"), v1, again));
  }

  @Test
  void aMissingDumpFileFailsTheCheck() throws Exception {
    String compiled = dump(compile("a", Map.of("demo/api/Greeter.java", GREETER_V1)));

    Optional<String> failure = ApiCheck.check("demo-api", Path.of("x.api"), "", compiled);

    assertTrue(failure.orElseThrow().contains("(missing)"));
  }

  @Test
  void theDumpLeavesOutPackagesThatAreNotExportedToEveryone() throws Exception {
    String dump = dump(compile("a", Map.of("demo/api/Greeter.java", GREETER_V1,
        "demo/api/internal/Hidden.java", INTERNAL, "demo/api/shared/ForSiblings.java", SHARED)));

    assertTrue(dump.contains("demo.api.Greeter"), dump);
    assertFalse(dump.contains("Hidden"), dump);
    assertFalse(dump.contains("ForSiblings"), dump);
    assertFalse(dump.contains("packagePrivate"), dump);
  }

  @Test
  void theDumpSpellsRecordComponentsGenericsAndProtectedMembers() throws Exception {
    String dump = dump(compile("a", Map.of("demo/api/Pair.java", PAIR)));

    assertTrue(dump.contains("public record demo.api.Pair<A extends java.lang.Comparable<A>>"
        + "(A first, java.util.List<A> rest) implements java.io.Serializable"), dump);
    assertTrue(dump.contains("public static <T extends java.lang.Comparable<T>> demo.api.Pair<T>"
        + " of(T)"), dump);
    assertTrue(dump.contains("protected static final int LIMIT"), dump);
  }

  private Path compile(String name, Map<String, String> sources) throws IOException {
    Path src = dir.resolve(name + "-src");
    Path out = dir.resolve(name + "-classes");
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17",
        "-Xlint:-module"));
    Map<String, String> all = new java.util.TreeMap<>(sources);
    all.put("module-info.java", MODULE);
    all.putIfAbsent("demo/api/internal/Hidden.java", INTERNAL);
    all.putIfAbsent("demo/api/shared/ForSiblings.java", SHARED);
    for (Map.Entry<String, String> e : all.entrySet()) {
      Path f = src.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
      args.add(f.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    int rc = javac.getTask(log, null, null, args.subList(0, 5), null,
        javac.getStandardFileManager(null, null, null)
            .getJavaFileObjectsFromStrings(args.subList(5, args.size()))).call() ? 0 : 1;
    assertEquals(0, rc, "the fixture must compile: " + log);
    return out;
  }

  private static String dump(Path classes) throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ApiCheckTest.class.getClassLoader())) {
      return ApiDump.dump("demo-api", classes, loader);
    }
  }
}
