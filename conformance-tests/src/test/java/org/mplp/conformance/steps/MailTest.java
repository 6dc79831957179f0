package org.mplp.conformance.steps;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.driver.FrameReader;
import org.mplp.conformance.driver.WireEvent;

class MailTest {
  private static final String ACCEPTED =
      "{\"type\":\"message-accepted\",\"replyTo\":\"pc-4\",\"clientMessageId\":\"pc-m1\","
          + "\"sentAt\":\"2026-11-24T09:12:30Z\",\"recipients\":["
          + "{\"to\":\"235683-MP-1\",\"messageId\":\"m-1\"},"
          + "{\"to\":\"235683-TV-1\",\"messageId\":\"m-2\"}]}";

  private static Mail.Sent sent(String frameId, String answer) {
    var frame = FrameReader.forBinding(Binding.JSON).read(answer);
    return new Mail.Sent(frameId, "pc-m1", "*", "hi", new WireEvent.Frame(frame));
  }

  @Test
  void theMessageIdOfEachRecipientComesFromTheMessageAccepted() {
    Mail.Sent sent = sent("pc-4", ACCEPTED);
    assertThat(sent.accepted()).isNotNull();
    assertThat(sent.messageIdFor("235683-TV-1")).isEqualTo("m-2");
    assertThat(sent.messageIdFor("235683-PC-1")).isNull();
  }

  @Test
  void aMessageAcceptedForAnotherFrameIsNoAnswerToThisSend() {
    Mail.Sent sent = sent("pc-5", ACCEPTED);
    assertThat(sent.accepted()).isNull();
    assertThat(sent.messageIdFor("235683-MP-1")).isNull();
  }

  @Test
  void clientMessageIdsAreTheDevicesOwnAndFresh() {
    Mail mail = new Mail();
    Device pc = new Device(DeviceName.parse("the PC", "A"));
    Device phone = new Device(DeviceName.parse("a phone of account B", "A"));
    assertThat(mail.newClientMessageId(pc)).isEqualTo("pc-m1");
    assertThat(mail.newClientMessageId(pc)).isEqualTo("pc-m2");
    assertThat(mail.newClientMessageId(phone)).isEqualTo("phone-b-m1");
  }
}
