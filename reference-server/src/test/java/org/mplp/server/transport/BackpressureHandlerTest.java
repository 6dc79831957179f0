package org.mplp.server.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.Unpooled;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.embedded.EmbeddedChannel;
import org.junit.jupiter.api.Test;

class BackpressureHandlerTest {

  @Test
  void readingStopsWhileWritesWaitAndResumesWhenTheyAreOut() {
    EmbeddedChannel channel = new EmbeddedChannel(BackpressureHandler.INSTANCE);
    channel.config().setWriteBufferWaterMark(new WriteBufferWaterMark(8, 16));
    assertThat(channel.config().isAutoRead()).isTrue();

    channel.write(Unpooled.wrappedBuffer(new byte[32])); // queued, not flushed: above high mark
    assertThat(channel.isWritable()).isFalse();
    assertThat(channel.config().isAutoRead()).isFalse();

    channel.flush();
    assertThat(channel.isWritable()).isTrue();
    assertThat(channel.config().isAutoRead()).isTrue();
    channel.finishAndReleaseAll();
  }
}
