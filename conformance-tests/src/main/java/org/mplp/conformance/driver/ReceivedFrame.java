package org.mplp.conformance.driver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;

/**
 * One text message the server sent, read in the connection's binding. {@code body} is the frame as
 * a JSON tree in both bindings (XML is mapped member by member), so steps compare one shape.
 */
public record ReceivedFrame(String text, String type, JsonNode body, List<Violation> violations) {

  public static ReceivedFrame unreadable(String text, Violation why) {
    return new ReceivedFrame(text, null, MissingNode.getInstance(), List.of(why));
  }

  public boolean valid() {
    return violations.isEmpty();
  }

  public boolean is(String frameType) {
    return frameType.equals(type);
  }

  public String replyTo() {
    return text("replyTo");
  }

  public String code() {
    return text("code");
  }

  public String location() {
    return text("location");
  }

  /** The error's fatal flag, or null when absent or not a boolean. */
  public Boolean fatal() {
    JsonNode n = body.path("fatal");
    return n.isBoolean() ? n.booleanValue() : null;
  }

  public String text(String member) {
    JsonNode n = body.path(member);
    return n.isTextual() ? n.textValue() : null;
  }

  /** A short description for assertion messages: type and the members that matter. */
  public String describe() {
    if (type == null) {
      return "an unreadable message " + Texts.abbreviate(text, 120);
    }
    StringBuilder s = new StringBuilder(type.equals("error") ? "an error" : "a " + type);
    if (code() != null) {
      s.append(' ').append(code());
    }
    if (fatal() != null) {
      s.append(fatal() ? " (fatal)" : " (not fatal)");
    }
    if (replyTo() != null) {
      s.append(" replying to ").append(replyTo());
    }
    if (location() != null) {
      s.append(" at location ").append(location());
    }
    return s.toString();
  }
}
