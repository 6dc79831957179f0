package org.mplp.conformance.client.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * How the kit's server behaves in one scenario, as its Given steps set it up, and the state it
 * keeps meanwhile (the client's devices, messages, transfers). Steps write it before an action; the
 * server's event loop reads and changes it while the action runs.
 */
public final class Script {
  /** What happens to the next session right after its login-ok. */
  public enum SessionEnd {
    NONE,
    /** Closed with 1001, as a server that is going down closes it. */
    GOING_AWAY,
    REPLACED
  }

  /** A message the kit holds for the client: delivered after each login until acknowledged. */
  public record HeldMessage(String messageId, String from, String body, long seq) {}

  final String account;
  final String password;
  final List<OtherDevice> others = new CopyOnWriteArrayList<>();

  /** The client's devices by address, each with its credential. */
  final Map<String, String> credentials = new ConcurrentHashMap<>();

  volatile boolean wrongSignature;
  volatile String refuseProofs;
  volatile SessionEnd nextSession = SessionEnd.NONE;
  volatile int refuseAfterDrop;
  volatile int refusing;
  volatile boolean dropOnFirstSend;
  volatile boolean loseAcks;
  volatile boolean wrongBytes;
  volatile long cutAfter;
  volatile boolean acceptOnReject;
  volatile String[] pushedSettings;

  final List<HeldMessage> held = new CopyOnWriteArrayList<>();
  final List<HeldMessage> rightAfter = new CopyOnWriteArrayList<>();
  final List<HeldMessage> afterResults = new CopyOnWriteArrayList<>();
  final List<KitTransfer> transfers = new CopyOnWriteArrayList<>();
  private long nextSeq = 1;
  private int nextId = 1;

  public Script(String account, String password) {
    this.account = account;
    this.password = password;
  }

  public String account() {
    return account;
  }

  public String password() {
    return password;
  }

  public void others(List<OtherDevice> devices) {
    others.clear();
    others.addAll(devices);
  }

  public List<OtherDevice> others() {
    return List.copyOf(others);
  }

  /** The address of the account's first other device, which plays the sender. */
  public String peer() {
    return others.get(0).address();
  }

  /** The addresses the kit gave the client's devices, in order of registration. */
  public List<String> clientDevices() {
    return new ArrayList<>(credentials.keySet());
  }

  public String credentialOf(String address) {
    return credentials.get(address);
  }

  public void wrongSignature() {
    wrongSignature = true;
  }

  public void refuseProofs(String code) {
    refuseProofs = code;
  }

  public void nextSession(SessionEnd end, int refuseAttempts) {
    nextSession = end;
    refuseAfterDrop = refuseAttempts;
  }

  public void dropOnFirstSend() {
    dropOnFirstSend = true;
  }

  public void loseAcks() {
    loseAcks = true;
  }

  public void wrongBytes() {
    wrongBytes = true;
  }

  public void cutAfter(long bytes) {
    cutAfter = bytes;
  }

  public long cutAfterBytes() {
    return cutAfter;
  }

  public void acceptOnReject() {
    acceptOnReject = true;
  }

  public void pushSettings(String receive, String transfers) {
    pushedSettings = new String[] {receive, transfers};
  }

  public synchronized HeldMessage hold(String from, String body) {
    HeldMessage m = new HeldMessage("m-kit-" + nextId++, from, body, nextSeq++);
    held.add(m);
    return m;
  }

  /** A message sent once, right after what a login brings. */
  public synchronized void sendRightAfter(String from, String body) {
    rightAfter.add(new HeldMessage("m-kit-" + nextId++, from, body, nextSeq++));
  }

  /** A message sent once, when the client has reported a result for every file it was sent. */
  public synchronized void sendAfterResults(String from, String body) {
    afterResults.add(new HeldMessage("m-kit-" + nextId++, from, body, nextSeq++));
  }

  /** A transfer from {@code from} to the client: offered, or accepted at once when direct. */
  public synchronized KitTransfer offer(
      String from, String permission, List<KitFile> files, boolean accepted) {
    KitTransfer t =
        new KitTransfer(
            "t-kit-" + nextId++, from, null, permission, accepted ? "accepted" : "offered", files);
    if (accepted) {
      files.forEach(f -> accept(f));
    }
    transfers.add(t);
    return t;
  }

  public synchronized KitFile file(String name, String path, byte[] bytes) {
    return new KitFile(0, name, path, bytes);
  }

  synchronized String newTransferId() {
    return "t-kit-" + nextId++;
  }

  synchronized String newMessageId() {
    return "m-kit-" + nextId++;
  }

  static void accept(KitFile file) {
    file.state = "accepted";
    file.token = Tokens.random();
  }

  public List<KitTransfer> transfers() {
    return List.copyOf(transfers);
  }

  public List<HeldMessage> held() {
    return List.copyOf(held);
  }
}
