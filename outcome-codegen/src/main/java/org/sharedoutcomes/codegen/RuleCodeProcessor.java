package org.sharedoutcomes.codegen;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Generates outcome-core's {@code FindingCode} enum from the {@code @RuleCode} annotation on each
 * rule class of the {@code org.sharedoutcomes.core.check} package, so that a new accountability
 * check is one new class (and its test): the code, its enum constant, severity, summary, what to
 * do and Javadoc are declared once, on the rule.
 *
 * <p>Reports, as compiler errors on the rule class at fault: a blank or malformed element, a
 * code or constant used twice, an annotated type that is not a class of the annotation's
 * package. The annotation is matched by name, so this processor needs nothing of outcome-core;
 * it runs on outcome-core's processor path (named with {@code -processor}), never at run time.
 */
public final class RuleCodeProcessor extends AbstractProcessor {
  /** The annotation read, a package-private, source-retention annotation of outcome-core. */
  public static final String ANNOTATION = "org.sharedoutcomes.core.check.RuleCode";

  private boolean generated;

  /** A processor; javac creates it through the {@code -processor} option. */
  public RuleCodeProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ANNOTATION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      if (!annotation.getQualifiedName().contentEquals(ANNOTATION)) {
        continue;
      }
      String pkg = processingEnv.getElementUtils().getPackageOf(annotation).getQualifiedName()
          .toString();
      List<RuleEntry> rules = new ArrayList<>();
      List<Element> origins = new ArrayList<>();
      boolean ok = true;
      Map<String, Element> codes = new HashMap<>();
      Map<String, Element> constants = new HashMap<>();
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        Optional<RuleEntry> r = read(e, annotation, pkg);
        if (r.isEmpty()) {
          ok = false;
          continue;
        }
        ok &= unique(codes, r.get().code(), "code", e);
        ok &= unique(constants, r.get().constant(), "constant", e);
        rules.add(r.get());
        origins.add(e);
      }
      if (ok && !generated && !rules.isEmpty()) {
        write(pkg, rules, origins);
        generated = true;
      }
    }
    return false; // other processors may read the annotation too
  }

  /** The entry of one annotated element, or empty after reporting why there is none. */
  private Optional<RuleEntry> read(Element e, TypeElement annotation, String pkg) {
    if (e.getKind() != ElementKind.CLASS || !processingEnv.getElementUtils().getPackageOf(e)
        .getQualifiedName().contentEquals(pkg)) {
      error(e, "@RuleCode belongs on a rule class of package " + pkg);
      return Optional.empty();
    }
    Map<String, String> values = new HashMap<>();
    for (AnnotationMirror m : e.getAnnotationMirrors()) {
      if (!m.getAnnotationType().asElement().equals(annotation)) {
        continue;
      }
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v
          : processingEnv.getElementUtils().getElementValuesWithDefaults(m).entrySet()) {
        Object value = v.getValue().getValue();
        values.put(v.getKey().getSimpleName().toString(), value instanceof Element x
            ? x.getSimpleName().toString() : String.valueOf(value));
      }
    }
    RuleEntry r = new RuleEntry(e.getSimpleName().toString(), get(values, "constant"),
        get(values, "code"), get(values, "severity"), get(values, "summary"),
        get(values, "whatToDo"), get(values, "doc"), get(values, "since"));
    List<String> problems = r.problems();
    problems.forEach(p -> error(e, "@RuleCode of " + r.ruleClass() + ": " + p));
    return problems.isEmpty() ? Optional.of(r) : Optional.empty();
  }

  private static String get(Map<String, String> values, String name) {
    return values.getOrDefault(name, "");
  }

  private boolean unique(Map<String, Element> seen, String value, String what, Element e) {
    Element before = seen.putIfAbsent(value, e);
    if (before != null) {
      error(e, "@RuleCode " + what + " '" + value + "' is already declared by "
          + before.getSimpleName() + "; every rule needs its own");
      return false;
    }
    return true;
  }

  private void write(String pkg, List<RuleEntry> rules, List<Element> origins) {
    String name = pkg + "." + FindingCodeSource.NAME;
    try (Writer w = processingEnv.getFiler().createSourceFile(name,
        origins.toArray(new Element[0])).openWriter()) {
      w.write(FindingCodeSource.render(pkg, rules));
    } catch (IOException e) {
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "cannot write " + name + ": " + e.getMessage());
    }
  }

  private void error(Element e, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e);
  }
}
