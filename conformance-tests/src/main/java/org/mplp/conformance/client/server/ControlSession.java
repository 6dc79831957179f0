package org.mplp.conformance.client.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.driver.ReceivedFrame;

/**
 * One connection of the client, as the kit's server answers it: the opening exchange, the login
 * (SCRAM), and the frames of a session, each answered as a server would, or as the scenario's
 * script says a faulty server does.
 */
final class ControlSession {
  private final Script script;
  private final Outbound out;
  private final ConnectionLog log;
  private ScramServer scram;
  private String loginId;
  private String device;
  private boolean passwordLogin;
  private String terminalType = "PC";
  private String label = "PC";
  private String self;

  ControlSession(Script script, Outbound out, ConnectionLog log) {
    this.script = script;
    this.out = out;
    this.log = log;
  }

  void onFrame(ReceivedFrame frame) {
    if (frame.type() == null) {
      out.send(ServerFrames.error(null, "malformed-frame", false, "not a frame of this binding"));
      return;
    }
    JsonNode body = frame.body();
    String id = body.path("id").asText(null);
    switch (frame.type()) {
      case "hello" -> out.send(Welcome.answer(id));
      case "ping" -> out.send(ServerFrames.frame("pong", id));
      case "login" -> login(id, body);
      case "login-proof" -> proof(id, body.path("clientFinal").asText(""));
      default -> {
        if (self == null) {
          out.send(ServerFrames.error(id, "login-required", false, "log in first"));
        } else {
          session(frame.type(), id, body);
        }
      }
    }
  }

  private void login(String id, JsonNode body) {
    loginId = id;
    device = body.path("device").asText(null);
    passwordLogin = device == null;
    terminalType = body.path("terminal").path("type").asText("PC");
    label = body.path("terminal").path("label").asText(terminalType);
    String secret = passwordLogin ? script.password : script.credentials.get(device);
    scram = ScramServer.start(body.path("clientFirst").asText(""), secret);
    if (scram == null) {
      out.send(ServerFrames.error(id, "bad-credential", false, "the SCRAM message does not parse"));
      return;
    }
    out.send(ServerFrames.frame("login-challenge", id).put("serverFirst", scram.serverFirst()));
  }

  private void proof(String id, String clientFinal) {
    String serverFinal = null;
    String expectedUser = passwordLogin ? script.account : device;
    try {
      if (scram != null && scram.username().equals(expectedUser)) {
        serverFinal = scram.finish(clientFinal, script.wrongSignature);
      }
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    if (script.refuseProofs != null) {
      out.send(ServerFrames.error(id, script.refuseProofs, false, "the kit refuses this login"));
      return;
    }
    if (serverFinal == null) {
      out.send(ServerFrames.error(id, "bad-credential", false, "the proof does not match"));
      return;
    }
    ObjectNode ok = ServerFrames.frame("login-ok", id).put("serverFinal", serverFinal);
    if (passwordLogin) {
      self = register();
      ok.put("credential", script.credentials.get(self));
    } else {
      self = device;
    }
    ok.set("self", ServerFrames.device(self, self.split("-")[1], label, true, false));
    ok.put("multiPoint", script.others.stream().anyMatch(OtherDevice::online));
    ok.set("devices", ServerFrames.devices(script.others));
    log.loginOk(script.wrongSignature);
    out.send(ok);
    if (!script.wrongSignature) {
      afterLogin();
    }
  }

  /** A new device of the client: the smallest ordinal of its type that no device holds. */
  private String register() {
    List<String> taken = new ArrayList<>(script.credentials.keySet());
    script.others.forEach(d -> taken.add(d.address()));
    String prefix = script.account + "-" + terminalType + "-";
    int n = 1;
    while (taken.contains(prefix + n)) {
      n++;
    }
    script.credentials.put(prefix + n, Tokens.random());
    return prefix + n;
  }

  /** What a login brings, unless the script ends the session here. */
  private void afterLogin() {
    Script.SessionEnd end = script.nextSession;
    script.nextSession = Script.SessionEnd.NONE;
    if (end == Script.SessionEnd.REPLACED) {
      out.send(ServerFrames.error(null, "session-replaced", true, "this device logged in again"));
      out.close(4409, "session-replaced");
      return;
    }
    if (end == Script.SessionEnd.GOING_AWAY) {
      script.refusing = script.refuseAfterDrop;
      out.close(1001, "going away");
      return;
    }
    String[] settings = script.pushedSettings;
    if (settings != null) {
      out.send(ServerFrames.settings(self, label, settings[0], settings[1]));
    }
    for (KitTransfer t : script.transfers) {
      if (t.to == null) {
        t.to = self;
      }
      if (t.to.equals(self) && t.open()) {
        out.send(ServerFrames.transfer(t, null, true));
      }
    }
    script.held.forEach(m -> out.send(ServerFrames.message(m, self)));
    script.rightAfter.forEach(m -> out.send(ServerFrames.message(m, self)));
    script.rightAfter.clear();
  }

  private void session(String type, String id, JsonNode body) {
    switch (type) {
      case "message-ack" -> ack(id, body);
      case "send" -> send(id, body);
      case "list-devices" -> {
        ObjectNode list = ServerFrames.frame("device-list", id);
        list.put("multiPoint", script.others.stream().anyMatch(OtherDevice::online));
        list.set("devices", ServerFrames.devices(script.others));
        out.send(list);
      }
      case "get-settings" -> {
        String[] s = script.pushedSettings;
        ObjectNode settings =
            ServerFrames.settings(
                self, label, s == null ? "direct" : s[0], s == null ? "direct" : s[1]);
        settings.put("replyTo", id);
        out.send(settings);
      }
      case "offer" -> offer(id, body);
      case "accept-offer" -> answerOffer(id, body, true);
      case "reject-offer" -> answerOffer(id, body, false);
      case "file-result" -> fileResult(id, body);
      case "cancel-transfer" -> cancel(id, body);
      case "logout" -> {
        out.send(ServerFrames.frame("ok", id));
        out.close(1000, "logout");
      }
      default -> out.send(ServerFrames.frame("ok", id));
    }
  }

  private void ack(String id, JsonNode body) {
    if (!script.loseAcks) {
      List<String> acked = new ArrayList<>();
      body.path("messageIds").forEach(m -> acked.add(m.asText()));
      script.held.removeIf(m -> acked.contains(m.messageId()));
    }
    out.send(ServerFrames.frame("ok", id));
  }

  private void send(String id, JsonNode body) {
    if (script.dropOnFirstSend) {
      script.dropOnFirstSend = false;
      out.drop();
      return;
    }
    ObjectNode accepted =
        ServerFrames.frame("message-accepted", id)
            .put("clientMessageId", body.path("clientMessageId").asText())
            .put("sentAt", ServerFrames.now());
    String to = body.path("to").asText();
    var recipients = accepted.putArray("recipients");
    for (OtherDevice d : script.others) {
      if (to.equals("*") || to.equals(d.address())) {
        recipients.addObject().put("to", d.address()).put("messageId", script.newMessageId());
      }
    }
    if (recipients.isEmpty() && !to.equals("*")) {
      out.send(ServerFrames.error(id, "unknown-device", false, "no such device: " + to));
      return;
    }
    out.send(accepted);
  }

  /** The kit's PC takes no offer: it declines each, which ends the sender's transfer. */
  private void offer(String id, JsonNode body) {
    KitTransfer t =
        new KitTransfer(
            script.newTransferId(),
            self,
            body.path("to").asText(),
            body.path("permission").asText("ask"),
            "rejected",
            List.of());
    t.reason = "declined";
    ObjectNode answer = ServerFrames.transfer(t, id, false);
    var list = answer.putArray("files");
    int i = 0;
    for (JsonNode f : body.path("files")) {
      ObjectNode o = list.addObject().put("index", i++).put("name", f.path("name").asText());
      if (f.has("path")) {
        o.set("path", f.get("path"));
      }
      o.set("size", f.path("size"));
      o.set("sha256", f.path("sha256"));
      o.set("mediaType", f.path("mediaType"));
      o.put("state", "declined");
    }
    out.send(answer);
  }

  private void answerOffer(String id, JsonNode body, boolean accept) {
    KitTransfer t = find(body.path("transferId").asText());
    if (t == null) {
      out.send(ServerFrames.error(id, "unknown-transfer", false, "no such transfer"));
      return;
    }
    if (!t.state.equals("offered")) {
      out.send(ServerFrames.error(id, "wrong-transfer-state", false, "not offered"));
      return;
    }
    if (accept || script.acceptOnReject) {
      List<Integer> wanted = new ArrayList<>();
      body.path("files").forEach(n -> wanted.add(n.asInt()));
      for (KitFile f : t.files) {
        if (wanted.isEmpty() || wanted.contains(f.index)) {
          Script.accept(f);
        } else {
          f.state = "declined";
        }
      }
      t.state = "accepted";
    } else {
      t.state = "rejected";
      t.reason = "declined";
      t.files.forEach(f -> f.state = "declined");
    }
    out.send(ServerFrames.transfer(t, id, true));
  }

  private void fileResult(String id, JsonNode body) {
    KitTransfer t = find(body.path("transferId").asText());
    int index = body.path("index").asInt(-1);
    if (t == null || index < 0 || index >= t.files.size()) {
      out.send(ServerFrames.error(id, "unknown-transfer", false, "no such transfer or file"));
      return;
    }
    KitFile f = t.files.get(index);
    String result = body.path("result").asText();
    f.state = result.equals("received") ? "received" : "failed";
    f.failure = result.equals("received") ? null : result;
    t.settleIfDone();
    out.send(ServerFrames.transfer(t, id, false));
    boolean allReported =
        script.transfers.stream()
            .flatMap(x -> x.files.stream())
            .noneMatch(x -> x.state.equals("accepted"));
    if (allReported) {
      script.afterResults.forEach(m -> out.send(ServerFrames.message(m, self)));
      script.afterResults.clear();
    }
  }

  private void cancel(String id, JsonNode body) {
    KitTransfer t = find(body.path("transferId").asText());
    if (t == null) {
      out.send(ServerFrames.error(id, "unknown-transfer", false, "no such transfer"));
      return;
    }
    t.state = "cancelled";
    t.reason = "cancelled";
    ObjectNode frame = ServerFrames.transfer(t, id, false).put("by", self);
    out.send(frame);
  }

  private KitTransfer find(String transferId) {
    return script.transfers.stream()
        .filter(t -> t.id.equals(transferId) && self.equals(t.to))
        .findFirst()
        .orElse(null);
  }
}
