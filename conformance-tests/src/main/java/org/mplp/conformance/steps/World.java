package org.mplp.conformance.steps;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mplp.conformance.driver.Account;
import org.mplp.conformance.driver.Connection;
import org.mplp.conformance.driver.DiscoveryResponse;
import org.mplp.conformance.driver.FrameWriter;
import org.mplp.conformance.driver.RunSettings;
import org.mplp.conformance.driver.Transcript;
import org.mplp.conformance.driver.Upgrade;
import org.mplp.conformance.driver.Waits;

/** The state of one scenario, shared by its step classes (PicoContainer makes one per scenario). */
public final class World {
  private final RunSettings run = RunSettings.current();
  private final Transcript transcript = new Transcript();
  private final Map<String, Client> clients = new LinkedHashMap<>();
  private final List<Upgrade> upgrades = new ArrayList<>();
  private List<String> requirements = List.of();
  private final Map<String, Account> accounts = new LinkedHashMap<>();
  private final Map<String, Device> devices = new LinkedHashMap<>();
  private int accountsTaken;
  private Client current;
  private DiscoveryResponse discovery;
  private final Lockout lockout = new Lockout();

  void begin(Collection<String> tags) {
    requirements =
        tags.stream().filter(t -> t.startsWith("@REQ-")).map(t -> t.substring(1)).toList();
  }

  RunSettings run() {
    return run;
  }

  /** The times of the scenario's failed logins and its try after them. */
  Lockout lockout() {
    return lockout;
  }

  /** How long to wait for what the spec bounds. */
  Waits waits() {
    return run.waits();
  }

  Transcript transcript() {
    return transcript;
  }

  /** Whether the scenario checks that requirement. */
  boolean checks(String requirement) {
    return requirements.contains(requirement);
  }

  /** The requirement ids the scenario checks, for assertion messages. */
  List<String> requirements() {
    return requirements;
  }

  Upgrade upgrade(String clientName, List<String> offer) {
    return upgradeAt(run.target(), clientName, offer);
  }

  Upgrade upgradeAt(java.net.URI uri, String clientName, List<String> offer) {
    Upgrade upgrade =
        Connection.open(
            clientName,
            uri,
            offer,
            run.binding(),
            transcript,
            run.timeout(),
            run.framesPerSecond());
    synchronized (upgrades) {
      upgrades.add(upgrade); // a series of logins may open connections from several threads
    }
    return upgrade;
  }

  List<Upgrade> upgrades() {
    synchronized (upgrades) {
      return List.copyOf(upgrades);
    }
  }

  Client addClient(String name, Connection connection) {
    Client client =
        new Client(name, connection, FrameWriter.forBinding(run.binding()), run.waits());
    limitFramesBeforeLogin(client);
    clients.put(name, client);
    current = client;
    return client;
  }

  /** A connection of a device: not one of the clients that "it" can name. */
  Client deviceClient(String name, String idPrefix, Connection connection) {
    Client client =
        new Client(name, idPrefix, connection, FrameWriter.forBinding(run.binding()), run.waits());
    limitFramesBeforeLogin(client);
    return client;
  }

  /** A scenario about maxFramesBeforeLogin goes beyond it on purpose; no other does. */
  private void limitFramesBeforeLogin(Client client) {
    if (!checks("REQ-LOGIN-015")) {
      client.limitFramesBeforeLogin(run.limit("maxFramesBeforeLogin", 0));
    }
  }

  /** A limit the server advertised: in the welcome of the scenario's clients, else in discovery. */
  int limit(String name) {
    long limit = bigLimit(name);
    return limit > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) limit;
  }

  /** A limit that may exceed an int (bytes), as advertised; read as a long. */
  long bigLimit(String name) {
    List<Client> welcomed = new ArrayList<>(clients.values());
    devices.values().stream().filter(Device::connected).map(Device::client).forEach(welcomed::add);
    for (Client c : welcomed) {
      if (c.welcome() != null && c.welcome().body().path("limits").has(name)) {
        return c.welcome().body().path("limits").path(name).asLong();
      }
    }
    long limit = run.discovery().path("limits").path(name).asLong(-1);
    if (limit < 1) {
      throw new org.mplp.conformance.driver.DriverException(
          "The target advertises no " + name + ", which the scenario needs");
    }
    return limit;
  }

  /** The scenario's account with that letter; a fresh one from the run's source at first use. */
  Account account(String letter) {
    return accounts.computeIfAbsent(
        letter,
        l -> {
          accountsTaken++;
          return run.accounts().take();
        });
  }

  /** How many accounts the scenario took from the run's source (the runner checks its count). */
  int accountsTaken() {
    return accountsTaken;
  }

  void account(String letter, Account account) {
    accounts.put(letter, account);
  }

  /** The device a step names, created (not yet connected) when the scenario first names it. */
  Device device(DeviceName name) {
    return devices.computeIfAbsent(name.key(), k -> new Device(name));
  }

  Collection<Device> devices() {
    return devices.values();
  }

  /**
   * A text of a step with the scenario's account names put in: {@code <account>} (or {@code
   * <account A>}) is account A, {@code <account B>} account B.
   */
  String resolve(String text) {
    String resolved = text;
    if (resolved.contains("<account>") || resolved.contains("<account A>")) {
      String a = account("A").name();
      resolved = resolved.replace("<account>", a).replace("<account A>", a);
    }
    for (char letter = 'B'; letter <= 'Z' && resolved.contains("<account "); letter++) {
      String placeholder = "<account " + letter + ">";
      if (resolved.contains(placeholder)) {
        resolved = resolved.replace(placeholder, account(String.valueOf(letter)).name());
      }
    }
    return resolved;
  }

  /** The client a step names: "it" is the last one a step spoke of. */
  Client client(String phrase) {
    Client c =
        switch (phrase) {
          case "it" -> current;
          case "the first client" -> clients.get("first");
          case "the second client" -> clients.get("second");
          default -> throw new IllegalArgumentException("no client called " + phrase);
        };
    if (c == null) {
      throw new IllegalStateException("The scenario names " + phrase + " before connecting it");
    }
    current = c;
    return c;
  }

  Collection<Client> clients() {
    return clients.values();
  }

  DiscoveryResponse discovery() {
    return discovery;
  }

  void discovery(DiscoveryResponse response) {
    this.discovery = response;
  }

  void closeAll() {
    upgrades.stream().filter(Upgrade::accepted).forEach(u -> u.connection().close());
  }
}
