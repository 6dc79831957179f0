package org.mplp.conformance.steps;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.mplp.conformance.driver.Frames;
import org.mplp.conformance.driver.WireEvent;

/**
 * Many messages to one device, from several devices of its account at once, each at the target's
 * frame rate: how the kit fills a recipient's queue or its connection in seconds (spec: Messages).
 */
final class Senders {
  /** The most devices that send at once. */
  static final int MOST = 32;

  /** The share of the frame rate the kit sends at (its pacer's). */
  static final double PACE = 0.8;

  private Senders() {}

  /**
   * How many devices could send: the first, and as many more as the account may register and the
   * kit's address may connect, at most {@code wanted}.
   */
  static int available(World world, String account, int wanted) {
    long registered =
        world.devices().stream()
            .filter(d -> d.registered() && d.name().account().equals(account))
            .count();
    int more = (int) Math.max(0, world.limit("maxDevicesPerAccount") - registered);
    int room = world.limit("maxConnectionsPerAddress") - (int) registered - 1;
    return Math.max(1, Math.min(Math.min(wanted, MOST), Math.min(1 + more, room)));
  }

  /** The messages {@code count} devices send in a second, at the kit's share of the rate. */
  static double perSecond(World world, int count) {
    return count * world.limit("maxFramesPerSecond") * PACE;
  }

  /**
   * {@code first} and {@code count - 1} new devices of the account, logged in a few at a time: one
   * after another, fifteen logins to a distant server take about as long as the sends they serve.
   */
  static List<Device> enlist(World world, Device first, String account, int count) {
    List<Device> more = new ArrayList<>();
    for (int i = 2; i <= count; i++) {
      more.add(world.device(new DeviceName("sender " + i, account, "PC")));
    }
    FewAtATime.run(
        more.size(),
        FewAtATime.atOnce(world),
        attempt -> {
          Device device = more.get(attempt - 1);
          Sessions.passwordLogin(world, device, device.terminal());
          return false;
        },
        () -> Integer.MAX_VALUE);
    more.forEach(device -> Sessions.requireLoggedIn(world, device));
    List<Device> senders = new ArrayList<>(List.of(first));
    senders.addAll(more);
    return senders;
  }

  /**
   * Sends {@code count} messages to {@code to}, shared out among the senders, which send at once;
   * the bodies by number. Null when each was accepted, else what answered the first that was not.
   */
  static String sendAll(List<Device> senders, String to, int count, IntFunction<String> body) {
    int each = count / senders.size();
    int extra = count % senders.size();
    ExecutorService pool = Executors.newFixedThreadPool(senders.size());
    try {
      List<Future<String>> outcomes = new ArrayList<>();
      int numbered = 0;
      for (int i = 0; i < senders.size(); i++) {
        int share = each + (i < extra ? 1 : 0);
        int from = numbered;
        numbered += share;
        Device sender = senders.get(i);
        outcomes.add(pool.submit(() -> send(sender, to, from, share, body)));
      }
      String problem = null;
      for (Future<String> outcome : outcomes) {
        String p = outcome.get();
        problem = problem == null ? p : problem;
      }
      return problem;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a sender failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Sends at the pace, then takes the answers. A send refused as rate-limited stored nothing
   * (CHOICE-MSG-02), so it goes again, with the same clientMessageId.
   */
  private static String send(
      Device sender, String to, int from, int count, IntFunction<String> body) {
    Client client = sender.client();
    List<String> ids = new ArrayList<>();
    for (int n = from; n < from + count; n++) {
      String id = client.newId();
      ids.add(id);
      client.sendQuietly(
          client.writer().write(Frames.send(id, id, null, to, body.apply(n))),
          "send " + id + " to " + to + " (message " + (n + 1) + ")");
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      WireEvent answer = client.inbox().answerTo(id, client.timeout());
      if (limited(answer, id)) {
        client.awaitPace();
        String again = client.newId();
        answer =
            client.exchange(
                again,
                client.writer().write(Frames.send(again, id, null, to, body.apply(from + i))));
        id = again;
      }
      if (!(answer instanceof WireEvent.Frame f
          && f.frame().is("message-accepted")
          && id.equals(f.frame().replyTo()))) {
        return "the send " + id + " of " + sender.the() + " got " + answer.describe();
      }
    }
    return null;
  }

  private static boolean limited(WireEvent answer, String id) {
    return answer instanceof WireEvent.Frame f
        && f.frame().is("error")
        && "rate-limited".equals(f.frame().code())
        && id.equals(f.frame().replyTo());
  }
}
