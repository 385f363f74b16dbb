package org.sharedoutcomes.testkit.conventions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;

/**
 * Checks the project's API conventions on the compiled classes of one module, so that a module's
 * own test suite fails when a public type lacks its stability annotation, a package is not
 * null-marked, or an API signature leaks a library the module must not expose. Every
 * {@link Convention} is checked and every violation is reported together, in one assertion
 * message.
 *
 * <pre>{@code
 * @Test
 * void coreFollowsTheApiConventions() {
 *   ApiConventions.forPackagePrefix("org.sharedoutcomes.core")
 *       .locatedBy(OutcomeModel.class)           // scan only the classes next to this one
 *       .forbidExposing("tools.jackson", "org.jgrapht")
 *       .verify();
 * }
 * }</pre>
 *
 * <p>The classes are read from the class-path root (a directory such as {@code target/classes}, or
 * a jar) that holds the anchor class given to {@link #locatedBy(Class)}; without an anchor, from
 * every root on the class path that holds the package, which in a module's own tests includes
 * its test classes. Classes are loaded without being initialised. Plain reflection: no byte-code
 * library is needed, and the annotations checked ({@code @API}, {@code @NullMarked},
 * {@code @Nullable}) are the ones retained at run time.
 *
 * <p>Instances are immutable and thread-safe; every {@code with}-style method returns a new one.
 * A check costs one pass over the module's classes, O(classes + members).
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ApiConventions {
  private final String prefix;
  private final @Nullable Class<?> anchor;
  private final List<String> forbidden;
  private final int maxComponents;
  private final List<String> builderPackages;

  private ApiConventions(String prefix, @Nullable Class<?> anchor, List<String> forbidden,
      int maxComponents, List<String> builderPackages) {
    this.prefix = prefix;
    this.anchor = anchor;
    this.forbidden = forbidden;
    this.maxComponents = maxComponents;
    this.builderPackages = builderPackages;
  }

  /**
   * Starts a check of the packages named {@code packagePrefix} or starting with it and a dot.
   *
   * @param packagePrefix a package name, such as {@code org.sharedoutcomes.core}
   * @return a check of those packages, with no forbidden types yet
   * @throws NullPointerException if {@code packagePrefix} is null
   * @throws IllegalArgumentException if {@code packagePrefix} is not a dotted Java package name
   */
  public static ApiConventions forPackagePrefix(String packagePrefix) {
    Objects.requireNonNull(packagePrefix, "packagePrefix");
    if (!packagePrefix.matches("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*"
        + "(\\.\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*")) {
      throw new IllegalArgumentException(
          "packagePrefix must be a package name such as 'org.sharedoutcomes.core', was '"
              + packagePrefix + "'");
    }
    return new ApiConventions(packagePrefix, null, List.of(), Integer.MAX_VALUE, List.of());
  }

  /**
   * Restricts the scan to the class-path root (directory or jar) that holds {@code anchor}, so
   * that test classes and other modules sharing the prefix are left out.
   *
   * @param anchor any class of the module under test
   * @return a new check scanning only that root
   * @throws NullPointerException if {@code anchor} is null
   */
  public ApiConventions locatedBy(Class<?> anchor) {
    Objects.requireNonNull(anchor, "anchor");
    return new ApiConventions(prefix, anchor, forbidden, maxComponents, builderPackages);
  }

  /**
   * Adds packages whose types must not appear in the API's signatures, for instance
   * {@code "tools.jackson"} for every module but the JSON one. A type is forbidden when its
   * package is one of these or lies below one.
   *
   * @param packagePrefixes package names
   * @return a new check that also forbids these
   * @throws NullPointerException if the array or an element is null
   */
  public ApiConventions forbidExposing(String... packagePrefixes) {
    Objects.requireNonNull(packagePrefixes, "packagePrefixes");
    List<String> all = new ArrayList<>(forbidden);
    for (int i = 0; i < packagePrefixes.length; i++) {
      all.add(Objects.requireNonNull(packagePrefixes[i], "packagePrefixes[" + i + "]"));
    }
    return new ApiConventions(prefix, anchor, List.copyOf(all), maxComponents, builderPackages);
  }

  /**
   * Also checks {@link Convention#GROWABLE_RECORD}: every public record directly in one of the
   * named packages (not in their sub-packages) with more than {@code maxComponents} components
   * has a {@code builder(...)}, a {@code toBuilder()}, and a canonical constructor annotated
   * {@code @API(status = INTERNAL)}, so that adding a field to it needs no change in any caller.
   *
   * <pre>{@code
   * ApiConventions.forPackagePrefix("org.sharedoutcomes.core")
   *     .requireBuilders(4, "org.sharedoutcomes.core")
   *     .verify();
   * }</pre>
   *
   * @param maxComponents the most components a record may have without a builder, at least 0
   * @param packageNames the packages whose records are checked
   * @return a new check that also checks these records
   * @throws NullPointerException if the array or an element is null
   * @throws IllegalArgumentException if {@code maxComponents} is negative
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public ApiConventions requireBuilders(int maxComponents, String... packageNames) {
    if (maxComponents < 0) {
      throw new IllegalArgumentException("maxComponents must be at least 0, was " + maxComponents);
    }
    Objects.requireNonNull(packageNames, "packageNames");
    List<String> all = new ArrayList<>(builderPackages);
    for (int i = 0; i < packageNames.length; i++) {
      all.add(Objects.requireNonNull(packageNames[i], "packageNames[" + i + "]"));
    }
    return new ApiConventions(prefix, anchor, forbidden, maxComponents, List.copyOf(all));
  }

  /**
   * Fails with one message listing every violation, if there is any.
   *
   * @throws AssertionError listing all violations, one a line
   * @throws UncheckedIOException if the class files cannot be read
   */
  public void verify() {
    List<Violation> found = violations();
    if (!found.isEmpty()) {
      throw new AssertionError(found.size() + " API convention violation"
          + (found.size() == 1 ? "" : "s") + " under " + prefix + ":\n  "
          + found.stream().map(Violation::toString).collect(Collectors.joining("\n  ")));
    }
  }

  /**
   * Scans the classes and returns every violation.
   *
   * @return the violations, without duplicates, sorted by element then convention; empty if all
   *     conventions hold
   * @throws UncheckedIOException if the class files cannot be read
   */
  public List<Violation> violations() {
    ClassLoader loader = anchor != null ? anchor.getClassLoader() : defaultLoader();
    Set<String> classNames = new TreeSet<>();
    Set<String> packages = new TreeSet<>();
    Set<ModuleDescriptor> descriptors = new LinkedHashSet<>();
    for (Root root : roots(loader)) {
      root.scan(prefix, classNames, packages, descriptors);
    }
    List<Violation> out = new ArrayList<>();
    if (classNames.isEmpty()) {
      out.add(new Violation(Convention.SCANNABLE, prefix,
          "no classes found under this package prefix"
              + (anchor != null ? " next to " + anchor.getName() : " on the class path")));
    }
    for (String pkg : packages) {
      checkPackage(pkg, loader, out);
      for (ModuleDescriptor d : descriptors) {
        checkExport(pkg, d, out);
      }
    }
    for (String name : classNames) {
      Class<?> c;
      try {
        c = Class.forName(name, false, loader);
      } catch (ClassNotFoundException | LinkageError e) {
        out.add(new Violation(Convention.SCANNABLE, name, "cannot be loaded: " + e));
        continue;
      }
      try {
        checkType(c, out);
      } catch (LinkageError | TypeNotPresentException e) {
        out.add(new Violation(Convention.SCANNABLE, name,
            "a type in its signatures cannot be loaded: " + e));
      }
    }
    return out.stream()
        .distinct()
        .sorted(Comparator.comparing(Violation::element).thenComparing(Violation::convention)
            .thenComparing(Violation::detail))
        .toList();
  }

  /** {@return a short description of this check, for test names and logs} */
  @Override
  public String toString() {
    return "ApiConventions[" + prefix
        + (anchor != null ? ", located by " + anchor.getName() : "")
        + (forbidden.isEmpty() ? "" : ", forbidding " + forbidden)
        + (builderPackages.isEmpty() ? ""
            : ", builders for records wider than " + maxComponents + " in " + builderPackages)
        + "]";
  }

  private static ClassLoader defaultLoader() {
    ClassLoader l = Thread.currentThread().getContextClassLoader();
    return l != null ? l : ApiConventions.class.getClassLoader();
  }

  // ---------------------------------------------------------------------------------- packages

  private static boolean isInternal(String pkg) {
    return Arrays.asList(pkg.split("\\.")).contains("internal");
  }

  private static void checkPackage(String pkg, ClassLoader loader, List<Violation> out) {
    Class<?> info;
    try {
      info = Class.forName(pkg + ".package-info", false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      out.add(new Violation(Convention.NULL_MARKED_PACKAGE, pkg,
          "has no annotated package-info; add one with @NullMarked"));
      return;
    }
    if (!info.isAnnotationPresent(NullMarked.class)) {
      out.add(new Violation(Convention.NULL_MARKED_PACKAGE, pkg,
          "package-info is not annotated @NullMarked"));
    }
  }

  private static void checkExport(String pkg, ModuleDescriptor d, List<Violation> out) {
    boolean exportedToAll = d.exports().stream()
        .anyMatch(e -> e.source().equals(pkg) && !e.isQualified());
    if (!d.packages().contains(pkg)) {
      return;
    }
    if (isInternal(pkg) && exportedToAll) {
      out.add(new Violation(Convention.EXPORTED_PACKAGE, pkg,
          "internal package is exported to all modules by " + d.name()
              + "; export it only 'to' the modules that need it"));
    } else if (!isInternal(pkg) && !exportedToAll) {
      out.add(new Violation(Convention.EXPORTED_PACKAGE, pkg,
          "API package is not exported by module " + d.name()
              + "; export it, or move it under an 'internal' package"));
    }
  }

  // ------------------------------------------------------------------------------------- types

  private static boolean isEffectivelyPublic(Class<?> c) {
    for (Class<?> k = c; k != null; k = k.getEnclosingClass()) {
      if (!Modifier.isPublic(k.getModifiers())) {
        return false;
      }
    }
    return true;
  }

  private void checkType(Class<?> c, List<Violation> out) {
    if (c.isSynthetic() || c.isAnonymousClass() || c.isLocalClass() || !isEffectivelyPublic(c)) {
      return;
    }
    String pkg = c.getPackageName();
    boolean internal = isInternal(pkg);
    API api = c.getAnnotation(API.class);
    if (api == null) {
      out.add(new Violation(Convention.API_STATUS, c.getName(),
          "public type has no @API(status = ..., since = ...)"
              + (internal ? "; use status INTERNAL in an internal package" : "")));
    } else if (internal && api.status() != API.Status.INTERNAL) {
      out.add(new Violation(Convention.API_STATUS, c.getName(),
          "type in internal package has @API status " + api.status() + "; use INTERNAL"));
    } else if (!internal && api.status() == API.Status.INTERNAL) {
      out.add(new Violation(Convention.API_STATUS, c.getName(),
          "@API status INTERNAL outside an internal package; move the type under 'internal'"
              + " or give it a public status"));
    }
    if (internal) {
      return;
    }
    if (!forbidden.isEmpty()) {
      checkSignatures(c, out);
    }
    checkResults(c, out);
    if (c.isRecord() && builderPackages.contains(pkg)
        && c.getRecordComponents().length > maxComponents) {
      checkGrowable(c, out);
    }
  }

  private void checkGrowable(Class<?> c, List<Violation> out) {
    List<String> missing = new ArrayList<>();
    Class<?>[] types = Arrays.stream(c.getRecordComponents())
        .map(java.lang.reflect.RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      API api = c.getDeclaredConstructor(types).getAnnotation(API.class);
      if (api == null || api.status() != API.Status.INTERNAL) {
        missing.add("its canonical constructor is not annotated @API(status = INTERNAL)");
      }
    } catch (NoSuchMethodException e) {
      missing.add("its canonical constructor cannot be found");
    }
    Set<Class<?>> builders = new LinkedHashSet<>();
    for (Method m : c.getMethods()) {
      if (m.getName().equals("builder") && Modifier.isStatic(m.getModifiers())
          && builds(m.getReturnType(), c)) {
        builders.add(m.getReturnType());
      }
    }
    if (builders.isEmpty()) {
      missing.add("it has no public static builder(...) returning a builder whose build()"
          + " returns " + c.getSimpleName());
    }
    boolean toBuilder = false;
    try {
      Method m = c.getMethod("toBuilder");
      toBuilder = !Modifier.isStatic(m.getModifiers()) && builders.contains(m.getReturnType());
    } catch (NoSuchMethodException e) {
      // reported below
    }
    if (!toBuilder) {
      missing.add("it has no public toBuilder() returning the builder");
    }
    if (!missing.isEmpty()) {
      out.add(new Violation(Convention.GROWABLE_RECORD, c.getName(), "record of "
          + types.length + " components (more than " + maxComponents + "), but "
          + String.join("; ", missing)
          + ": route construction through a builder so that a new field breaks no caller"));
    }
  }

  private static boolean builds(Class<?> builder, Class<?> record) {
    try {
      Method build = builder.getMethod("build");
      return Modifier.isPublic(builder.getModifiers()) && build.getReturnType() == record;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static boolean isVisible(int modifiers) {
    return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
  }

  private void checkSignatures(Class<?> c, List<Violation> out) {
    String type = c.getName();
    Type sup = c.getGenericSuperclass();
    if (sup != null) {
      report(sup, type, "extends", out);
    }
    for (Type i : c.getGenericInterfaces()) {
      report(i, type, "implements", out);
    }
    for (TypeVariable<?> v : c.getTypeParameters()) {
      for (Type b : v.getBounds()) {
        report(b, type, "has type parameter " + v.getName() + " bounded by", out);
      }
    }
    for (Field f : c.getDeclaredFields()) {
      if (isVisible(f.getModifiers()) && !f.isSynthetic()) {
        report(f.getGenericType(), type + "#" + f.getName(), "field type", out);
      }
    }
    for (Constructor<?> k : c.getDeclaredConstructors()) {
      if (isVisible(k.getModifiers()) && !k.isSynthetic()) {
        reportExecutable(k, type + "#<init>" + parameterList(k), out);
      }
    }
    for (Method m : c.getDeclaredMethods()) {
      if (isVisible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
        String where = type + "#" + m.getName() + parameterList(m);
        report(m.getGenericReturnType(), where, "returns", out);
        reportExecutable(m, where, out);
      }
    }
  }

  private void reportExecutable(Executable e, String where, List<Violation> out) {
    for (Type p : e.getGenericParameterTypes()) {
      report(p, where, "takes", out);
    }
    for (Type x : e.getGenericExceptionTypes()) {
      report(x, where, "throws", out);
    }
    for (TypeVariable<?> v : e.getTypeParameters()) {
      for (Type b : v.getBounds()) {
        report(b, where, "has type parameter " + v.getName() + " bounded by", out);
      }
    }
  }

  private static String parameterList(Executable e) {
    return Arrays.stream(e.getParameterTypes())
        .map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
  }

  private void report(Type t, String where, String how, List<Violation> out) {
    Set<String> names = new TreeSet<>();
    collectForbidden(t, names, new HashSet<>());
    for (String n : names) {
      out.add(new Violation(Convention.FORBIDDEN_TYPE, where, how + " " + n
          + ", a type from a package this module must not expose (" + forbidden + ")"));
    }
  }

  private void collectForbidden(Type t, Set<String> names, Set<TypeVariable<?>> seen) {
    if (t instanceof Class<?> c) {
      while (c.isArray()) {
        c = c.getComponentType();
      }
      String pkg = c.getPackageName();
      for (String f : forbidden) {
        if (pkg.equals(f) || pkg.startsWith(f + ".")) {
          names.add(c.getName());
        }
      }
    } else if (t instanceof ParameterizedType p) {
      collectForbidden(p.getRawType(), names, seen);
      if (p.getOwnerType() != null) {
        collectForbidden(p.getOwnerType(), names, seen);
      }
      for (Type a : p.getActualTypeArguments()) {
        collectForbidden(a, names, seen);
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        collectForbidden(b, names, seen);
      }
      for (Type b : w.getLowerBounds()) {
        collectForbidden(b, names, seen);
      }
    } else if (t instanceof TypeVariable<?> v) {
      if (seen.add(v)) {
        for (Type b : v.getBounds()) {
          collectForbidden(b, names, seen);
        }
      }
    } else if (t instanceof GenericArrayType a) {
      collectForbidden(a.getGenericComponentType(), names, seen);
    }
  }

  private static void checkResults(Class<?> c, List<Violation> out) {
    for (Method m : c.getDeclaredMethods()) {
      if (!Modifier.isPublic(m.getModifiers()) || m.isSynthetic() || m.isBridge()) {
        continue;
      }
      AnnotatedType r = m.getAnnotatedReturnType();
      String where = c.getName() + "#" + m.getName() + parameterList(m);
      if (r.isAnnotationPresent(Nullable.class)) {
        out.add(new Violation(Convention.NULLABLE_RESULT, where,
            "returns @Nullable " + r.getType().getTypeName() + "; return Optional instead"));
      } else if (hasNullableElement(r)) {
        out.add(new Violation(Convention.NULLABLE_RESULT, where,
            "returns " + r.getType().getTypeName() + " with @Nullable elements; keep nulls out of results"));
      }
    }
  }

  private static boolean hasNullableElement(AnnotatedType t) {
    List<AnnotatedType> inner = new ArrayList<>();
    if (t instanceof AnnotatedParameterizedType p) {
      inner.addAll(Arrays.asList(p.getAnnotatedActualTypeArguments()));
    } else if (t instanceof AnnotatedArrayType a) {
      inner.add(a.getAnnotatedGenericComponentType());
    } else if (t instanceof AnnotatedWildcardType w) {
      inner.addAll(Arrays.asList(w.getAnnotatedUpperBounds()));
    }
    for (AnnotatedType i : inner) {
      if (i.isAnnotationPresent(Nullable.class) || hasNullableElement(i)) {
        return true;
      }
    }
    return false;
  }

  // ------------------------------------------------------------------------------------- roots

  private List<Root> roots(ClassLoader loader) {
    try {
      if (anchor != null) {
        CodeSource cs = anchor.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
          throw new IllegalStateException(anchor.getName()
              + " has no code source (a JDK or generated class?); anchor the check at a class"
              + " of the module under test");
        }
        return List.of(Root.of(Path.of(cs.getLocation().toURI())));
      }
      String dir = prefix.replace('.', '/');
      List<Root> roots = new ArrayList<>();
      Enumeration<URL> urls = loader.getResources(dir);
      while (urls.hasMoreElements()) {
        URL u = urls.nextElement();
        if ("file".equals(u.getProtocol())) {
          Path p = Path.of(u.toURI());
          for (int i = 0; i < dir.split("/").length; i++) {
            p = Objects.requireNonNull(p.getParent()); // the resource is that deep
          }
          roots.add(Root.of(p));
        } else if ("jar".equals(u.getProtocol())) {
          String s = u.toString();
          String file = s.substring("jar:".length(), s.indexOf("!/"));
          roots.add(Root.of(Path.of(new URL(file).toURI())));
        }
      }
      return roots;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the class-path roots holding " + prefix, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot turn a class-path location into a path", e);
    }
  }

  /** A directory or jar of class files. */
  private record Root(Path path) {
    static Root of(Path path) {
      return new Root(path);
    }

    void scan(String prefix, Set<String> classNames, Set<String> packages,
        Set<ModuleDescriptor> descriptors) {
      try {
        if (Files.isDirectory(path)) {
          Path info = path.resolve("module-info.class");
          if (Files.isRegularFile(info)) {
            try (InputStream in = Files.newInputStream(info)) {
              descriptors.add(ModuleDescriptor.read(in));
            }
          }
          Path start = path.resolve(prefix.replace('.', '/'));
          if (!Files.isDirectory(start)) {
            return;
          }
          try (Stream<Path> files = Files.walk(start)) {
            files.filter(Files::isRegularFile)
                .map(f -> path.relativize(f).toString().replace('\\', '/'))
                .forEach(n -> add(n, prefix, classNames, packages));
          }
        } else {
          try (JarFile jar = new JarFile(path.toFile())) {
            Optional<JarEntry> info = Optional.ofNullable(jar.getJarEntry("module-info.class"));
            if (info.isPresent()) {
              try (InputStream in = jar.getInputStream(info.get())) {
                descriptors.add(ModuleDescriptor.read(in));
              }
            }
            jar.stream().map(JarEntry::getName)
                .forEach(n -> add(n, prefix, classNames, packages));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the classes in " + path, e);
      }
    }

    private static void add(String entry, String prefix, Set<String> classNames,
        Set<String> packages) {
      if (!entry.endsWith(".class") || entry.startsWith("META-INF/")) {
        return;
      }
      String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
      int dot = name.lastIndexOf('.');
      String pkg = dot < 0 ? "" : name.substring(0, dot);
      if (!pkg.equals(prefix) && !pkg.startsWith(prefix + ".")) {
        return;
      }
      packages.add(pkg);
      String simple = name.substring(dot + 1);
      if (!simple.equals("package-info") && !simple.equals("module-info")) {
        classNames.add(name);
      }
    }
  }
}
