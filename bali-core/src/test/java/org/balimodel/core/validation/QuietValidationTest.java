package org.balimodel.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A library is quiet: the first validation in a process prints nothing to standard error. */
class QuietValidationTest {

  @Test
  void theFirstValidationPrintsNoHibernateValidatorNotice() throws Exception {
    // A fresh JVM: in this one the validator may already have been built by another test.
    String classPath =
        System.getProperty("java.class.path") + File.pathSeparator + System.getProperty("jdk.module.path", "");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", classPath, FirstValidation.class.getName()).start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the validation did not end");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), err);
    assertEquals("validated\n", out.replace("\r\n", "\n"));
    assertEquals("", err, "validation printed to standard error");
  }

  /** Validates once, in its own JVM, and says so on standard output. */
  public static final class FirstValidation {
    public static void main(String[] args) {
      StatementValidator.create().validate(null);
      StatementValidator.create().validate(Fixtures.statement(Fixtures.ahgSom16().build()).build());
      System.out.println("validated");
    }
  }
}
