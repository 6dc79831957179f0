package org.mplp.spec.binding;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class KnownMembersTest {

  @Test
  void membersNoSchemaDefinesAreLeftAside() {
    ObjectNode hello = hello();
    hello.put("colour", "red");
    KnownMembers.prune("hello", hello);
    assertThat(hello.properties())
        .extracting(e -> e.getKey())
        .containsOnly("type", "id", "versions");
  }

  /** Every frame's names pass through the schema's cache; a sender's inventions must not stay. */
  @Test
  void namesASenderMakesUpAreNotKept() {
    KnownMembers.prune("hello", hello());
    KnownMembers.Schema schema = KnownMembers.Schema.ofFrame("hello");
    int kept = schema.keptMembers();
    for (int i = 0; i < 1_000; i++) {
      ObjectNode frame = hello();
      frame.put("made-up-" + i, i);
      KnownMembers.prune("hello", frame);
      schema.memberOfElement("element-" + i);
    }
    assertThat(kept).isPositive();
    assertThat(schema.keptMembers()).isEqualTo(kept);
  }

  private static ObjectNode hello() {
    ObjectNode frame = JsonNodeFactory.instance.objectNode();
    frame.put("type", "hello").put("id", "h1").putArray("versions").add("1.0");
    return frame;
  }
}
