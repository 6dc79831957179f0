package org.mplp.conformance.steps;

import io.cucumber.java.After;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.io.IOException;
import java.time.Duration;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.mplp.conformance.driver.Account;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.Login;
import org.mplp.conformance.driver.LoginOutcome;
import org.mplp.conformance.driver.PasswordFailures;
import org.mplp.conformance.driver.RawWebSocket;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Texts;
import org.mplp.conformance.driver.Waits;
import org.mplp.conformance.driver.WireEvent;

/**
 * Devices whose connection the kit stops reading from, on its own WebSocket client with small
 * socket buffers: their frames pile up at the server, which must neither hold up other devices
 * (spec: Messages, REQ-MSG-017) nor read on without bound (spec: Limits, REQ-LIMIT-004).
 */
public final class SlowReaderSteps {
  /**
   * What the kit queues for a reader that stopped: four times the 4 MiB to which Linux lets a
   * socket's send buffer grow by default, so that the server's own buffers are full before the
   * other devices are judged.
   */
  static final long BACKLOG = 16L << 20;

  /**
   * The pings the kit writes without reading before it calls the server's reading unbounded: each
   * is answered by a frame at least as long, and the kernels of both ends hold a few MiB at most.
   */
  static final long FLOOD = 64L << 20;

  /** No byte taken for this long: the server has stopped reading. */
  static final Duration STALL = Duration.ofSeconds(5);

  /** The longest the kit floods a connection. */
  static final Duration LONGEST = Duration.ofSeconds(60);

  private final World world;
  private final Map<String, RawPeer> peers = new HashMap<>();
  private final AtomicLong written = new AtomicLong();
  private final AtomicReference<String> ended = new AtomicReference<>();
  private long pings;
  private boolean stalled;
  private Thread writer;

  public SlowReaderSteps(World world) {
    this.world = world;
  }

  @After
  public void closeSockets() {
    peers.values().forEach(p -> p.socket().close());
  }

  @Given("{device} is logged in on a connection the kit then stops reading from")
  public void stopsReading(Device device) {
    loggedIn(device).socket().stopReading();
  }

  /** Large messages, so that the megabytes pile up within the frame rate. */
  @When(
      "{device} and more devices of {account} send {device} messages of maxMessageBytes until 16"
          + " MiB wait for it")
  public void backlog(Device first, String account, Device recipient) {
    int size = world.limit("maxMessageBytes");
    int count = (int) ((BACKLOG + size - 1) / size);
    int pending = world.limit("maxPendingMessages");
    if (count >= pending) {
      throw Verdicts.notVerified(
          "16 MiB are "
              + count
              + " messages of maxMessageBytes "
              + size
              + ", more than maxPendingMessages "
              + pending
              + " lets wait for one device");
    }
    int senders = Senders.available(world, account, 4);
    double seconds = count / Senders.perSecond(world, senders);
    if (seconds > Waits.CEILING.toSeconds()) {
      throw Verdicts.notVerified(
          "16 MiB in messages of maxMessageBytes "
              + size
              + " at maxFramesPerSecond "
              + world.limit("maxFramesPerSecond")
              + " from "
              + senders
              + " devices take "
              + Math.round(seconds)
              + " s, beyond the kit's "
              + Waits.CEILING.toSeconds()
              + " s");
    }
    String body = "x".repeat(size);
    String frame =
        first.client().writer().write(Frames.send("s-999999", "s-999999", null, "x", body));
    if (Texts.utf8Length(frame) > world.limit("maxFrameBytes")) {
      throw Verdicts.notApplicable(
          "a send of maxMessageBytes does not fit maxFrameBytes " + world.limit("maxFrameBytes"));
    }
    List<Device> from = Senders.enlist(world, first, account, senders);
    String problem = Senders.sendAll(from, recipient.address(), count, n -> body);
    Expect.that(
        problem == null,
        world,
        "each of the "
            + count
            + " sends to "
            + recipient.the()
            + ", which reads nothing, to be answered with message-accepted at once",
        problem);
    world
        .transcript()
        .note("kit", count + " messages of " + size + " bytes sent to " + recipient.the());
  }

  /**
   * Pings with ids of 64 characters, so that each answer is at least as long as the ping; the kit
   * watches the bytes its socket takes, which stop when the server stops reading.
   */
  @When(
      "{device} sends pings as fast as it can until its writes stall or 64 MiB of them are"
          + " written")
  public void floods(Device device) throws InterruptedException {
    RawWebSocket socket = peer(device).socket();
    FrameWriter frames = peer(device).writer();
    socket.quiet();
    AtomicBoolean stop = new AtomicBoolean();
    writer =
        new Thread(
            () -> {
              try {
                for (long i = 0; !stop.get(); i++) {
                  socket.sendAtOnce(frames.write(Frames.ping(floodId(i))));
                  written.incrementAndGet();
                }
              } catch (IOException e) {
                ended.set(String.valueOf(e));
              }
            },
            "flood-" + socket.name());
    writer.setDaemon(true);
    long start = System.nanoTime();
    writer.start();
    long last = -1;
    long lastChange = start;
    while (true) {
      Thread.sleep(100);
      long bytes = socket.bytesWritten();
      long now = System.nanoTime();
      if (bytes >= FLOOD || !writer.isAlive() || now - start >= LONGEST.toNanos()) {
        break;
      }
      if (bytes != last) {
        last = bytes;
        lastChange = now;
      } else if (now - lastChange >= STALL.toNanos()) {
        stalled = true;
        break;
      }
    }
    stop.set(true);
    pings = written.get();
    world
        .transcript()
        .note(
            socket.name(),
            "-> "
                + pings
                + " pings, "
                + socket.bytesWritten() / 1024
                + " KiB, in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms without reading"
                + (stalled
                    ? "; then the socket took nothing for " + STALL.toSeconds() + " s"
                    : ""));
  }

  @Then("the server stopped reading from {device} before 64 MiB of pings were written")
  public void stoppedReading(Device device) {
    long bytes = peer(device).socket().bytesWritten();
    if (!stalled && ended.get() == null && bytes < FLOOD) {
      // Neither a stall nor 64 MiB within the kit's longest flood: a slow target, not a verdict.
      throw Verdicts.notVerified(
          "in "
              + LONGEST.toSeconds()
              + " s the kit wrote "
              + bytes / 1024
              + " KiB of pings, fewer than 64 MiB, and the server took each of them");
    }
    Expect.that(
        stalled,
        world,
        "the server to stop reading from "
            + device.the()
            + ", which read none of its answers, before the kit had written 64 MiB of pings",
        "the kit wrote "
            + pings
            + " pings ("
            + peer(device).socket().bytesWritten() / 1024
            + " KiB) and "
            + (ended.get() == null
                ? "the server read on"
                : "then the connection ended (" + ended.get() + ")"));
  }

  /** Every ping of the flood that the kit wrote, answered once the kit reads again. */
  @Then(
      "once {device} reads again each of its pings is answered, by a pong or by the error rate-limited")
  public void everyPingAnswered(Device device) throws InterruptedException {
    RawPeer peer = peer(device);
    peer.socket().resumeReading();
    // The ping the writer was held in goes out once the server reads again; then it stops.
    writer.join(world.waits().atOnce().toMillis());
    Expect.that(
        !writer.isAlive(),
        world,
        "the server to read from " + device.the() + " again once it reads its answers",
        "the kit's last ping was not taken within " + world.waits().atOnce().toSeconds() + " s");
    pings = written.get();
    long sent = pings;
    BitSet answered = new BitSet();
    while (answered.cardinality() < pings) {
      WireEvent event = peer.socket().next(world.waits().atOnce());
      if (!(event instanceof WireEvent.Frame f)) {
        throw Expect.failure(
            world,
            "an answer to each of the " + pings + " pings",
            answered.cardinality() + " arrived, then " + event.describe());
      }
      ReceivedFrame frame = f.frame();
      Receive.valid(frame);
      long n = floodNumber(frame.replyTo());
      if (n >= 0 && n < sent) {
        Expect.that(
            !answered.get((int) n),
            world,
            "one answer to each ping",
            "ping " + frame.replyTo() + " got a second");
        Expect.that(
            frame.is("pong") || frame.is("error") && "rate-limited".equals(frame.code()),
            world,
            "a pong or the error rate-limited for each ping",
            "ping " + frame.replyTo() + " got " + frame.describe());
        answered.set((int) n);
      }
    }
    world
        .transcript()
        .note(peer.socket().name(), "<- an answer to each of the " + pings + " pings");
  }

  /** The id of the flood's ping number {@code n}: 64 characters, the most an id may have. */
  private static String floodId(long n) {
    return String.format("%064d", n);
  }

  /** The number of the flood's ping an id names, or -1 for an id of another frame. */
  private static long floodNumber(String id) {
    if (id == null || id.length() != 64 || !id.chars().allMatch(Character::isDigit)) {
      return -1;
    }
    return Long.parseLong(id.substring(40));
  }

  private RawPeer peer(Device device) {
    RawPeer peer = peers.get(device.name().key());
    if (peer == null) {
      throw new IllegalStateException(device.the() + " has no connection the kit stops reading");
    }
    return peer;
  }

  /** A password login on the kit's own client, past the opening exchange (REQ-OPEN-001). */
  private RawPeer loggedIn(Device device) {
    PasswordFailures.awaitRoomToConnect();
    RawWebSocket socket =
        RawWebSocket.open(
            device.nextConnectionName(),
            world.run().target(),
            world.run().binding(),
            world.transcript(),
            world.run().timeout(),
            world.run().framesPerSecond());
    RawPeer peer =
        new RawPeer(
            socket,
            FrameWriter.forBinding(world.run().binding()),
            world.waits().atOnce(),
            device.name().idPrefix());
    peers.put(device.name().key(), peer);
    String id = peer.newId();
    WireEvent welcome = peer.exchange(id, Frames.hello(id, List.of("1.0")));
    Expect.that(
        welcome instanceof WireEvent.Frame f && f.frame().is("welcome"),
        "REQ-OPEN-001",
        "a welcome replying to " + id,
        welcome.describe());
    Account account = world.account(device.name().account());
    LoginOutcome outcome =
        Login.perform(
            peer, new Login.Request(account.name(), null, account.password(), device.terminal()));
    device.loggedIn(outcome);
    Sessions.requireRoom(world, device, outcome);
    Expect.that(
        outcome.succeeded(),
        Sessions.LOGIN_OK,
        device.the() + " to log in with the password",
        outcome.describe());
    return peer;
  }
}
