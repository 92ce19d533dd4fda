package org.balimodel.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.balimodel.json.BaliJson;
import org.balimodel.json.BaliModule;
import org.balimodel.json.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An application on Jackson 3 only and an application on Jackson 2 only each compile and run
 * against the bali artifact it needs, on the class path and on the module path, and neither finds
 * the other Jackson: a dependency on bali-jackson3 does not bring Jackson 2, and bali-json does
 * not bring Jackson 3.
 *
 * <p>The Jackson 3 application runs on exactly the jars Maven resolves as the run-time
 * dependencies of bali-jackson3 (copied by the build to {@code target/consumer/runtime}). The
 * Jackson 2 application runs on bali-json, Jackson 2, and the same jars less Jackson 3.
 */
class ConsumerTest {

  private static final String JACKSON3_PROGRAM =
      """
      package consumer;

      import java.nio.file.Files;
      import java.nio.file.Path;
      import org.balimodel.core.model.Statement;
      import tools.jackson.databind.json.JsonMapper;

      public final class Main {
        public static void main(String[] args) throws Exception {
          String document = Files.readString(Path.of(args[0]));
          JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
          Statement statement = mapper.readValue(document, Statement.class);
          if (!statement.equals(mapper.readValue(mapper.writeValueAsString(statement), Statement.class))) {
            throw new AssertionError("the statement did not read back equal");
          }
          try {
            Class.forName("com.fasterxml.jackson.databind.ObjectMapper");
            throw new AssertionError("Jackson 2 databind is visible");
          } catch (ClassNotFoundException expected) {
            // the point of the program
          }
          System.out.println("read " + statement.id() + " with Jackson 3 only");
        }
      }
      """;

  private static final String JACKSON2_PROGRAM =
      """
      package consumer;

      import com.fasterxml.jackson.databind.ObjectMapper;
      import java.nio.file.Files;
      import java.nio.file.Path;
      import org.balimodel.core.model.Statement;

      public final class Main {
        public static void main(String[] args) throws Exception {
          String document = Files.readString(Path.of(args[0]));
          ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
          Statement statement = mapper.readValue(document, Statement.class);
          if (!statement.equals(mapper.readValue(mapper.writeValueAsString(statement), Statement.class))) {
            throw new AssertionError("the statement did not read back equal");
          }
          try {
            Class.forName("tools.jackson.databind.ObjectMapper");
            throw new AssertionError("Jackson 3 databind is visible");
          } catch (ClassNotFoundException expected) {
            // the point of the program
          }
          System.out.println("read " + statement.id() + " with Jackson 2 only");
        }
      }
      """;

  private static Path work;
  private static Path document;
  private static List<Path> runtime;

  @BeforeAll
  static void prepare() throws IOException {
    work = Path.of(System.getProperty("bali.consumer.work", "target/consumer/work"));
    Files.createDirectories(work);
    document = work.resolve("statement.json");
    Files.writeString(document, BaliJson.create().write(Fixtures.example()), StandardCharsets.UTF_8);
    Path runtimeDir = Path.of(System.getProperty("bali.consumer.runtime", "target/consumer/runtime"));
    try (Stream<Path> jars = Files.list(runtimeDir)) {
      runtime = jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
    }
  }

  @Test
  void theRunTimeDependenciesOfBaliJackson3HoldNoJackson2() {
    List<String> names = runtime.stream().map(p -> p.getFileName().toString()).toList();
    assertTrue(names.stream().anyMatch(n -> n.startsWith("jackson-databind-3.")), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("bali-core-")), names.toString());
    // jackson-annotations keeps its Jackson 2 name in Jackson 3: it holds annotations only.
    assertFalse(
        names.stream().anyMatch(n -> n.matches("jackson-(core|databind)-2\\..*")), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.startsWith("bali-json")), names.toString());
  }

  @Test
  void aJackson3OnlyApplicationRunsOnTheClassPath() throws Exception {
    assertEquals("read " + Fixtures.example().id() + " with Jackson 3 only", run("j3-cp", JACKSON3_PROGRAM, null, jackson3(), false));
  }

  @Test
  void aJackson3OnlyApplicationRunsOnTheModulePath() throws Exception {
    assertEquals(
        "read " + Fixtures.example().id() + " with Jackson 3 only",
        run("j3-mp", JACKSON3_PROGRAM, "org.balimodel.jackson3", jackson3(), true));
  }

  @Test
  void aJackson2OnlyApplicationRunsOnTheClassPath() throws Exception {
    assertEquals("read " + Fixtures.example().id() + " with Jackson 2 only", run("j2-cp", JACKSON2_PROGRAM, null, jackson2(), false));
  }

  @Test
  void aJackson2OnlyApplicationRunsOnTheModulePath() throws Exception {
    assertEquals(
        "read " + Fixtures.example().id() + " with Jackson 2 only",
        run("j2-mp", JACKSON2_PROGRAM, "org.balimodel.json", jackson2(), true));
  }

  /** bali-jackson3 (its classes, as the build has them) and its run-time dependencies. */
  private static List<Path> jackson3() {
    List<Path> path = new ArrayList<>(runtime);
    path.add(Path.of(System.getProperty("bali.consumer.classes", "target/classes")));
    return path;
  }

  /** bali-json, Jackson 2, and the jars of bali-core's own dependencies. */
  private static List<Path> jackson2() throws URISyntaxException {
    List<Path> path = new ArrayList<>();
    for (Path jar : runtime) {
      String name = jar.getFileName().toString();
      if (!name.startsWith("jackson-")) {
        path.add(jar);
      }
    }
    path.add(codeSource(BaliModule.class));
    path.add(codeSource(com.fasterxml.jackson.databind.ObjectMapper.class));
    path.add(codeSource(com.fasterxml.jackson.core.JsonParser.class));
    path.add(codeSource(com.fasterxml.jackson.annotation.JsonProperty.class));
    return path;
  }

  private static Path codeSource(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Compiles the program against the path and runs it; returns what it printed. */
  private static String run(String name, String program, String requires, List<Path> path, boolean modular)
      throws Exception {
    Path src = work.resolve(name).resolve("src");
    Path classes = work.resolve(name).resolve("classes");
    Files.createDirectories(src.resolve("consumer"));
    Files.createDirectories(classes);
    List<String> sources = new ArrayList<>();
    Path main = src.resolve("consumer").resolve("Main.java");
    Files.writeString(main, program, StandardCharsets.UTF_8);
    sources.add(main.toString());
    if (modular) {
      Path info = src.resolve("module-info.java");
      Files.writeString(info, "module consumer {\n  requires " + requires + ";\n}\n", StandardCharsets.UTF_8);
      sources.add(info.toString());
    }
    String joined = String.join(File.pathSeparator, path.stream().map(Path::toString).toList());
    // The JDK's own javac, as a process: the tests are compiled into the named module, which does
    // not read java.compiler.
    String javac = Path.of(System.getProperty("java.home"), "bin", "javac").toString();
    List<String> compile =
        new ArrayList<>(List.of(javac, "-d", classes.toString(), modular ? "--module-path" : "-classpath", joined));
    compile.addAll(sources);
    String compiled = exec(compile);

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    if (modular) {
      command.addAll(List.of("--module-path", classes + File.pathSeparator + joined, "--module", "consumer/consumer.Main"));
    } else {
      command.addAll(List.of("-classpath", classes + File.pathSeparator + joined, "consumer.Main"));
    }
    command.add(document.toString());
    assertEquals("", compiled, "javac warned");
    return exec(command);
  }

  /** Runs a command to its end; returns what it printed, and fails unless it exits with 0. */
  private static String exec(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, process.waitFor(), () -> String.join(" ", command) + "\n" + output);
    return output;
  }
}
