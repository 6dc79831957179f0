package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.BrokenFrames;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.LaterFrames;

/**
 * The frames a scenario can name, by the words it names them with: frames built as trees and
 * written in the connection's binding, and broken forms as raw text, some of one binding only.
 */
enum FrameKind {
  PING("a ping", Frames::ping),
  HELLO("a hello", id -> Frames.hello(id, List.of("1.0"))),
  HELLO_UNSPOKEN(
      "a hello offering no version it speaks", id -> Frames.hello(id, List.of("9.8", "9.9"))),
  HELLO_BREAKING("a hello that breaks its schema", BrokenFrames::helloBreakingSchema),
  HELLO_BREAKING_SECOND(
      "a hello that breaks its schema in its second version", BrokenFrames::helloBreakingSchema),
  NOT_WELL_FORMED(
      "text that is not well-formed", null, (binding, id) -> BrokenFrames.notWellFormed(binding)),
  UNKNOWN_TYPE("a frame of an unknown type", BrokenFrames::unknownType),
  PONG("a pong", BrokenFrames::pong),
  WELCOME("a welcome", BrokenFrames::welcome),
  ERROR("an error frame", BrokenFrames::error),
  JSON_ARRAY("a JSON array", Binding.JSON, (b, id) -> BrokenFrames.jsonArray(id)),
  NO_TYPE(
      "a JSON object without a type",
      Binding.JSON,
      (b, id) -> BrokenFrames.jsonObjectWithoutType(id)),
  TYPE_NOT_STRING(
      "a JSON object whose type is not a string",
      Binding.JSON,
      (b, id) -> BrokenFrames.jsonTypeNotString(id)),
  INTERNAL_DOCTYPE(
      "a ping with an internal DOCTYPE",
      Binding.XML,
      (b, id) -> BrokenFrames.xmlPingWithInternalDoctype(id)),
  EXTERNAL_DTD(
      "a ping with an external DTD",
      Binding.XML,
      (b, id) -> BrokenFrames.xmlPingWithExternalDtd(id)),
  RECEIVE_OVERFLOWING(
      "a set-receive whose receive is the number 1e99999",
      null,
      BrokenFrames::setReceiveOverflowing),
  FILE_INDEX_OVERFLOWING(
      "an accept-offer whose file index has 31 digits", null, BrokenFrames::acceptOfferOverflowing),
  PING_LATER(
      "a ping with members of a later version",
      null,
      (b, id) -> LaterFrames.over(FrameWriter.forBinding(b)).write(Frames.ping(id))),
  HELLO_LATER(
      "a hello with members of a later version",
      null,
      (b, id) ->
          LaterFrames.over(FrameWriter.forBinding(b)).write(Frames.hello(id, List.of("1.0")))),
  LIST_DEVICES("a list-devices", Frames::listDevices),
  RENAME_DEVICE("a rename-device", id -> Frames.renameDevice(id, "nobody-PC-1", "Renamed")),
  LOGOUT("a logout", id -> Frames.logout(id, false));

  private final String phrase;
  private final Binding onlyIn;
  private final BiFunction<Binding, String, String> raw;
  private final Function<String, ObjectNode> tree;

  /** A frame built as a tree from the id (or the replyTo of a server's frame). */
  FrameKind(String phrase, Function<String, ObjectNode> tree) {
    this.phrase = phrase;
    this.onlyIn = null;
    this.raw = null;
    this.tree = tree;
  }

  /** Raw text in the binding; {@code onlyIn} names the one binding it exists in, if only one. */
  FrameKind(String phrase, Binding onlyIn, BiFunction<Binding, String, String> raw) {
    this.phrase = phrase;
    this.onlyIn = onlyIn;
    this.raw = raw;
    this.tree = null;
  }

  static FrameKind of(String phrase) {
    return Arrays.stream(values())
        .filter(k -> k.phrase.equals(phrase))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no frame called " + phrase));
  }

  /** The text to send in the writer's binding. */
  String text(FrameWriter writer, String id) {
    Binding binding = writer.binding();
    if (tree != null) {
      return writer.write(tree.apply(id));
    }
    if (onlyIn != null && onlyIn != binding) {
      // The runner skips a scenario whose binding tag names another binding; reaching this means
      // the scenario lacks its tag.
      throw new IllegalStateException(
          "a scenario that sends " + phrase + " must be tagged @binding-" + onlyIn.wireName());
    }
    return raw.apply(binding, id);
  }
}
