package org.mplp.conformance.driver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

class InboxTest {
  private static final Duration WAIT = Duration.ofMillis(50);
  private final FrameReader json = FrameReader.forBinding(Binding.JSON);
  private final Deque<WireEvent> script = new ArrayDeque<>();
  private final Inbox inbox =
      new Inbox(wait -> script.isEmpty() ? new WireEvent.Nothing(wait.toMillis()) : script.poll());

  private void arrives(String text) {
    script.add(new WireEvent.Frame(json.read(text)));
  }

  private static String event(String kind, String address) {
    return "{\"type\":\"device-event\",\"event\":\""
        + kind
        + "\",\"device\":{\"address\":\""
        + address
        + "\",\"type\":\"MP\",\"label\":\"p\",\"presence\":\"online\",\"role\":\"secondary\","
        + "\"loginTime\":\"2026-11-24T09:01:44Z\",\"clientName\":\"c\",\"clientVersion\":\"1\","
        + "\"lastIp\":\"127.0.0.1\"}}";
  }

  @Test
  void eventsBeforeAnAnswerWaitForTheStepsThatAskForThem() {
    arrives(event("added", "235683-MP-1"));
    arrives("{\"type\":\"ok\",\"replyTo\":\"c6\"}");
    arrives(event("updated", "235683-MP-1"));
    WireEvent answer = inbox.answerTo("c6", WAIT);
    assertThat(((WireEvent.Frame) answer).frame().is("ok")).isTrue();
    assertThat(inbox.takeEvent(e -> e.body().path("event").asText().equals("updated"), WAIT))
        .isPresent();
    assertThat(inbox.takeEvent(e -> e.body().path("event").asText().equals("added"), WAIT))
        .isPresent();
    assertThat(inbox.takeEvent(e -> true, WAIT)).isEmpty();
    assertThat(inbox.events()).hasSize(2);
  }

  private static String transfer(String replyTo, String state) {
    return "{\"type\":\"transfer\","
        + (replyTo == null ? "" : "\"replyTo\":\"" + replyTo + "\",")
        + "\"transferId\":\"t-1\",\"from\":\"a-PC-1\",\"to\":\"a-MP-1\","
        + "\"permission\":\"ask\",\"state\":\""
        + state
        + "\",\"offeredAt\":\"2026-11-24T09:20:00Z\",\"expiresAt\":\"2026-11-24T09:25:00Z\","
        + "\"files\":[{\"index\":0,\"name\":\"a\",\"size\":1,\"sha256\":\""
        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        + "\",\"mediaType\":\"text/plain\",\"state\":\"offered\"}]}";
  }

  @Test
  void aTransferSentUnaskedWaitsWhileOneThatAnswersIsTheAnswer() {
    arrives(transfer(null, "offered"));
    arrives(
        "{\"type\":\"transfer-progress\",\"transferId\":\"t-1\",\"index\":0,"
            + "\"uploaded\":1,\"downloaded\":0}");
    arrives(transfer("c7", "cancelled"));
    WireEvent answer = inbox.answerTo("c7", WAIT);
    assertThat(((WireEvent.Frame) answer).frame().text("state")).isEqualTo("cancelled");
    assertThat(inbox.waiting("transfer")).hasSize(1);
    assertThat(inbox.waiting("transfer-progress")).hasSize(1);
  }

  @Test
  void aCloseOrSilenceEndsTheWait() {
    assertThat(inbox.answerTo("c1", WAIT)).isInstanceOf(WireEvent.Nothing.class);
    script.add(new WireEvent.Closed(4409, "session-replaced"));
    assertThat(inbox.awaitEnd(WAIT)).isInstanceOf(WireEvent.Closed.class);
  }

  @Test
  void anInvalidEventIsNotSetAsideButReported() {
    arrives("{\"type\":\"device-event\",\"event\":\"exploded\"}");
    WireEvent answer = inbox.answerTo("c2", WAIT);
    assertThat(((WireEvent.Frame) answer).frame().valid()).isFalse();
  }

  @Test
  void messagesAndReceiptsBeforeAnAnswerWaitForTheStepsThatAskForThem() {
    arrives(
        "{\"type\":\"message\",\"messageId\":\"m-1\",\"clientMessageId\":\"pc-m1\","
            + "\"from\":\"235683-PC-1\",\"to\":\"235683-MP-1\",\"seq\":1,"
            + "\"sentAt\":\"2026-11-24T09:12:30Z\",\"mediaType\":\"text/plain\",\"body\":\"hi\"}");
    arrives(
        "{\"type\":\"delivered\",\"messageId\":\"m-0\",\"clientMessageId\":\"mp-m1\","
            + "\"to\":\"235683-PC-1\",\"deliveredAt\":\"2026-11-24T09:12:31Z\"}");
    arrives("{\"type\":\"pong\",\"replyTo\":\"c7\"}");
    assertThat(((WireEvent.Frame) inbox.answerTo("c7", WAIT)).frame().is("pong")).isTrue();
    assertThat(inbox.waiting("message")).hasSize(1);
    assertThat(inbox.events()).isEmpty();
    assertThat(inbox.takeEvent(f -> f.is("delivered"), WAIT)).isPresent();
    assertThat(inbox.waiting("delivered")).isEmpty();
    assertThat(inbox.received("delivered")).hasSize(1);
  }

  @Test
  void anAnswerToAnotherFrameWaitsForTheStepThatAsksForIt() {
    arrives("{\"type\":\"pong\",\"replyTo\":\"c2\"}");
    arrives("{\"type\":\"ok\",\"replyTo\":\"c1\"}");
    WireEvent first = inbox.answerTo("c1", WAIT);
    assertThat(((WireEvent.Frame) first).frame().is("ok")).isTrue();
    WireEvent second = inbox.answerTo("c2", WAIT);
    assertThat(((WireEvent.Frame) second).frame().is("pong")).isTrue();
  }

  @Test
  void settingsSentUnaskedAreNeverTheAnswerToAFrame() {
    arrives(
        "{\"type\":\"settings\",\"address\":\"a-MP-1\",\"label\":\"p\",\"role\":\"secondary\","
            + "\"receive\":\"direct\",\"policy\":{\"transfers\":\"direct\",\"messages\":\"accept\"}}");
    WireEvent answer = inbox.answerTo("c3", WAIT);
    assertThat(answer).isInstanceOf(WireEvent.Nothing.class);
    assertThat(inbox.waiting("settings")).hasSize(1);
  }

  @Test
  void aFrameLookedForByContentIsFoundAmongAnswersAndEvents() {
    arrives("{\"type\":\"pong\",\"replyTo\":\"c9\"}");
    arrives(transfer(null, "accepted"));
    assertThat(inbox.take(f -> f.is("transfer"), WAIT)).isPresent();
    assertThat(inbox.next(WAIT)).isInstanceOf(WireEvent.Frame.class);
    assertThat(inbox.next(WAIT)).isInstanceOf(WireEvent.Nothing.class);
  }
}
