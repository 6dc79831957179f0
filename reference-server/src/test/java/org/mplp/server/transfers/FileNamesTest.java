package org.mplp.server.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The file name rules of REQ-XFER-010. */
class FileNamesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {"report.pdf", "notes", "día 1.txt", ".hidden", "a..b", "COM10", "console.txt"})
  void safeNamesPass(String name) {
    assertThat(FileNames.allowed(name, null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        ".",
        "..",
        "a/b",
        "a\\b",
        "C:",
        "a*",
        "a?",
        "a\"b",
        "<a",
        "a>",
        "a|b",
        "tab\t",
        "del\u007f",
        "dot.",
        "space ",
        "CON",
        "con.txt",
        "Nul",
        "com1.log",
        "LPT9",
        "aux.tar.gz"
      })
  void unsafeNamesAreRefused(String name) {
    assertThat(FileNames.allowed(name, null)).as(name).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"trip", "trip/day 1", "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p"})
  void pathsOfSafeSegmentsPass(String path) {
    assertThat(FileNames.allowed("x", path)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/etc", "trip/", "a//b", "../up", "a/./b", "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q"})
  void badPathsAreRefused(String path) {
    assertThat(FileNames.allowed("x", path)).as(path).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 254, 255})
  void namesUpTo255CharactersPass(int length) {
    assertThat(FileNames.allowed("x".repeat(length), null)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(ints = {256, 300})
  void longNamesAreRefused(int length) {
    assertThat(FileNames.allowed("x".repeat(length), null)).isFalse();
  }
}
