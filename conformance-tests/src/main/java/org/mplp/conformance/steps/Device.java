package org.mplp.conformance.steps;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.mplp.conformance.driver.Contact;
import org.mplp.conformance.driver.LoginOutcome;
import org.mplp.conformance.driver.ReceivedFrame;
import org.mplp.conformance.driver.Terminal;
import org.mplp.conformance.driver.WireEvent;

/**
 * One device of a scenario: its connections, what it was told at login, its credential, and the
 * frames it sent with what answered them.
 */
final class Device {
  private final DeviceName name;
  private final String label;
  private Client client;
  private Client earlier;
  private int connections;
  private LoginOutcome login;
  private final List<LoginOutcome> logins = new ArrayList<>();
  private String credential;
  private String address;
  private final List<Asked> asked = new ArrayList<>();
  private WireEvent closeAfterLogout;
  private boolean registered;

  Device(DeviceName name) {
    this.name = name;
    this.label = "Conformance " + name.key();
  }

  DeviceName name() {
    return name;
  }

  /** "the PC", for assertion messages. */
  String the() {
    return name.the();
  }

  String type() {
    return name.type();
  }

  /** The label the device logs in with. */
  String label() {
    return label;
  }

  Terminal terminal() {
    return Terminal.of(name.type(), label);
  }

  Client client() {
    if (client == null) {
      throw new IllegalStateException("The scenario uses " + the() + " before it connects");
    }
    return client;
  }

  boolean connected() {
    return client != null;
  }

  /** A new connection becomes the device's; the one before stays reachable as the earlier one. */
  void connectedOn(Client newClient) {
    earlier = client;
    client = newClient;
    connections++;
  }

  Client earlier() {
    if (earlier == null) {
      throw new IllegalStateException(the() + " has had only one connection");
    }
    return earlier;
  }

  /** A name for the device's next connection in transcripts: "PC", "PC#2"... */
  String nextConnectionName() {
    return name.connectionName() + (connections == 0 ? "" : "#" + (connections + 1));
  }

  void loggedIn(LoginOutcome outcome) {
    login = outcome;
    logins.add(outcome);
    if (outcome.succeeded()) {
      registered = true;
      address = Contact.of(outcome.frame().body().path("self")).address();
      if (outcome.frame().text("credential") != null) {
        credential = outcome.frame().text("credential");
      }
    }
  }

  /** The last login, or null before one. */
  LoginOutcome login() {
    return login;
  }

  List<LoginOutcome> logins() {
    return List.copyOf(logins);
  }

  /** The login-ok of the last login, or null when it did not succeed. */
  ReceivedFrame loginOk() {
    return login != null && login.succeeded() ? login.frame() : null;
  }

  /** The device's own contact object from its last successful login. */
  Contact self() {
    return Contact.of(login.frame().body().path("self"));
  }

  /** The address of the device's last successful login; null before one. */
  String address() {
    return address;
  }

  /** The credential of the password login that registered the device; null before one. */
  String credential() {
    return credential;
  }

  /** Sends the frame built with a fresh id on the device's connection and keeps its answer. */
  Asked ask(Function<String, ObjectNode> frameWithId) {
    Asked a = client().ask(frameWithId);
    asked.add(a);
    return a;
  }

  /** The frames of that type the device sent, oldest first. */
  List<Asked> asked(String type) {
    return asked.stream().filter(a -> a.type().equals(type)).toList();
  }

  /** The frame of that type the device sent last; the scenario must have had it send one. */
  Asked lastAsked(String type) {
    List<Asked> sent = asked(type);
    if (sent.isEmpty()) {
      throw new IllegalStateException(
          "The scenario checks the answer to a " + type + " that " + the() + " never sent");
    }
    return sent.get(sent.size() - 1);
  }

  /** The frame the device sent last, of any type. */
  Asked lastAsked() {
    if (asked.isEmpty()) {
      throw new IllegalStateException(
          "The scenario checks an answer " + the() + " never asked for");
    }
    return asked.get(asked.size() - 1);
  }

  /** Whether the device is registered, as far as the scenario made it so and removed it again. */
  boolean registered() {
    return registered;
  }

  /** The device was removed: by its own logout or by a revocation. */
  void removed() {
    registered = false;
  }

  WireEvent closeAfterLogout() {
    return closeAfterLogout;
  }

  void closedAfterLogout(WireEvent close) {
    closeAfterLogout = close;
  }
}
