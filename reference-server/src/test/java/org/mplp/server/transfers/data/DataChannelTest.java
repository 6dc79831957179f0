package org.mplp.server.transfers.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads and downloads over real sockets, with transfers kept by the test. */
class DataChannelTest {

  private static final String PATH = "/transfers/t-1/0";
  private static final int SIZE = 300_000;

  @TempDir Path spool;
  private DataTestServer server;
  private final HttpClient http = HttpClient.newHttpClient();
  private final byte[] file = new byte[SIZE];

  @BeforeEach
  void start() throws Exception {
    new Random(5).nextBytes(file);
    server = new DataTestServer(spool);
    server.transfers.accept(
        "t-1", 0, SIZE, "up-token-0000000000000001", "down-token-00000000000001");
    server.transfers.accept(
        "t-1", 1, SIZE, "up-token-0000000000000002", "down-token-00000000000002");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private HttpRequest.Builder request(String path, String token) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path));
    return token == null ? builder : builder.header("Authorization", "Bearer " + token);
  }

  private HttpResponse<String> put(String token, byte[] body, String contentRange)
      throws Exception {
    HttpRequest.Builder builder = request(PATH, token).PUT(BodyPublishers.ofByteArray(body));
    if (contentRange != null) {
      builder.header("Content-Range", contentRange);
    }
    return http.send(builder.build(), BodyHandlers.ofString());
  }

  private long head() throws Exception {
    HttpResponse<Void> response =
        http.send(
            request(PATH, "up-token-0000000000000001")
                .method("HEAD", BodyPublishers.noBody())
                .build(),
            BodyHandlers.discarding());
    assertThat(response.statusCode()).isEqualTo(204);
    return Long.parseLong(response.headers().firstValue("Upload-Offset").orElseThrow());
  }

  private HttpResponse<byte[]> get(String token, String range) throws Exception {
    HttpRequest.Builder builder = request(PATH, token).GET();
    if (range != null) {
      builder.header("Range", range);
    }
    return http.send(builder.build(), BodyHandlers.ofByteArray());
  }

  @Test
  void aFileGoesUpAndComesDownWhole() throws Exception {
    HttpResponse<String> put = put("up-token-0000000000000001", file, null);
    assertThat(put.statusCode()).isEqualTo(204);
    assertThat(put.headers().firstValue("Upload-Offset")).hasValue(Integer.toString(SIZE));
    assertThat(head()).isEqualTo(SIZE);

    HttpResponse<byte[]> get = get("down-token-00000000000001", null);
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.headers().firstValue("Content-Length")).hasValue(Integer.toString(SIZE));
    assertThat(get.body()).isEqualTo(file);
    FileKey key = new FileKey("t-1", 0);
    assertThat(server.transfers.uploaded.get(key)).isEqualTo(SIZE);
    await().until(() -> server.transfers.downloaded.getOrDefault(key, 0L) == SIZE);
    assertThat(Files.size(spool.resolve("t-1").resolve("0"))).isEqualTo(SIZE);
  }

  @Test
  void requestsWithoutABearerTokenGet401() throws Exception {
    assertThat(put(null, file, null).statusCode()).isEqualTo(401);
    assertThat(get(null, null).statusCode()).isEqualTo(401);
    HttpResponse<byte[]> basic =
        http.send(
            request(PATH, null).header("Authorization", "Basic dXNlcjpwYXNz").build(),
            BodyHandlers.ofByteArray());
    assertThat(basic.statusCode()).isEqualTo(401);
    assertThat(basic.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
  }

  @Test
  void tokensOfAnotherFileDirectionOrNobodyGet403() throws Exception {
    assertThat(put("up-token-0000000000000002", file, null).statusCode()).isEqualTo(403);
    assertThat(put("down-token-00000000000001", file, null).statusCode()).isEqualTo(403);
    assertThat(put("made-up-token-00000000000", file, null).statusCode()).isEqualTo(403);
    assertThat(get("up-token-0000000000000001", null).statusCode()).isEqualTo(403);
    assertThat(get("down-token-00000000000002", null).statusCode()).isEqualTo(403);
    assertThat(head()).as("nothing was stored by a refused PUT").isZero();
  }

  @Test
  void theRightTokenOfAnEndedFileGets410() throws Exception {
    server.transfers.end("t-1", 0);
    assertThat(put("up-token-0000000000000001", file, null).statusCode()).isEqualTo(410);
    assertThat(get("down-token-00000000000001", null).statusCode()).isEqualTo(410);
  }

  @Test
  void aPutFromAnotherOffsetThanTheHeldBytesGets409() throws Exception {
    byte[] first = Arrays.copyOf(file, 1000);
    assertThat(put("up-token-0000000000000001", first, "bytes 0-999/" + SIZE).statusCode())
        .isEqualTo(204);
    HttpResponse<String> again = put("up-token-0000000000000001", first, null);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.headers().firstValue("Upload-Offset")).hasValue("1000");
    HttpResponse<String> beyond =
        put("up-token-0000000000000001", first, "bytes 2000-2999/" + SIZE);
    assertThat(beyond.statusCode()).isEqualTo(409);
    assertThat(head()).isEqualTo(1000);
  }

  @Test
  void aPutPastTheAnnouncedSizeGets413AndKeepsWhatWasHeld() throws Exception {
    byte[] first = Arrays.copyOf(file, 1000);
    put("up-token-0000000000000001", first, "bytes 0-999/" + SIZE);
    HttpResponse<String> tooLong =
        put("up-token-0000000000000001", new byte[SIZE], "bytes 1000-" + (SIZE + 999) + "/*");
    assertThat(tooLong.statusCode()).isEqualTo(413);
    assertThat(tooLong.headers().firstValue("Upload-Offset")).hasValue("1000");
    assertThat(head()).isEqualTo(1000);
  }

  @Test
  void aChunkedPutPastTheSizeGets413() throws Exception {
    HttpRequest chunked =
        request(PATH, "up-token-0000000000000001")
            .PUT(
                BodyPublishers.ofInputStream(
                    () -> new java.io.ByteArrayInputStream(new byte[SIZE + 1])))
            .build();
    HttpResponse<String> response = http.send(chunked, BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(head()).isLessThanOrEqualTo(SIZE);
  }

  @Test
  void aChunkedPutLongerThanItsContentRangeGets400AndKeepsNothingPastTheRange() throws Exception {
    String response;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT "
                  + PATH
                  + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer up-token-0000000000000001"
                  + "\r\nContent-Range: bytes 0-9/"
                  + SIZE
                  + "\r\nTransfer-Encoding: chunked\r\n\r\n32\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(file, 0, 50);
      out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }
    assertThat(response).startsWith("HTTP/1.1 400").containsIgnoringCase("upload-offset: 10");
    assertThat(head()).as("the bytes of the range, none past it").isEqualTo(10);
    assertThat(get("down-token-00000000000001", "bytes=0-9").body())
        .isEqualTo(Arrays.copyOf(file, 10));
  }

  @Test
  void aBrokenUploadKeepsItsBytesAndResumesFromThem() throws Exception {
    int sent = 123_456;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT "
                  + PATH
                  + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer up-token-0000000000000001"
                  + "\r\nContent-Length: "
                  + SIZE
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(file, 0, sent);
      out.flush();
      await()
          .until(() -> server.transfers.uploaded.getOrDefault(new FileKey("t-1", 0), 0L) == sent);
    }
    await().until(() -> head() == sent);
    byte[] rest = Arrays.copyOfRange(file, sent, SIZE);
    HttpResponse<String> resumed =
        put("up-token-0000000000000001", rest, "bytes " + sent + "-" + (SIZE - 1) + "/" + SIZE);
    assertThat(resumed.statusCode()).isEqualTo(204);
    assertThat(resumed.headers().firstValue("Upload-Offset")).hasValue(Integer.toString(SIZE));
    assertThat(get("down-token-00000000000001", null).body()).isEqualTo(file);
  }

  @Test
  void rangesServePartsAndARangePastTheEndGets416() throws Exception {
    put("up-token-0000000000000001", file, null);
    HttpResponse<byte[]> from = get("down-token-00000000000001", "bytes=1000-");
    assertThat(from.statusCode()).isEqualTo(206);
    assertThat(from.headers().firstValue("Content-Range"))
        .hasValue("bytes 1000-" + (SIZE - 1) + "/" + SIZE);
    assertThat(from.body()).isEqualTo(Arrays.copyOfRange(file, 1000, SIZE));
    HttpResponse<byte[]> middle = get("down-token-00000000000001", "bytes=10-19");
    assertThat(middle.statusCode()).isEqualTo(206);
    assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(file, 10, 20));
    HttpResponse<byte[]> past = get("down-token-00000000000001", "bytes=" + SIZE + "-");
    assertThat(past.statusCode()).isEqualTo(416);
    assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */" + SIZE);
  }

  @Test
  void aDownloadReceivesBytesAsTheyArrive() throws Exception {
    int half = SIZE / 2;
    try (Socket upload = new Socket("127.0.0.1", server.port())) {
      OutputStream out = upload.getOutputStream();
      out.write(
          ("PUT "
                  + PATH
                  + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer up-token-0000000000000001"
                  + "\r\nContent-Length: "
                  + SIZE
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      HttpResponse<InputStream> download =
          http.send(
              request(PATH, "down-token-00000000000001").GET().build(),
              BodyHandlers.ofInputStream());
      assertThat(download.statusCode()).isEqualTo(200);
      out.write(file, 0, half);
      out.flush();
      try (InputStream in = download.body()) {
        // The upload has stopped halfway: these bytes can only come from what arrived so far.
        assertThat(in.readNBytes(half)).isEqualTo(Arrays.copyOf(file, half));
        out.write(file, half, SIZE - half);
        out.flush();
        assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(file, half, SIZE));
      }
      String status = new String(upload.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
      assertThat(status).isEqualTo("HTTP/1.1 204");
    }
  }

  @Test
  void discardingAFileBreaksOffItsDownloadAndDeletesItsBytes() throws Exception {
    put("up-token-0000000000000001", Arrays.copyOf(file, 1000), "bytes 0-999/" + SIZE);
    HttpResponse<InputStream> download =
        http.send(
            request(PATH, "down-token-00000000000001").GET().build(), BodyHandlers.ofInputStream());
    try (InputStream in = download.body()) {
      assertThat(in.readNBytes(1000)).hasSize(1000);
      server.dataChannel.spool().discard("t-1", -1);
      // Waiting for bytes that will never come: the connection is closed instead.
      assertThat(in.readAllBytes().length).isZero();
    } catch (java.io.IOException cut) {
      // Also a broken-off download.
    }
    await().until(() -> !Files.exists(spool.resolve("t-1")));
    assertThat(server.dataChannel.spool().heldBytes("t-1", 0)).isZero();
  }

  @Test
  void theSpoolReportsHeldBytesAndOtherPathsPassThrough() throws Exception {
    put("up-token-0000000000000001", Arrays.copyOf(file, 777), "bytes 0-776/" + SIZE);
    assertThat(server.dataChannel.spool().heldBytes("t-1", 0)).isEqualTo(777);
    assertThat(server.dataChannel.spool().heldBytes("t-1", 1)).isZero();
    HttpResponse<String> other =
        http.send(
            HttpRequest.newBuilder(server.uri("/elsewhere")).build(), BodyHandlers.ofString());
    assertThat(other.body()).isEqualTo("not data\n");
    HttpResponse<String> badPath =
        http.send(
            request("/transfers/t-1/x", "up-token-0000000000000001").build(),
            BodyHandlers.ofString());
    assertThat(badPath.statusCode()).isEqualTo(404);
    HttpResponse<String> delete =
        http.send(
            request(PATH, "up-token-0000000000000001").DELETE().build(), BodyHandlers.ofString());
    assertThat(delete.statusCode()).isEqualTo(405);
  }

  @Test
  void anEmptyFileIsUploadedAndDownloadedAndBothAreReported() throws Exception {
    server.transfers.accept(
        "t-2", 0, 0, "up-token-empty-00000000001", "down-token-empty-0000000001");
    HttpResponse<String> put =
        http.send(
            request("/transfers/t-2/0", "up-token-empty-00000000001")
                .PUT(BodyPublishers.noBody())
                .build(),
            BodyHandlers.ofString());
    assertThat(put.statusCode()).isEqualTo(204);
    assertThat(put.headers().firstValue("Upload-Offset")).hasValue("0");
    HttpResponse<byte[]> get =
        http.send(
            request("/transfers/t-2/0", "down-token-empty-0000000001").GET().build(),
            BodyHandlers.ofByteArray());
    assertThat(get.statusCode()).isEqualTo(200);
    assertThat(get.body()).isEmpty();
    FileKey key = new FileKey("t-2", 0);
    assertThat(server.transfers.uploaded.get(key)).isZero();
    await().until(() -> server.transfers.downloaded.containsKey(key));
    assertThat(server.transfers.downloaded.get(key)).isZero();
  }

  @Test
  void theBytesHeldSurviveARestartOfTheServer() throws Exception {
    put("up-token-0000000000000001", Arrays.copyOf(file, 4321), "bytes 0-4320/" + SIZE);
    server.close();
    server = new DataTestServer(spool);
    server.transfers.accept(
        "t-1", 0, SIZE, "up-token-0000000000000001", "down-token-00000000000001");
    assertThat(head()).isEqualTo(4321);
    assertThat(server.dataChannel.spool().heldBytes("t-1", 0)).isEqualTo(4321);
  }

  @Test
  void aPutThatExpects100ContinueIsToldToGoOn() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT "
                  + PATH
                  + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer up-token-0000000000000001"
                  + "\r\nExpect: 100-continue\r\nContent-Length: 10\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String interim = new String(in.readNBytes(25), StandardCharsets.US_ASCII);
      assertThat(interim).isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
      out.write(file, 0, 10);
      out.flush();
      assertThat(new String(in.readNBytes(12), StandardCharsets.US_ASCII))
          .isEqualTo("HTTP/1.1 204");
    }
    assertThat(head()).isEqualTo(10);
  }

  @Test
  void aRequestPipelinedBehindADataRequestIsDroppedAndTheConnectionClosed() throws Exception {
    put("up-token-0000000000000001", Arrays.copyOf(file, 1000), "bytes 0-999/" + SIZE);
    String response;
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("HEAD "
                      + PATH
                      + " HTTP/1.1\r\nHost: x\r\n"
                      + "Authorization: Bearer up-token-0000000000000001\r\n\r\n"
                      + "PUT "
                      + PATH
                      + " HTTP/1.1\r\nHost: x\r\n"
                      + "Authorization: Bearer up-token-0000000000000001\r\n"
                      + "Content-Range: bytes 1000-1009/"
                      + SIZE
                      + "\r\n"
                      + "Content-Length: 10\r\n\r\n0123456789")
                  .getBytes(StandardCharsets.US_ASCII));
      response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    }
    assertThat(response).startsWith("HTTP/1.1 204").containsIgnoringCase("upload-offset: 1000");
    assertThat(response.split("HTTP/1.1", -1)).as("one answer only").hasSize(2);
    assertThat(head()).isEqualTo(1000);
  }

  @Test
  void discardingAFileBreaksOffItsUpload() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("PUT "
                  + PATH
                  + " HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer up-token-0000000000000001"
                  + "\r\nContent-Length: "
                  + SIZE
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(file, 0, 1000);
      out.flush();
      await()
          .until(() -> server.transfers.uploaded.getOrDefault(new FileKey("t-1", 0), 0L) == 1000);
      server.dataChannel.spool().discard("t-1", 0);
      // The server closes the connection without an answer (an end of stream, or a reset).
      int next;
      try {
        next = socket.getInputStream().read();
      } catch (java.net.SocketException reset) {
        next = -1;
      }
      assertThat(next).isEqualTo(-1);
    }
    await().until(() -> !Files.exists(spool.resolve("t-1").resolve("0")));
  }
}
