package org.mplp.conformance.driver;

import java.nio.charset.StandardCharsets;

/** Small text helpers for transcripts and messages. */
public final class Texts {
  private Texts() {}

  /** The text cut to at most {@code max} characters, saying how long it was. */
  public static String abbreviate(String text, int max) {
    if (text == null) {
      return "(none)";
    }
    String oneLine = text.replace("\r", "\\r").replace("\n", "\\n");
    if (oneLine.length() <= max) {
      return oneLine;
    }
    return oneLine.substring(0, max) + "... (" + utf8Length(text) + " bytes)";
  }

  public static int utf8Length(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }
}
