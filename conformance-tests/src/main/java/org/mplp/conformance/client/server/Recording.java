package org.mplp.conformance.client.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the kit's server saw of the client during one scenario: connections and HTTP requests. */
public final class Recording {
  private final List<ConnectionLog> connections = new ArrayList<>();
  private final List<HttpLog> requests = new ArrayList<>();

  synchronized ConnectionLog open() {
    ConnectionLog log = new ConnectionLog(connections.size() + 1, Instant.now());
    connections.add(log);
    return log;
  }

  synchronized void request(HttpLog log) {
    requests.add(log);
  }

  public synchronized List<ConnectionLog> connections() {
    return List.copyOf(connections);
  }

  public synchronized List<HttpLog> requests() {
    return List.copyOf(requests);
  }

  /** Every frame the client sent, over all its connections, in order. */
  public List<FrameLog> clientFrames() {
    return connections().stream().flatMap(c -> c.fromClient().stream()).toList();
  }

  /** The frames of one type the client sent, in order. */
  public List<FrameLog> clientFrames(String type) {
    return clientFrames().stream().filter(f -> f.is(type)).toList();
  }

  /** The data channel requests for one file of a transfer. */
  public List<HttpLog> requestsFor(String transferId, int index) {
    String path = "/transfers/" + transferId + "/" + index;
    return requests().stream().filter(r -> r.path().equals(path)).toList();
  }

  public String render() {
    StringBuilder s = new StringBuilder();
    connections().forEach(c -> s.append(c.render()));
    Stream.of(requests().toArray(HttpLog[]::new))
        .forEach(
            r ->
                s.append("http ")
                    .append(r.at())
                    .append(' ')
                    .append(r.method())
                    .append(' ')
                    .append(r.path())
                    .append(r.range() == null ? "" : " Range: " + r.range())
                    .append(" -> ")
                    .append(r.status())
                    .append('\n'));
    return s.toString();
  }
}
