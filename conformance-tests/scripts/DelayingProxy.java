import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A TCP proxy on loopback that holds every chunk of bytes for a fixed time in each direction, so
 * that a server on this machine looks as far away as one across a network (the kernel here has no
 * tc netem). Order is kept; nothing is dropped. Like a real path, it holds only so much in flight:
 * at most {@link #CHUNKS_IN_FLIGHT} reads of up to 64 KiB in each direction, and then it stops
 * reading, so that a peer that stops reading stops its sender (an unbounded queue here would take
 * whatever the kit sends, and the kit would blame the server for reading on). Run it with the
 * JDK's single-file launcher:
 *
 * <pre>java conformance-tests/scripts/DelayingProxy.java LISTEN_PORT TARGET_HOST:PORT DELAY_MS</pre>
 */
public final class DelayingProxy {
  private record Chunk(long due, byte[] bytes) {}

  /** Reads held in each direction before the proxy stops reading: up to 4 MiB. */
  private static final int CHUNKS_IN_FLIGHT = 64;

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: java DelayingProxy.java LISTEN_PORT TARGET_HOST:PORT DELAY_MS");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    String[] target = args[1].split(":");
    long delayNanos = Long.parseLong(args[2]) * 1_000_000L;
    try (ServerSocket listener = new ServerSocket()) {
      listener.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 512);
      System.err.println(
          "delaying proxy: 127.0.0.1:" + port + " -> " + args[1] + ", +" + args[2] + " ms each way");
      while (true) {
        Socket client = listener.accept();
        Socket server;
        try {
          server = new Socket(target[0], Integer.parseInt(target[1]));
        } catch (IOException e) {
          System.err.println("delaying proxy: cannot reach " + args[1] + ": " + e.getMessage());
          close(client);
          continue;
        }
        client.setTcpNoDelay(true);
        server.setTcpNoDelay(true);
        pipe(client, server, delayNanos);
        pipe(server, client, delayNanos);
      }
    }
  }

  /** Reads from one socket and writes to the other each chunk once its delay has passed. */
  private static void pipe(Socket from, Socket to, long delayNanos) {
    BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>(CHUNKS_IN_FLIGHT);
    Thread reader =
        new Thread(
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try {
                InputStream in = from.getInputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                  queue.put(new Chunk(System.nanoTime() + delayNanos, Arrays.copyOf(buffer, n)));
                }
              } catch (IOException | InterruptedException e) {
                // the connection ended
              }
              try {
                queue.put(new Chunk(System.nanoTime() + delayNanos, new byte[0]));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    Thread writer =
        new Thread(
            () -> {
              try {
                OutputStream out = to.getOutputStream();
                while (true) {
                  Chunk c = queue.take();
                  long wait = c.due() - System.nanoTime();
                  if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                  }
                  if (c.bytes().length == 0) {
                    to.shutdownOutput(); // the end of one direction, as it arrived
                    return;
                  }
                  out.write(c.bytes());
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                close(from);
                close(to);
                queue.clear(); // a reader waiting for room goes on, and meets the closed socket
              }
            });
    reader.setDaemon(true);
    writer.setDaemon(true);
    reader.start();
    writer.start();
  }

  private static void close(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already closed
    }
  }
}
