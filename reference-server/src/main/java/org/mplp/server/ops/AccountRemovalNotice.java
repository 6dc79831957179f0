package org.mplp.server.ops;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Tells the server running on a data directory that an account was removed from it, so that it ends
 * the sessions of the account's devices at once (REQ-LOGIN-027). Sent by {@code mplp account
 * remove}; a data directory with no running server needs no notice.
 */
public final class AccountRemovalNotice {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private AccountRemovalNotice() {}

  /**
   * Sends the notice; answers how many sessions the server ended, or empty when no server runs on
   * the data directory.
   *
   * @throws IOException when a server runs there but did not take the notice
   */
  public static Optional<Integer> send(Path dataDir, String account)
      throws IOException, InterruptedException {
    Optional<AdminFile> admin = AdminFile.read(dataDir);
    if (admin.isEmpty()) {
      return Optional.empty();
    }
    HttpRequest request =
        HttpRequest.newBuilder(
                admin
                    .get()
                    .base()
                    .resolve(
                        AdminRequestHandler.ACCOUNTS
                            + URLEncoder.encode(account, StandardCharsets.UTF_8)
                            + AdminRequestHandler.REMOVED))
            .header("Authorization", "Bearer " + admin.get().token())
            .timeout(TIMEOUT)
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newBuilder()
              .connectTimeout(TIMEOUT)
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      // The file outlived its server (killed, not stopped): no one to tell.
      return Optional.empty();
    }
    if (response.statusCode() != 200) {
      throw new IOException(
          "the running server refused the notice: HTTP status " + response.statusCode());
    }
    return Optional.of(Integer.parseInt(response.body().strip()));
  }
}
