package org.balimodel.examples;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one Java source text in memory against the classes this test run sees (its class path
 * and module path), and runs its {@code main}, so that a program quoted in the documentation is
 * checked as written rather than through a second copy.
 */
public final class InMemoryJava {

  private InMemoryJava() {}

  /** The compiler's diagnostics, when the source does not compile. */
  public static final class CompilationFailed extends AssertionError {
    private static final long serialVersionUID = 1L;

    CompilationFailed(String diagnostics) {
      super("the source does not compile:\n" + diagnostics);
    }
  }

  /** Compiles {@code source}, a public class {@code className}, runs its main, returns its output. */
  public static String run(String className, String source) throws ReflectiveOperationException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    JavaFileManager manager =
        new ForwardingJavaFileManager<>(standard) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String name, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
              @Override
              public OutputStream openOutputStream() {
                return classes.computeIfAbsent(name, n -> new ByteArrayOutputStream());
              }
            };
          }
        };
    JavaFileObject file =
        new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        };
    StringWriter diagnostics = new StringWriter();
    List<String> options = new ArrayList<>(List.of("--release", "17", "-classpath", visibleClasses()));
    boolean compiled = compiler.getTask(diagnostics, manager, null, options, null, List.of(file)).call();
    if (!compiled) {
      throw new CompilationFailed(diagnostics.toString());
    }
    ClassLoader loader =
        new ClassLoader(InMemoryJava.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            ByteArrayOutputStream bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            byte[] b = bytes.toByteArray();
            return defineClass(name, b, 0, b.length);
          }
        };
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      loader.loadClass(className).getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } catch (InvocationTargetException e) {
      throw new AssertionError("the program failed", e.getCause());
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /** Surefire puts the modules under test on the module path: compile against both paths. */
  private static String visibleClasses() {
    return String.join(
        File.pathSeparator,
        Stream.of("java.class.path", "jdk.module.path")
            .map(System::getProperty)
            .filter(p -> p != null && !p.isEmpty())
            .toList());
  }
}
