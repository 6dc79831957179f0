package org.mplp.conformance.steps;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.mplp.conformance.driver.FrameTexts;
import org.mplp.conformance.driver.JsonFrameTexts;
import org.mplp.conformance.driver.XmlFrameTexts;

/** The frames a scenario can name, by the words it names them with. */
enum FrameKind {
  PING("a ping", FrameTexts::ping),
  HELLO("a hello", (t, id) -> t.hello(id, List.of("1.0"))),
  HELLO_UNSPOKEN(
      "a hello offering no version it speaks", (t, id) -> t.hello(id, List.of("9.8", "9.9"))),
  HELLO_BREAKING("a hello that breaks its schema", FrameTexts::helloBreakingSchema),
  HELLO_BREAKING_SECOND(
      "a hello that breaks its schema in its second version", FrameTexts::helloBreakingSchema),
  NOT_WELL_FORMED("text that is not well-formed", (t, id) -> t.notWellFormed()),
  UNKNOWN_TYPE("a frame of an unknown type", FrameTexts::unknownType),
  PONG("a pong", (t, id) -> t.serverOnly("pong", id)),
  WELCOME("a welcome", (t, id) -> t.serverOnly("welcome", id)),
  ERROR("an error frame", (t, id) -> t.serverOnly("error", id)),
  JSON_ARRAY("a JSON array", json(JsonFrameTexts::jsonArray)),
  NO_TYPE("a JSON object without a type", json(JsonFrameTexts::objectWithoutType)),
  TYPE_NOT_STRING("a JSON object whose type is not a string", json(JsonFrameTexts::typeNotString)),
  INTERNAL_DOCTYPE("a ping with an internal DOCTYPE", xml(XmlFrameTexts::pingWithInternalDoctype)),
  EXTERNAL_DTD("a ping with an external DTD", xml(XmlFrameTexts::pingWithExternalDtd)),
  LIST_DEVICES("a list-devices", FrameTexts::listDevices),
  RENAME_DEVICE("a rename-device", (t, id) -> t.renameDevice(id, "nobody-PC-1", "Renamed")),
  LOGOUT("a logout", (t, id) -> t.logout(id, false));

  private final String phrase;
  private final BiFunction<FrameTexts, String, String> build;

  FrameKind(String phrase, BiFunction<FrameTexts, String, String> build) {
    this.phrase = phrase;
    this.build = build;
  }

  static FrameKind of(String phrase) {
    return Arrays.stream(values())
        .filter(k -> k.phrase.equals(phrase))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no frame called " + phrase));
  }

  String phrase() {
    return phrase;
  }

  String text(FrameTexts texts, String id) {
    return build.apply(texts, id);
  }

  /** A form only the JSON binding has; its scenarios carry @binding-json. */
  private static BiFunction<FrameTexts, String, String> json(
      BiFunction<JsonFrameTexts, String, String> build) {
    return (texts, id) -> build.apply(only(JsonFrameTexts.class, texts, "@binding-json"), id);
  }

  /** A form only the XML binding has; its scenarios carry @binding-xml. */
  private static BiFunction<FrameTexts, String, String> xml(
      BiFunction<XmlFrameTexts, String, String> build) {
    return (texts, id) -> build.apply(only(XmlFrameTexts.class, texts, "@binding-xml"), id);
  }

  private static <T extends FrameTexts> T only(Class<T> binding, FrameTexts texts, String tag) {
    if (!binding.isInstance(texts)) {
      // The runner skips a scenario whose binding tag names another binding; reaching this means
      // the scenario lacks its tag.
      throw new IllegalStateException("a scenario that sends this frame must be tagged " + tag);
    }
    return binding.cast(texts);
  }
}
