package org.mplp.conformance.client.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.mplp.conformance.client.ClientRunSettings;
import org.mplp.conformance.client.adapter.Action;
import org.mplp.conformance.client.adapter.ActionRun;
import org.mplp.conformance.client.adapter.ClientProcess;
import org.mplp.conformance.client.adapter.Placeholders;
import org.mplp.conformance.client.server.KitServer;
import org.mplp.conformance.client.server.KitTransfer;
import org.mplp.conformance.client.server.OtherDevice;
import org.mplp.conformance.client.server.Script;
import org.mplp.conformance.driver.Applicability;
import org.mplp.conformance.driver.DriverException;
import org.opentest4j.TestAbortedException;

/**
 * The state of one client scenario: the kit's server and its script, the client's folders, and the
 * actions run so far. The receive folder lies two folders deep in a box of the kit's, so that a
 * name that climbs out of it lands where the kit looks.
 */
public final class ClientWorld {
  static final String ACCOUNT = "235683";
  private static final AtomicInteger SCENARIOS = new AtomicInteger();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ClientRunSettings run = ClientRunSettings.current();
  private final Script script = new Script(ACCOUNT, password());
  private final List<ActionRun> actions = new ArrayList<>();
  private final Path folder;
  private final Path box;
  private final Path receiveDir;
  private final Path outside;
  private final Map<String, Path> outbox = new LinkedHashMap<>();
  private List<String> requirements = List.of();
  private KitServer server;
  private FolderSnapshot before;
  private KitTransfer lastOffer;

  public ClientWorld() throws IOException {
    folder =
        run.workDir()
            .resolve(run.binding().wireName() + "-" + SCENARIOS.incrementAndGet())
            .toAbsolutePath();
    box = folder.resolve("box");
    receiveDir = box.resolve("one").resolve("two").resolve("received");
    outside = box.resolve("outside");
    Files.createDirectories(receiveDir);
    Files.createDirectories(outside);
    Files.createDirectories(folder.resolve("state"));
    script.others(List.of(OtherDevice.of(ACCOUNT + "-PC-1")));
  }

  void begin(List<String> requirementIds) throws InterruptedException, IOException {
    requirements = List.copyOf(requirementIds);
    server = KitServer.start(script, run.binding());
    before = FolderSnapshot.of(box, receiveDir);
  }

  ClientRunSettings run() {
    return run;
  }

  Script script() {
    return script;
  }

  KitServer server() {
    return server;
  }

  List<String> requirements() {
    return requirements;
  }

  Path receiveDir() {
    return receiveDir;
  }

  Path outside() {
    return outside;
  }

  Path box() {
    return box;
  }

  FolderSnapshot before() {
    return before;
  }

  List<ActionRun> actions() {
    return List.copyOf(actions);
  }

  Optional<ActionRun> lastAction() {
    return actions.isEmpty() ? Optional.empty() : Optional.of(actions.get(actions.size() - 1));
  }

  KitTransfer lastOffer() {
    if (lastOffer == null) {
      throw new IllegalStateException("the scenario names an offer before making one");
    }
    return lastOffer;
  }

  void lastOffer(KitTransfer transfer) {
    lastOffer = transfer;
  }

  /** A file the client offers: made in the scenario's folder, outside the box. */
  Path outboxFile(String name, byte[] bytes) throws IOException {
    Path file = folder.resolve("outbox").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    outbox.put(name, file);
    return file;
  }

  Path outboxFile(String name) {
    Path file = outbox.get(name);
    if (file == null) {
      throw new IllegalStateException("the scenario has not made the file " + name);
    }
    return file;
  }

  /**
   * Runs an action of the client with its values, waits for its end, then for the connections it
   * opened to end; not applicable when the adapter lacks the action.
   */
  ActionRun act(Action action, Map<String, String> values) {
    List<String> command =
        run.adapter()
            .command(action)
            .orElseThrow(
                () ->
                    new TestAbortedException(
                        Applicability.PREFIX
                            + "the adapter of "
                            + run.adapter().client()
                            + " has no \""
                            + action.wireName()
                            + "\" action"));
    Map<String, String> all = new LinkedHashMap<>(common());
    all.putAll(values);
    try {
      List<String> resolved =
          new Placeholders(all, run.adapter().variables(), System::getenv).resolve(command);
      ActionRun done =
          ClientProcess.run(action, resolved, folder.resolve("logs"), run.actionLimit());
      actions.add(done);
      settle();
      return done;
    } catch (Placeholders.Undefined e) {
      throw new DriverException(
          "the adapter's " + action.wireName() + " action: " + e.getMessage());
    } catch (IOException e) {
      throw new DriverException(
          "could not start the " + action.wireName() + " action of the client: " + e.getMessage(),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DriverException("interrupted while the client ran " + action.wireName(), e);
    }
  }

  private Map<String, String> common() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("server", server.controlUri().toString());
    values.put("httpBase", server.httpBase().toString());
    values.put("binding", run.binding().wireName());
    values.put("account", script.account());
    values.put("password", script.password());
    values.put("stateDir", folder.resolve("state").toString());
    values.put("receiveDir", receiveDir.toString());
    values.put("java", Path.of(System.getProperty("java.home"), "bin", "java").toString());
    values.put("kitClassPath", System.getProperty("java.class.path"));
    values.put("seconds", String.valueOf(run.actionWait().toSeconds()));
    return values;
  }

  /**
   * The client's process has ended, so its connections end too; the kit's server may still be
   * reading their last frames. Waits, within a bound, until it has seen every one end.
   */
  private void settle() throws InterruptedException {
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (System.nanoTime() < deadline
        && server.recording().connections().stream().anyMatch(c -> c.endedAt() == null)) {
      Thread.sleep(20);
    }
  }

  String transcript() {
    StringBuilder s = new StringBuilder();
    actions.forEach(a -> s.append(a.describe()).append('\n'));
    if (server != null) {
      s.append(server.recording().render());
    }
    return s.toString();
  }

  void close() {
    if (server != null) {
      server.close();
    }
  }

  private static String password() {
    byte[] bytes = new byte[12];
    RANDOM.nextBytes(bytes);
    return "kit-" + HexFormat.of().formatHex(bytes);
  }
}
