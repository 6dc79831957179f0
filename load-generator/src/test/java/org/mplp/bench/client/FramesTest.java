package org.mplp.bench.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.MessageAck;
import org.mplp.spec.model.Send;

/** The bench's hand-built frames are valid frames of the JSON binding. */
class FramesTest {

  private final FrameCodec codec = FrameCodec.forBinding(Binding.JSON);

  @Test
  void aSendFromTheTemplateDecodesWithItsFields() throws Exception {
    Send send = (Send) codec.decode(Frames.send("k1-42", "k1-42", "235683-PC-2", "k1-42"));
    assertThat(send.clientMessageId()).isEqualTo("k1-42");
    assertThat(send.to()).isEqualTo("235683-PC-2");
  }

  @Test
  void aProofWithQuotesAndBackslashesInTheServerNonceStaysValidJson() throws Exception {
    LoginProof proof = (LoginProof) codec.decode(Frames.loginProof("c=biws,r=ab\"c\\d,p=eA=="));
    assertThat(proof.clientFinal()).isEqualTo("c=biws,r=ab\"c\\d,p=eA==");
  }

  @Test
  void anAckListsEveryId() throws Exception {
    MessageAck ack = (MessageAck) codec.decode(Frames.messageAck("a", List.of("m-1", "m-2")));
    assertThat(ack.messageIds()).containsExactly("m-1", "m-2");
  }

  @Test
  void topFieldsReadsTheTypeAndTheOwnAddressOfLoginOk() {
    TopFields fields =
        TopFields.parse(
            "{\"type\":\"login-ok\",\"self\":{\"address\":\"1-PC-1\",\"type\":\"PC\"},"
                + "\"devices\":[{\"address\":\"1-PC-2\"}],\"credential\":\"xyz\"}");
    assertThat(fields.type()).isEqualTo("login-ok");
    assertThat(fields.get("self.address")).isEqualTo("1-PC-1");
    assertThat(fields.get("credential")).isEqualTo("xyz");
    assertThat(fields.get("address")).isNull();
  }
}
