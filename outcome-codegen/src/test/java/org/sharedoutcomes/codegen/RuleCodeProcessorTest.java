package org.sharedoutcomes.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The processor on a small copy of outcome-core's check package, compiled here: the generated
 * enum compiles, lists the rules in code order with their metadata, and a mistake in an
 * annotation is a compile error on the rule at fault.
 */
class RuleCodeProcessorTest {
  private static final String PKG = "org/sharedoutcomes/core/check/";
  private static final Map<String, String> BASE = Map.of(
      PKG + "RuleCode.java", "package org.sharedoutcomes.core.check;\n"
          + "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE)\n"
          + "@interface RuleCode {\n"
          + "  String constant(); String code(); Severity severity(); String summary();\n"
          + "  String whatToDo(); String doc(); String since() default \"\";\n"
          + "}\n",
      PKG + "Severity.java", "package org.sharedoutcomes.core.check;\n"
          + "public enum Severity { ERROR, WARNING }\n",
      PKG + "AccountabilityRule.java", "package org.sharedoutcomes.core.check;\n"
          + "public abstract class AccountabilityRule {\n"
          + "  private final FindingCode c;\n"
          + "  AccountabilityRule(FindingCode c) { this.c = c; }\n"
          + "  public final FindingCode findingCode() { return c; }\n"
          + "  public final String summary() { return c.summary(); }\n"
          + "  public final String whatToDo() { return c.whatToDo(); }\n"
          + "}\n");

  private static final String LETTERS = "abcdefghij\"\\ (),;";

  @TempDir
  Path dir;

  private static String rule(String cls, String constant, String code, String extra) {
    return "package org.sharedoutcomes.core.check;\n"
        + "@RuleCode(constant = \"" + constant + "\", code = \"" + code + "\","
        + " severity = Severity.WARNING, doc = \"the " + cls + " rule\","
        + " summary = \"what \\\"triggers\\\" " + cls + "\", whatToDo = \"fix " + cls + "\""
        + extra + ")\n"
        + "final class " + cls + " extends AccountabilityRule {\n"
        + "  " + cls + "(FindingCode c) { super(c); }\n"
        + "}\n";
  }

  @Test
  void generatesTheEnumInCodeOrderWithEachRulesMetadata() throws Exception {
    Map<String, String> sources = new LinkedHashMap<>(BASE);
    sources.put(PKG + "Second.java", rule("Second", "SECOND_RULE", "SO-ACC-002",
        ", since = \"0.2\""));
    sources.put(PKG + "First.java", rule("First", "FIRST_RULE", "SO-ACC-001", ""));
    Compiled c = compile(sources);
    assertTrue(c.ok, c.messages);

    String generated = Files.readString(c.generated.resolve(PKG + "FindingCode.java"),
        StandardCharsets.UTF_8);
    assertTrue(generated.contains("  /** {@code SO-ACC-001}: the First rule. */\n"
        + "  FIRST_RULE(\"SO-ACC-001\", Severity.WARNING,\n"), generated);
    assertTrue(generated.contains("  /** {@code SO-ACC-002}: the Second rule (since 0.2). */\n"
        + "  @API(status = API.Status.EXPERIMENTAL, since = \"0.2\")\n  SECOND_RULE("), generated);
    try (URLClassLoader loader = new URLClassLoader(new URL[] {c.classes.toUri().toURL()},
        getClass().getClassLoader())) {
      Class<?> type = loader.loadClass("org.sharedoutcomes.core.check.FindingCode");
      Object[] constants = type.getEnumConstants();
      assertEquals(List.of("FIRST_RULE", "SECOND_RULE"),
          Stream.of(constants).map(Object::toString).toList());
      assertEquals("SO-ACC-002", type.getMethod("code").invoke(constants[1]));
      Object rule = type.getMethod("rule").invoke(constants[1]);
      assertEquals("Second", rule.getClass().getSimpleName());
      assertEquals("what \"triggers\" Second", rule.getClass().getMethod("summary")
          .invoke(rule));
      assertEquals(constants[0], type.getMethod("ofCode", String.class)
          .invoke(null, "SO-ACC-001"));
    }
  }

  @Test
  void aCodeUsedTwiceIsACompileErrorNamingBothRules() throws Exception {
    Map<String, String> sources = new LinkedHashMap<>(BASE);
    sources.put(PKG + "First.java", rule("First", "FIRST_RULE", "SO-ACC-001", ""));
    sources.put(PKG + "Again.java", rule("Again", "AGAIN_RULE", "SO-ACC-001", ""));
    Compiled c = compile(sources);
    assertFalse(c.ok, c.messages);
    assertTrue(c.messages.contains("code 'SO-ACC-001' is already declared by"), c.messages);
  }

  @Test
  void aMalformedCodeOrConstantIsACompileErrorOnItsRule() throws Exception {
    Map<String, String> sources = new LinkedHashMap<>(BASE);
    sources.put(PKG + "Odd.java", rule("Odd", "oddRule", "ACC-1", ""));
    Compiled c = compile(sources);
    assertFalse(c.ok, c.messages);
    assertTrue(c.messages.contains("Odd.java"), c.messages);
    assertTrue(c.messages.contains("constant 'oddRule' is not an enum constant name"),
        c.messages);
    assertTrue(c.messages.contains("code 'ACC-1' is not SO-ACC- and three digits"), c.messages);
  }

  /** Seeded random texts: the literals join back to the text, each line within 100 columns. */
  @ParameterizedTest
  @MethodSource("seeds")
  void wrapsAStringIntoLiteralsThatJoinBackToIt(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int words = 1 + random.nextInt(60);
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ");
      int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 9);
      for (int j = 0; j < length; j++) {
        text.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      }
    }
    StringBuilder out = new StringBuilder();
    FindingCodeSource.literal(out, text.toString());
    StringBuilder joined = new StringBuilder();
    for (String line : out.toString().lines().toList()) {
      assertTrue(line.length() <= 99, line);
      String body = line.strip().replaceFirst("^\\+ ", "");
      joined.append(body, 1, body.length() - 1);
    }
    assertEquals(FindingCodeSource.escape(text.toString()), joined.toString());
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, 200).mapToObj(i -> 0x5eed0000L + i);
  }

  private record Compiled(boolean ok, String messages, Path classes, Path generated) {}

  private Compiled compile(Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString(),
        "-s", dir.resolve("generated").toString(),
        "-classpath", System.getProperty("java.class.path"),
        "-processor", RuleCodeProcessor.class.getName()));
    for (Map.Entry<String, String> s : sources.entrySet()) {
      Path file = src.resolve(s.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, s.getValue(), StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    Files.createDirectories(dir.resolve("classes"));
    Files.createDirectories(dir.resolve("generated"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    boolean ok = javac.run(null, messages, messages, args.toArray(new String[0])) == 0;
    return new Compiled(ok, messages.toString(StandardCharsets.UTF_8), dir.resolve("classes"),
        dir.resolve("generated"));
  }
}
