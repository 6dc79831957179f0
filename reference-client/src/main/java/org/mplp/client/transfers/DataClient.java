package org.mplp.client.transfers;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.LongConsumer;

/**
 * The data channel from the client's side (spec: The data channel): PUT to upload from the offset
 * the server holds, HEAD to learn that offset after a break, GET with Range to download the rest.
 * Each call blocks its thread; the transfer manager runs them on threads of their own.
 */
final class DataClient {
  /** Tries per file before giving up: a break is followed by a resume, not by a fresh start. */
  static final int ATTEMPTS = 6;

  /** The server answered that the transfer or the file has ended (410): nothing more to move. */
  static final class EndedException extends IOException {
    EndedException(String message) {
      super(message);
    }
  }

  private final HttpClient http;
  private final URI origin;

  DataClient(HttpClient http, URI origin) {
    this.http = http;
    this.origin = origin;
  }

  private URI fileUri(String transferId, int index) {
    return origin.resolve("/transfers/" + transferId + "/" + index);
  }

  /** Uploads {@code file} whole, resuming from the server's Upload-Offset after each break. */
  void upload(
      String transferId, int index, String token, Path file, long size, LongConsumer progress)
      throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (attempt > 0) {
        Thread.sleep(250L << Math.min(attempt, 4));
      }
      try {
        long offset = heldOffset(transferId, index, token);
        if (offset == size && (size > 0 || attempt > 0)) {
          progress.accept(size);
          return;
        }
        long held = put(transferId, index, token, file, offset, size, progress);
        if (held == size) {
          progress.accept(size);
          return;
        }
        last = new IOException("the server holds " + held + " of " + size + " bytes");
      } catch (EndedException e) {
        throw e;
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  private long heldOffset(String transferId, int index, String token)
      throws IOException, InterruptedException {
    HttpResponse<Void> head =
        http.send(
            request(transferId, index, token)
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.discarding());
    check(head.statusCode(), 204, "HEAD");
    return head.headers().firstValueAsLong("Upload-Offset").orElse(0);
  }

  private long put(
      String transferId,
      int index,
      String token,
      Path file,
      long offset,
      long size,
      LongConsumer progress)
      throws IOException, InterruptedException {
    HttpRequest.Builder put = request(transferId, index, token);
    if (offset > 0) {
      put.header("Content-Range", "bytes " + offset + "-" + (size - 1) + "/" + size);
    }
    long length = size - offset;
    HttpRequest.BodyPublisher body =
        HttpRequest.BodyPublishers.fromPublisher(
            HttpRequest.BodyPublishers.ofInputStream(
                () -> {
                  try {
                    InputStream in = Files.newInputStream(file);
                    in.skipNBytes(offset);
                    return new Counting(in, offset, progress);
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  }
                }),
            length);
    HttpResponse<Void> answer =
        http.send(put.PUT(body).build(), HttpResponse.BodyHandlers.discarding());
    if (answer.statusCode() == 409) {
      return answer.headers().firstValueAsLong("Upload-Offset").orElse(0);
    }
    check(answer.statusCode(), 204, "PUT");
    return answer.headers().firstValueAsLong("Upload-Offset").orElse(0);
  }

  /**
   * Downloads into {@code partial}, which may already hold the first bytes from an earlier try:
   * only the rest is asked for, with Range.
   */
  void download(
      String transferId, int index, String token, Path partial, long size, LongConsumer progress)
      throws IOException, InterruptedException {
    IOException last = null;
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (attempt > 0) {
        Thread.sleep(250L << Math.min(attempt, 4));
      }
      long have = Files.exists(partial) ? Files.size(partial) : 0;
      if (have > size) {
        Files.delete(partial);
        have = 0;
      }
      if (have == size && size > 0) {
        progress.accept(size);
        return;
      }
      try {
        fetch(transferId, index, token, partial, have, size, progress);
        if (Files.size(partial) == size) {
          return;
        }
        last = new IOException("the download ended early");
      } catch (EndedException e) {
        throw e;
      } catch (IOException e) {
        last = e;
      }
    }
    throw last;
  }

  private void fetch(
      String transferId,
      int index,
      String token,
      Path partial,
      long have,
      long size,
      LongConsumer progress)
      throws IOException, InterruptedException {
    HttpRequest.Builder get = request(transferId, index, token).GET();
    if (have > 0) {
      get.header("Range", "bytes=" + have + "-");
    }
    HttpResponse<InputStream> answer =
        http.send(get.build(), HttpResponse.BodyHandlers.ofInputStream());
    try (InputStream in = answer.body()) {
      int status = answer.statusCode();
      if (status == 416 && have == size) {
        return;
      }
      boolean fromStart = status == 200;
      if (!fromStart) {
        check(status, 206, "GET");
      }
      long written = fromStart ? 0 : have;
      try (OutputStream out =
          Files.newOutputStream(
              partial,
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE,
              fromStart ? StandardOpenOption.TRUNCATE_EXISTING : StandardOpenOption.APPEND)) {
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.write(buffer, 0, n);
          written += n;
          progress.accept(written);
        }
      }
    }
  }

  private HttpRequest.Builder request(String transferId, int index, String token) {
    return HttpRequest.newBuilder(fileUri(transferId, index))
        .header("Authorization", "Bearer " + token);
  }

  private static void check(int status, int expected, String method) throws IOException {
    if (status == 410) {
      throw new EndedException("the transfer has ended (HTTP 410)");
    }
    if (status != expected) {
      throw new IOException("the server answered the " + method + " with HTTP " + status);
    }
  }

  /** Counts the bytes the HTTP client reads from the file, for the upload's progress. */
  private static final class Counting extends FilterInputStream {
    private long position;
    private final LongConsumer progress;

    Counting(InputStream in, long start, LongConsumer progress) {
      super(in);
      this.position = start;
      this.progress = progress;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        progress.accept(++position);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        position += n;
        progress.accept(position);
      }
      return n;
    }
  }
}
