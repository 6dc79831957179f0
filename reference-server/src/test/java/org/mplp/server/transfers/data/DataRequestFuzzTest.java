package org.mplp.server.transfers.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Coverage-guided fuzzing of the data channel's request handling: the raw bytes of one connection,
 * cut where the fuzzer likes, through the HTTP codec and the data channel as the server wires them.
 * Nothing may escape the pipeline as an exception, and what the data channel reads from each
 * request (its file, token, upload range, download range) keeps its bounds. Seeds in
 * DataRequestFuzzTestInputs; {@code JAZZER_FUZZ=1} fuzzes (README, Fuzzing).
 */
class DataRequestFuzzTest {

  private static final DataChannel DATA = openOnce();

  private static DataChannel openOnce() {
    try {
      return DataChannel.open(Files.createTempDirectory("mplp-fuzz-spool-"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @FuzzTest(maxDuration = "10m")
  void requests(FuzzedDataProvider data) {
    long size = data.consumeLong(0, 1L << 40);
    List<HttpRequest> heads = new ArrayList<>();
    EmbeddedChannel channel =
        new EmbeddedChannel(
            new HttpServerCodec(),
            new ChannelInboundHandlerAdapter() {
              @Override
              public void channelRead(ChannelHandlerContext ctx, Object msg) {
                if (msg instanceof HttpRequest request) {
                  heads.add(request);
                }
                ctx.fireChannelRead(msg);
              }
            },
            DATA.newHandler(UnknownTransfers.INSTANCE),
            new HttpObjectAggregator(65536),
            new NotFound());
    try {
      while (data.remainingBytes() > 0 && channel.isOpen()) {
        byte[] part = data.consumeBytes(1 + data.consumeInt(0, 2048));
        channel.writeInbound(Unpooled.wrappedBuffer(part));
        channel.runPendingTasks();
        channel.checkException();
      }
    } finally {
      channel.finishAndReleaseAll();
    }
    for (HttpRequest request : heads) {
      checkBounds(request, size);
    }
  }

  private static void checkBounds(HttpRequest request, long size) {
    if (!request.decoderResult().isSuccess()) {
      return; // refused with 400 before the data channel reads anything of it
    }
    String path;
    try {
      path = new QueryStringDecoder(request.uri()).path();
    } catch (IllegalArgumentException notAPath) {
      return;
    }
    FileKey.parse(path).ifPresent(key -> assertThat(key.index()).isNotNegative());
    BearerToken.of(request.headers()).ifPresent(token -> assertThat(token).isNotBlank());
    Optional<UploadRange> upload = UploadRange.of(request);
    upload.ifPresent(
        range -> {
          assertThat(range.first()).isNotNegative();
          assertThat(range.end() == -1 || range.end() >= range.first()).isTrue();
        });
    if (DownloadRange.of(request.headers().get(HttpHeaderNames.RANGE), size)
        instanceof DownloadRange.Bytes bytes) {
      assertThat(bytes.first()).isBetween(0L, size);
      assertThat(bytes.end()).isBetween(bytes.first(), size);
    }
  }
}
