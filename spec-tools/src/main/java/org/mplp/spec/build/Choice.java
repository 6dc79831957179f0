package org.mplp.spec.build;

/**
 * A choice the spec's text leaves, or left, to implementers: a note with role {@code choice} that
 * says how it is settled. Decided, a precise sentence settles it; open, every answer it names is
 * conformant and the conformance kit accepts each.
 *
 * @param text the note's text, from "Decided:" or "Open:" on
 * @param where "file:line" of the note, for messages
 */
record Choice(String id, Status status, String section, String text, String where) {

  enum Status {
    DECIDED("decided"),
    OPEN("open");

    private final String word;

    Status(String word) {
      this.word = word;
    }

    String word() {
      return word;
    }
  }
}
