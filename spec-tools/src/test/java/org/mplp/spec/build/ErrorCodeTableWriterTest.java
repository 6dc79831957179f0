package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorCodeTableWriterTest {

  @TempDir Path dir;

  @Test
  void tabulatesTheRegistryWithCloseCodesOfFatalErrors() throws IOException {
    Files.writeString(
        dir.resolve("error-codes.json"),
        """
        {"errors": [
          {"code": "unknown-type", "fatal": false, "meaning": "No such type | none."},
          {"code": "hello-timeout", "fatal": true, "closeCode": 4408, "meaning": "No hello."}
        ]}
        """);

    ErrorCodeTableWriter.writeIfPresent(dir, dir.resolve("generated"));

    assertThat(Files.readString(dir.resolve("generated/error-codes.adoc")))
        .contains("|Code |Fatal |Close code |Meaning\n")
        .contains("|unknown-type\n|no\n|\n|No such type \\| none.\n")
        .contains("|hello-timeout\n|yes\n|4408\n|No hello.\n");
  }

  @Test
  void writesNothingWithoutARegistry() throws IOException {
    ErrorCodeTableWriter.writeIfPresent(dir, dir.resolve("generated"));

    assertThat(dir.resolve("generated/error-codes.adoc")).doesNotExist();
  }
}
