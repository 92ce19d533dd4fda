package org.balimodel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jars of bali-core and bali-json, used as a consumer uses them: a small program is
 * compiled and run against the jars in their modules' {@code target/} directories, once on the
 * class path and once on the module path (as a module that requires {@code org.balimodel.json}).
 * It builds, validates, writes and reads a statement and reads the JSON Schema resource, so that a
 * packaging defect (a missing resource, a package not exported or not open) fails here. The jars
 * exist once the reactor has packaged those modules, as {@code mvn -B verify} does before this
 * module's tests.
 */
class ConsumerTest {

  private static final String PROGRAM =
      """
      package consumer;

      import java.io.InputStream;
      import org.balimodel.core.model.Meeting;
      import org.balimodel.core.model.MeetingKind;
      import org.balimodel.core.model.PartialDate;
      import org.balimodel.core.model.Participant;
      import org.balimodel.core.model.Place;
      import org.balimodel.core.model.Statement;
      import org.balimodel.core.model.StatementKind;
      import org.balimodel.core.validation.StatementValidator;
      import org.balimodel.json.BaliJson;
      import org.balimodel.json.ReadResult;

      public class Main {
        public static void main(String[] args) throws Exception {
          Statement statement = new Statement.Builder()
              .id("ahg-som-17-co-chairs-statement")
              .kind(StatementKind.CO_CHAIRS_STATEMENT)
              .title("Co-Chairs' Statement")
              .date(PartialDate.of(2024, 5, 3))
              .meeting(new Meeting.Builder()
                  .id("ahg-som-17")
                  .kind(MeetingKind.SENIOR_OFFICIALS_MEETING)
                  .addConvenedBy("AHG")
                  .ordinal(17)
                  .date(PartialDate.of(2024, 5, 3))
                  .place(Place.of("Kuala Lumpur", "MYS"))
                  .addCoChairs("IDN", "AUS")
                  .addParticipants(Participant.member("IDN"), Participant.member("AUS"))
                  .build())
              .build();
          System.out.println("validated: " + StatementValidator.create().validate(statement).isValid());
          BaliJson json = BaliJson.create();
          ReadResult read = json.read(json.write(statement));
          System.out.println("read back equal: " + read.statement().filter(statement::equals).isPresent());
          try (InputStream schema = BaliJson.class.getResourceAsStream("/org/balimodel/json/statement-1.schema.json")) {
            System.out.println("schema resource: " + (schema != null && schema.readAllBytes().length > 0));
          }
        }
      }
      """;

  private static final String MODULE = "module consumer { requires org.balimodel.json; }\n";

  @TempDir Path dir;

  @Test
  void aProgramOnTheClassPathBuildsValidatesWritesReadsAndFindsTheSchema() throws Exception {
    String path = String.join(File.pathSeparator, jars().stream().map(Path::toString).toList());
    Path classes = compile(List.of("-classpath", path), source("consumer/Main.java", PROGRAM));

    String output = java("-cp", classes + File.pathSeparator + path, "consumer.Main");

    assertEquals("validated: true\nread back equal: true\nschema resource: true\n", output);
  }

  @Test
  void aModuleRequiringBaliJsonBuildsValidatesWritesReadsAndFindsTheSchema() throws Exception {
    String path = String.join(File.pathSeparator, jars().stream().map(Path::toString).toList());
    Path classes = compile(
        List.of("--module-path", path),
        source("consumer/Main.java", PROGRAM), source("module-info.java", MODULE));

    String output = java("--module-path", classes + File.pathSeparator + path, "-m", "consumer/consumer.Main");

    assertEquals("validated: true\nread back equal: true\nschema resource: true\n", output);
  }

  /** bali-core's and bali-json's packaged jars and the third-party jars they need. */
  private static List<Path> jars() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (root != null && !Files.isDirectory(root.resolve("bali-core"))) {
      root = root.getParent();
    }
    assertTrue(root != null, "the repository root above " + Path.of("").toAbsolutePath());
    List<Path> jars = new ArrayList<>();
    for (String module : List.of("bali-core", "bali-json")) {
      Path jar = root.resolve(module + "/target/" + module + "-" + version() + ".jar");
      assumeTrue(Files.isRegularFile(jar), "the jar is packaged by mvn -B verify before this test: " + jar);
      jars.add(jar);
    }
    // The dependencies, as Maven resolved them for this test run.
    Stream.of("java.class.path", "jdk.module.path")
        .map(System::getProperty)
        .filter(p -> p != null && !p.isEmpty())
        .flatMap(p -> Stream.of(p.split(File.pathSeparator)))
        .map(Path::of)
        .filter(p -> p.getFileName() != null && p.getFileName().toString().endsWith(".jar"))
        .filter(p -> Stream.of("jackson-core-", "jackson-databind-", "jackson-annotations-", "hibernate-validator-", "jakarta.validation-api-",
                "jboss-logging-", "classmate-")
            .anyMatch(p.getFileName().toString()::startsWith))
        .distinct()
        .forEach(jars::add);
    return jars;
  }

  /** The project version, as Maven filtered it into the command's version.properties. */
  private static String version() throws IOException {
    java.util.Properties properties = new java.util.Properties();
    try (var in = org.balimodel.examples.cli.Bali.class.getResourceAsStream("version.properties")) {
      properties.load(in);
    }
    return properties.getProperty("version");
  }

  private Path source(String name, String text) throws IOException {
    Path file = dir.resolve("src").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private Path compile(List<String> pathOptions, Path... sources) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> arguments = new ArrayList<>(List.of("--release", "17", "-d", classes.toString()));
    arguments.addAll(pathOptions);
    Stream.of(sources).map(Path::toString).forEach(arguments::add);
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = compiler.run(null, diagnostics, diagnostics, arguments.toArray(String[]::new));
    assertEquals(0, status, () -> "the consumer program compiles against the jars:\n"
        + diagnostics.toString(StandardCharsets.UTF_8));
    return classes;
  }

  private static String java(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    Path err = Files.createTempFile("consumer", ".err");
    try {
      Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
      byte[] output = process.getInputStream().readAllBytes();
      assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the consumer program ends");
      String text = new String(output, StandardCharsets.UTF_8);
      String diagnostics = Files.readString(err, StandardCharsets.UTF_8);
      assertEquals(0, process.exitValue(), () -> text + diagnostics);
      return text;
    } finally {
      Files.deleteIfExists(err);
    }
  }
}
