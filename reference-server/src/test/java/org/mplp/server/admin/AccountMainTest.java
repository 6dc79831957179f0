package org.mplp.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mplp.server.store.Database;
import picocli.CommandLine;

/** The account command on a data directory, with passwords from standard input or a prompt. */
class AccountMainTest {

  @TempDir Path dataDir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String stdin, String... args) {
    return AccountMain.run(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out),
        new PrintWriter(err),
        args);
  }

  private int withPrompt(List<String> answers, String... args) {
    Deque<String> queue = new ArrayDeque<>(answers);
    AccountMain main = new AccountMain();
    main.passwords =
        new PasswordInput(new ByteArrayInputStream(new byte[0]), p -> queue.pop().toCharArray());
    return new CommandLine(main)
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private String dir() {
    return dataDir.toString();
  }

  @Test
  void addListPasswdRemove() {
    assertThat(run("first secret\n", "add", "--data-dir", dir(), "--password-stdin", "235683"))
        .isZero();
    assertThat(run("", "--data-dir", dir(), "add", "--password-stdin", "li.wei")).isEqualTo(1);
    assertThat(err.toString()).contains("the password is empty");
    assertThat(run("x\n", "--data-dir", dir(), "add", "--password-stdin", "li.wei")).isZero();

    out.getBuffer().setLength(0);
    assertThat(run("", "list", "--data-dir", dir())).isZero();
    assertThat(out.toString().lines())
        .hasSize(2)
        .anySatisfy(line -> assertThat(line).startsWith("235683  created ").endsWith("devices 0"))
        .anySatisfy(line -> assertThat(line).startsWith("li.wei  "));

    assertThat(run("second secret\n", "passwd", "--data-dir", dir(), "--password-stdin", "235683"))
        .isZero();
    assertThat(run("", "remove", "--data-dir", dir(), "li.wei")).isZero();
    out.getBuffer().setLength(0);
    assertThat(run("", "list", "--data-dir", dir())).isZero();
    assertThat(out.toString().lines()).singleElement().asString().startsWith("235683  ");
  }

  @Test
  void refusalsEndWithExitCode1AndAReason() {
    assertThat(run("p\n", "add", "--data-dir", dir(), "--password-stdin", "235683")).isZero();
    assertThat(run("p\n", "add", "--data-dir", dir(), "--password-stdin", "235683")).isEqualTo(1);
    assertThat(err.toString()).contains("account 235683 exists");
    assertThat(run("p\n", "add", "--data-dir", dir(), "--password-stdin", "Has-Hyphen"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("is not an account name");
    assertThat(run("", "remove", "--data-dir", dir(), "nobody")).isEqualTo(1);
    assertThat(run("p\n", "passwd", "--data-dir", dir(), "--password-stdin", "nobody"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("no account nobody");
  }

  @Test
  void withoutStdinOrAConsoleThePasswordIsRefused() {
    assertThat(run("ignored\n", "add", "--data-dir", dir(), "someone")).isEqualTo(1);
    assertThat(err.toString()).contains("--password-stdin");
    out.getBuffer().setLength(0);
    assertThat(run("", "list", "--data-dir", dir())).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void theConsolePromptAsksTwiceAndTheAnswersMustAgree() {
    assertThat(withPrompt(List.of("one", "two"), "add", "--data-dir", dir(), "someone"))
        .isEqualTo(1);
    assertThat(err.toString()).contains("differ");
    assertThat(withPrompt(List.of("same", "same"), "add", "--data-dir", dir(), "someone")).isZero();
  }

  @Test
  void onlyScramKeysAreStoredNeverThePassword() throws Exception {
    String password = "a very recognisable password 4711";
    assertThat(run(password + "\n", "add", "--data-dir", dir(), "--password-stdin", "keys"))
        .isZero();
    byte[] needle = password.getBytes(StandardCharsets.UTF_8);
    try (var files = Files.list(dataDir)) {
      for (Path file : files.toList()) {
        assertThat(indexOf(Files.readAllBytes(file), needle))
            .as("the password in %s", file.getFileName())
            .isEqualTo(-1);
      }
    }
    assertThat(dataDir.resolve(Database.FILE_NAME)).exists();
  }

  @Test
  void usageErrorsEndWithExitCode2() {
    assertThat(run("", "add")).isEqualTo(2);
    assertThat(run("", "frobnicate")).isEqualTo(2);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
