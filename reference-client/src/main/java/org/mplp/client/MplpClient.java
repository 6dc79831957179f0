package org.mplp.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import org.mplp.client.contacts.ContactList;
import org.mplp.client.login.LoginFailedException;
import org.mplp.client.login.ScramClientExchange;
import org.mplp.client.state.DeviceIdentity;
import org.mplp.client.state.DeviceStateDir;
import org.mplp.client.state.ShownMessages;
import org.mplp.client.transfers.TransferJournal;
import org.mplp.client.transfers.TransferSession;
import org.mplp.client.transfers.Transfers;
import org.mplp.client.wire.ConnectionListener;
import org.mplp.client.wire.TrustedCertificates;
import org.mplp.client.wire.WireConnection;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.model.Delivered;
import org.mplp.spec.model.Device;
import org.mplp.spec.model.DeviceEvent;
import org.mplp.spec.model.DeviceList;
import org.mplp.spec.model.ErrorCode;
import org.mplp.spec.model.ErrorFrame;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.GetSettings;
import org.mplp.spec.model.Hello;
import org.mplp.spec.model.ListDevices;
import org.mplp.spec.model.Login;
import org.mplp.spec.model.LoginChallenge;
import org.mplp.spec.model.LoginOk;
import org.mplp.spec.model.LoginProof;
import org.mplp.spec.model.Logout;
import org.mplp.spec.model.MakePrimary;
import org.mplp.spec.model.Message;
import org.mplp.spec.model.MessageAccepted;
import org.mplp.spec.model.Ok;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.Ping;
import org.mplp.spec.model.Policy;
import org.mplp.spec.model.Pong;
import org.mplp.spec.model.ProtocolVersions;
import org.mplp.spec.model.RenameDevice;
import org.mplp.spec.model.RevokeDevice;
import org.mplp.spec.model.ServerFrame;
import org.mplp.spec.model.SetPolicy;
import org.mplp.spec.model.SetReceive;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Terminal;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferProgress;
import org.mplp.spec.model.Undeliverable;
import org.mplp.spec.model.Welcome;

/**
 * One device's client: opens the control channel, logs in, keeps the contact list, sends and
 * receives messages, and after a lost connection reconnects with backoff, logs in again with the
 * device credential and sends again what the server had not accepted.
 *
 * <p>All session state changes on one event thread, in the order frames arrive; the blocking calls
 * ({@link #register}, {@link #resume}, {@link #logout}) run on the caller's thread and wait for it.
 */
public final class MplpClient implements AutoCloseable {
  /** The close a client sends a server whose SCRAM signature does not verify (REQ-LOGIN-103). */
  static final int CLOSE_POLICY = 1008;

  static final String BAD_SERVER_SIGNATURE = "bad-server-signature";

  private final ClientConfig config;
  private final ClientListener listener;
  private final DeviceStateDir state;
  private final ShownMessages shown;
  private final ShownMessages shownReceipts;
  private final SSLContext tls;
  private final ScheduledExecutorService events = daemonScheduler("mplp-client-events");
  private final ExecutorService reconnector = daemonScheduler("mplp-client-reconnect");
  private final Requests requests = new Requests();
  private final Map<String, Consumer<Frame>> extraHandlers = new ConcurrentHashMap<>();
  private final Incoming incoming = new Incoming();
  private final ContactList contacts = new ContactList();
  private final Messaging messaging;
  private final Transfers transfers;

  // Owned by the event thread.
  private String fatalCode;
  private ScheduledFuture<?> keepAlive;
  private boolean pingUnanswered;
  private PendingLogin pendingLogin;

  private volatile Channel currentChannel;
  private volatile WireConnection connection;
  private volatile boolean ready;
  private volatile boolean closing;
  private final AtomicBoolean closed = new AtomicBoolean();
  private volatile Welcome welcome;
  private volatile Device self;
  private volatile DeviceIdentity identity;
  private volatile URI controlUri;
  private volatile Settings settings;

  /** The login in progress: what login-ok is checked against and what it registers. */
  private record PendingLogin(
      ScramClientExchange scram, URI server, Binding binding, String account) {}

  private MplpClient(ClientConfig config, ClientListener listener) throws IOException {
    this.config = config;
    this.listener = listener;
    this.state = new DeviceStateDir(config.stateDir());
    this.identity = state.identity().orElse(null);
    // A CA file given now wins; otherwise the one the device registered with, if any.
    Path caFile =
        config.caFile() != null ? config.caFile() : identity == null ? null : identity.caFile();
    this.tls = caFile != null ? TrustedCertificates.sslContextTrusting(caFile) : null;
    this.shown = state.shownMessages();
    this.shownReceipts = state.shownReceipts();
    this.messaging =
        new Messaging(
            new Messaging.Session() {
              @Override
              public boolean ready() {
                return ready;
              }

              @Override
              public String nextId() {
                return MplpClient.this.nextId();
              }

              @Override
              public CompletableFuture<Frame> request(String id, Frame frame) {
                return MplpClient.this.request(id, frame);
              }
            },
            events,
            shown,
            shownReceipts,
            listener);
    this.transfers =
        new Transfers(new Session(), events, listener, TransferJournal.in(config.stateDir()));
  }

  /** What the transfer manager uses of this client. */
  private final class Session implements TransferSession {
    @Override
    public String selfAddress() {
      Device me = self;
      return me == null ? null : me.address();
    }

    @Override
    public String nextId() {
      return MplpClient.this.nextId();
    }

    @Override
    public CompletableFuture<Frame> request(String id, Frame frame) {
      return MplpClient.this.request(id, frame);
    }

    @Override
    public URI httpOrigin() {
      URI control = controlUri;
      String scheme = "wss".equals(control.getScheme()) ? "https" : "http";
      return URI.create(scheme + "://" + control.getRawAuthority());
    }

    @Override
    public HttpClient http() {
      return httpClient();
    }
  }

  /**
   * A client for the device of {@code config.stateDir()}; nothing is connected yet.
   *
   * @throws IOException when the state directory or the CA file cannot be read
   */
  public static MplpClient create(ClientConfig config, ClientListener listener) throws IOException {
    return new MplpClient(config, listener);
  }

  /** The identity in the state directory: empty until a password login registered the device. */
  public Optional<DeviceIdentity> identity() {
    return Optional.ofNullable(identity);
  }

  /** Registers this device with a password login (S21 to S24) and saves its credential. */
  public LoginOk register(String account, char[] password)
      throws IOException, ServerRefusedException, LoginFailedException {
    if (identity != null) {
      throw new IllegalStateException(
          "this state directory already holds device " + identity.address());
    }
    URI server = config.server() != null ? config.server() : ClientConfig.DEFAULT_SERVER;
    Binding binding = config.binding() != null ? config.binding() : Binding.JSON;
    Terminal terminal =
        new Terminal(
            config.terminalType(),
            ClientVersion.NAME,
            ClientVersion.VERSION,
            config.label() != null ? config.label() : config.terminalType() + " device");
    return openSession(server, binding, account, null, account, password, terminal);
  }

  /** Logs the registered device in again with its credential: same device, same address. */
  public LoginOk resume() throws IOException, ServerRefusedException, LoginFailedException {
    DeviceIdentity id = identity;
    if (id == null) {
      throw new IllegalStateException(
          "no device registered in " + state.path() + ": log in with account and password first");
    }
    URI server = config.server() != null ? config.server() : id.server();
    Binding binding = config.binding() != null ? config.binding() : id.binding();
    String type = id.address().split("-")[1];
    // The server keeps the registered type and label; the schema asks for both all the same.
    Terminal terminal =
        new Terminal(
            type,
            ClientVersion.NAME,
            ClientVersion.VERSION,
            config.label() != null ? config.label() : type + " device");
    return openSession(
        server,
        binding,
        id.account(),
        id.address(),
        id.address(),
        id.credential().toCharArray(),
        terminal);
  }

  private LoginOk openSession(
      URI server,
      Binding binding,
      String account,
      String device,
      String username,
      char[] secret,
      Terminal terminal)
      throws IOException, ServerRefusedException, LoginFailedException {
    Channel channel = new Channel();
    WireConnection opened =
        WireConnection.open(httpClient(), server, binding, channel, config.timeout());
    onEvents(
        () -> {
          currentChannel = channel;
          connection = opened;
          fatalCode = null;
        });
    if (channel.ended) {
      // Closed before the hand-over: its end was ignored as a stale connection's.
      opened.abort();
      throw new ConnectionLostException("the connection closed as it opened");
    }
    try {
      String helloId = nextId();
      Welcome welcomed =
          (Welcome) await(request(helloId, new Hello(helloId, ProtocolVersions.SPOKEN)));
      welcome = welcomed;
      opened.applyLimits(welcomed.limits().maxFrameBytes(), welcomed.limits().maxFramesPerSecond());
      ScramClientExchange scram = ScramClientExchange.start(username, secret);
      String loginId = nextId();
      LoginChallenge challenge =
          (LoginChallenge)
              await(
                  request(
                      loginId,
                      new Login(
                          loginId,
                          account,
                          device,
                          Login.SCRAM_SHA_256,
                          scram.clientFirst(),
                          terminal)));
      String proof = scram.clientFinal(challenge.serverFirst());
      onEvents(() -> pendingLogin = new PendingLogin(scram, server, binding, account));
      String proofId = nextId();
      return (LoginOk) await(request(proofId, new LoginProof(proofId, proof)));
    } catch (IOException | ServerRefusedException | LoginFailedException | RuntimeException e) {
      opened.abort();
      throw e;
    }
  }

  /**
   * A client of its own for each connection: a JDK HttpClient whose selector thread has failed
   * would otherwise fail every later attempt to reconnect.
   */
  private HttpClient httpClient() {
    HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(config.timeout());
    if (tls != null) {
      http.sslContext(tls);
    }
    return http.build();
  }

  /** Runs on the event thread and waits for it: the hand-over of a new connection. */
  private void onEvents(Runnable task) throws IOException {
    try {
      events.submit(task).get();
    } catch (ExecutionException e) {
      throw new IOException("the client's event thread failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** This device as the server last described it; null before the first login. */
  public Device self() {
    return self;
  }

  /** The server's welcome on the current or last connection: its limits in particular. */
  public Welcome welcome() {
    return welcome;
  }

  public ContactList contacts() {
    return contacts;
  }

  /** Whether a session is logged in on an open connection now. */
  public boolean ready() {
    return ready;
  }

  /**
   * Sends a message; it is sent again after a reconnect until the server accepts it. Completes when
   * the server has stored it (message-accepted), or fails with {@link ServerRefusedException}.
   */
  public CompletableFuture<MessageAccepted> send(String to, String mediaType, String body) {
    Welcome known = welcome;
    return messaging.send(
        to, mediaType, body, known == null ? Integer.MAX_VALUE : known.limits().maxMessageBytes());
  }

  /** Completes once every send given so far has been accepted or refused. */
  public CompletableFuture<Void> allSendsSettled() {
    return messaging.allSendsSettled();
  }

  /**
   * Waits until every send given so far is accepted or refused and every message shown is
   * acknowledged: what a one-shot command does before it closes. It gives up when a whole timeout
   * passes with no send answered, not after one timeout in all: sends go out one at a time (see
   * {@link org.mplp.client.messages.Outbox}), so a long outbox takes as long as it takes.
   */
  public void settle() {
    CompletableFuture<Void> settled =
        CompletableFuture.allOf(messaging.allSendsSettled(), messaging.allAcknowledged());
    long answeredBefore = -1;
    try {
      while (messaging.sendsAnswered() != answeredBefore) {
        answeredBefore = messaging.sendsAnswered();
        try {
          settled.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
          return;
        } catch (TimeoutException e) {
          // still busy: wait on while the server keeps answering
        }
      }
    } catch (ExecutionException e) {
      // what is not settled now is sent again, or delivered again, at the next login
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** How long this client waits for each answer of the server. */
  public Duration answerTimeout() {
    return config.timeout();
  }

  /** Asks for the contact list afresh (S12); the answer also replaces {@link #contacts()}. */
  public CompletableFuture<DeviceList> listDevices() {
    String id = nextId();
    return request(id, new ListDevices(id)).thenApply(DeviceList.class::cast);
  }

  /** Offers, answers and the bytes of transfers (S51 to S54, S61 to S63). */
  public Transfers transfers() {
    return transfers;
  }

  /** This device's settings as the server last sent them; null until asked or pushed. */
  public Settings settings() {
    return settings;
  }

  /** Asks for this device's role, own receive setting and policy (REQ-PERM-007). */
  public CompletableFuture<Settings> getSettings() {
    String id = nextId();
    return request(id, new GetSettings(id)).thenApply(Settings.class::cast);
  }

  /** Sets how this device itself takes offers: reject, ask or direct (REQ-PERM-006). */
  public CompletableFuture<Settings> setReceive(Permission receive) {
    String id = nextId();
    return request(id, new SetReceive(id, receive)).thenApply(Settings.class::cast);
  }

  /** Primary only: sets another device's operation permissions (claim 5). */
  public CompletableFuture<Ok> setPolicy(String device, Policy policy) {
    String id = nextId();
    return request(id, new SetPolicy(id, device, policy)).thenApply(Ok.class::cast);
  }

  /** Primary only: removes another device; its session ends and its credential dies. */
  public CompletableFuture<Ok> revokeDevice(String device) {
    String id = nextId();
    return request(id, new RevokeDevice(id, device)).thenApply(Ok.class::cast);
  }

  /** Primary only: hands the primary role to another device of the account. */
  public CompletableFuture<Ok> makePrimary(String device) {
    String id = nextId();
    return request(id, new MakePrimary(id, device)).thenApply(Ok.class::cast);
  }

  /** Gives a device of the account, this one included, a new label. */
  public CompletableFuture<Ok> rename(String address, String label) {
    String id = nextId();
    return request(id, new RenameDevice(id, address, label)).thenApply(Ok.class::cast);
  }

  /** Checks the connection: completes with the server's pong. */
  public CompletableFuture<Pong> ping() {
    String id = nextId();
    return request(id, new Ping(id)).thenApply(Pong.class::cast);
  }

  /**
   * Ends the session; with {@code removeDevice} the server removes the device and the state
   * directory forgets it, so the next login with the password registers a new device.
   */
  public void logout(boolean removeDevice)
      throws IOException, ServerRefusedException, LoginFailedException {
    closing = true;
    String id = nextId();
    await(request(id, new Logout(id, removeDevice)));
    if (removeDevice) {
      state.forget();
      identity = null;
    }
    close();
  }

  /**
   * Handles frames of a type this class does not know, by type name: the seam where later parts of
   * the protocol (a transfer manager, receive permissions) plug in.
   */
  public void handle(String frameType, Consumer<Frame> handler) {
    extraHandlers.put(frameType, handler);
  }

  /** Sends any frame that expects one answer; the future completes with it or fails. */
  public CompletableFuture<Frame> request(String id, Frame frame) {
    return requests.send(connection, id, frame);
  }

  /** A fresh frame id, unique among this client's unanswered frames. */
  public String nextId() {
    return requests.nextId();
  }

  /** Waits for an answer as long as the configured timeout allows. */
  public <T> T await(CompletableFuture<T> answer)
      throws IOException, ServerRefusedException, LoginFailedException {
    return Requests.await(answer, config.timeout());
  }

  // ---- the event thread -------------------------------------------------------------------

  private void dispatch(Frame frame) {
    if (frame instanceof ServerFrame serverFrame) {
      serverFrame.accept(incoming);
    } else {
      handleExtra(frame);
    }
  }

  /** A frame this class leaves to a handler registered by type, if there is one. */
  private void handleExtra(Frame frame) {
    Consumer<Frame> handler = extraHandlers.get(frame.type());
    if (handler != null) {
      handler.accept(frame);
    }
  }

  /** The frames a server sends, one method per type, on the event thread. */
  private final class Incoming implements ServerFrame.Visitor<Void> {

    @Override
    public Void visitMessage(Message message) {
      messaging.onMessage(message);
      return null;
    }

    @Override
    public Void visitDeviceEvent(DeviceEvent event) {
      contacts.apply(event);
      if (self != null && event.device().address().equals(self.address())) {
        self = event.device();
      }
      listener.onDeviceEvent(event);
      return null;
    }

    @Override
    public Void visitDelivered(Delivered delivered) {
      messaging.onReceipt(delivered.messageId(), () -> listener.onDelivered(delivered));
      return null;
    }

    @Override
    public Void visitUndeliverable(Undeliverable undeliverable) {
      messaging.onReceipt(undeliverable.messageId(), () -> listener.onUndeliverable(undeliverable));
      return null;
    }

    @Override
    public Void visitErrorFrame(ErrorFrame error) {
      onError(error);
      return null;
    }

    @Override
    public Void visitLoginOk(LoginOk ok) {
      onLoginOk(ok);
      return null;
    }

    @Override
    public Void visitDeviceList(DeviceList list) {
      contacts.replaceAll(list.devices());
      answer(list.replyTo(), list);
      return null;
    }

    @Override
    public Void visitWelcome(Welcome welcome) {
      answer(welcome.replyTo(), welcome);
      return null;
    }

    @Override
    public Void visitLoginChallenge(LoginChallenge challenge) {
      answer(challenge.replyTo(), challenge);
      return null;
    }

    @Override
    public Void visitMessageAccepted(MessageAccepted accepted) {
      answer(accepted.replyTo(), accepted);
      return null;
    }

    @Override
    public Void visitOk(Ok ok) {
      answer(ok.replyTo(), ok);
      return null;
    }

    @Override
    public Void visitPong(Pong pong) {
      answer(pong.replyTo(), pong);
      return null;
    }

    @Override
    public Void visitTransfer(Transfer transfer) {
      transfers.onTransfer(transfer, transfer.replyTo());
      answer(transfer.replyTo(), transfer);
      return null;
    }

    @Override
    public Void visitTransferProgress(TransferProgress progress) {
      handleExtra(progress);
      return null;
    }

    @Override
    public Void visitSettings(Settings pushed) {
      settings = pushed;
      transfers.settings(pushed);
      listener.onSettings(pushed);
      answer(pushed.replyTo(), pushed);
      return null;
    }
  }

  private void answer(String replyTo, Frame frame) {
    requests.answer(replyTo, frame);
  }

  private void onError(ErrorFrame error) {
    if (error.fatal()) {
      fatalCode = error.code();
    }
    CompletableFuture<Frame> answer = requests.take(error.replyTo());
    if (answer != null) {
      answer.completeExceptionally(new ServerRefusedException(error));
    } else {
      listener.onServerError(error);
    }
  }

  private void onLoginOk(LoginOk ok) {
    CompletableFuture<Frame> answer = requests.take(ok.replyTo());
    PendingLogin login = pendingLogin;
    pendingLogin = null;
    if (answer == null || login == null) {
      return;
    }
    try {
      login.scram().verifyServerFinal(ok.serverFinal());
    } catch (LoginFailedException e) {
      // A server that cannot prove it knows the credential gets no further frame (REQ-LOGIN-102),
      // only a close that says why (REQ-LOGIN-103).
      // The failure is told once the close is out, so a command that then exits has sent it.
      connection
          .close(CLOSE_POLICY, BAD_SERVER_SIGNATURE)
          .whenComplete((sent, failure) -> answer.completeExceptionally(e));
      return;
    }
    try {
      if (ok.credential() != null) {
        DeviceIdentity registered =
            new DeviceIdentity(
                login.server(),
                login.binding(),
                login.account(),
                ok.self().address(),
                ok.credential(),
                config.caFile());
        state.save(registered);
        identity = registered;
      }
    } catch (IOException e) {
      answer.completeExceptionally(e);
      connection.abort();
      return;
    }
    self = ok.self();
    controlUri = login.server();
    contacts.replaceAll(ok.devices());
    ready = true;
    startKeepAlive(currentChannel);
    answer.complete(ok);
    messaging.sessionStarted();
  }

  /**
   * Pings the server every keep-alive period; a ping still unanswered at the next tick ends the
   * connection, which then reconnects like after any other loss.
   */
  private void startKeepAlive(Channel channel) {
    pingUnanswered = false;
    long period = config.keepAlive().toMillis();
    keepAlive =
        events.scheduleWithFixedDelay(
            () -> {
              if (channel != currentChannel || !ready) {
                return;
              }
              if (pingUnanswered) {
                connection.abort();
                connectionEnded(channel, -1, "the server stopped answering");
                return;
              }
              pingUnanswered = true;
              ping()
                  .whenComplete(
                      (pong, failure) ->
                          events.execute(
                              () -> {
                                if (failure == null && channel == currentChannel) {
                                  pingUnanswered = false;
                                }
                              }));
            },
            period,
            period,
            TimeUnit.MILLISECONDS);
  }

  private void connectionEnded(Channel channel, int code, String reason) {
    if (channel != currentChannel) {
      return;
    }
    boolean wasReady = ready;
    if (keepAlive != null) {
      keepAlive.cancel(false);
      keepAlive = null;
    }
    ready = false;
    currentChannel = null;
    connection = null;
    pendingLogin = null;
    messaging.connectionLost();
    String why = describeClose(code, reason);
    ConnectionLostException lost = new ConnectionLostException(why);
    requests.failAll(lost);
    if (closing || !wasReady) {
      return; // a close we asked for, or a failed opening its caller reports
    }
    boolean retry =
        config.reconnect()
            && identity != null
            && !ErrorCode.SESSION_REPLACED.code().equals(fatalCode)
            // The account is gone: no login can succeed again.
            && !ErrorCode.ACCOUNT_REMOVED.code().equals(fatalCode);
    if (!retry) {
      messaging.end(lost);
    }
    listener.onDisconnected(why, retry);
    if (retry) {
      reconnector.execute(this::reconnect);
    }
  }

  private String describeClose(int code, String reason) {
    if (fatalCode != null) {
      return "the server closed the connection: " + fatalCode;
    }
    if (code == -1) {
      return "the connection failed: " + reason;
    }
    return "the server closed the connection ("
        + code
        + (reason.isEmpty() ? "" : " " + reason)
        + ")";
  }

  /** Runs on the reconnect thread: tries again with growing waits until a session resumes. */
  private void reconnect() {
    for (int attempt = 0; !closing; attempt++) {
      try {
        Thread.sleep(config.backoff().delay(attempt).toMillis());
        LoginOk ok = resume();
        events.execute(() -> listener.onReconnected(ok.self()));
        return;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (ServerRefusedException e) {
        if (!Requests.isRetryable(e) && !e.code().equals(ErrorCode.LOCKED_OUT.code())) {
          events.execute(
              () -> {
                messaging.end(e);
                listener.onDisconnected(
                    "the server refused this device's login: " + e.getMessage(), false);
              });
          return;
        }
      } catch (LoginFailedException e) {
        events.execute(
            () -> {
              messaging.end(e);
              listener.onDisconnected(e.getMessage(), false);
            });
        return;
      } catch (IOException | RuntimeException e) {
        // unreachable or cut off again: wait longer and try once more
      }
    }
  }

  /** Closes the connection without logging out; the device stays registered, offline. */
  @Override
  public void close() {
    closing = true;
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    reconnector.shutdownNow();
    transfers.close();
    CompletableFuture<Void> closed = new CompletableFuture<>();
    events.execute(
        () -> {
          WireConnection current = connection;
          messaging.end(new ConnectionLostException("the client was closed"));
          if (current != null) {
            current.close().whenComplete((v, e) -> closed.complete(null));
          } else {
            closed.complete(null);
          }
        });
    events.shutdown();
    try {
      // The close frame goes out before a CLI process exits, so the server sees a clean close.
      closed.get(2, TimeUnit.SECONDS);
      events.awaitTermination(2, TimeUnit.SECONDS);
      shown.close();
      shownReceipts.close();
    } catch (ExecutionException | TimeoutException e) {
      // the connection is dropped instead; the server notices all the same
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      // the ids written so far are on disk already: each line is flushed as it is written
    }
  }

  /** Drops the connection as a failing network would; the client reconnects. For tests. */
  void dropConnection() {
    events.execute(
        () -> {
          WireConnection current = connection;
          Channel channel = currentChannel;
          if (current != null) {
            current.abort();
            connectionEnded(channel, -1, "dropped");
          }
        });
  }

  private static ScheduledExecutorService daemonScheduler(String name) {
    return Executors.newSingleThreadScheduledExecutor(
        r -> {
          Thread t = new Thread(r, name);
          t.setDaemon(true);
          return t;
        });
  }

  /** One connection's events, handed to the event thread; those of an old one are ignored. */
  private final class Channel implements ConnectionListener {
    private volatile boolean ended;

    @Override
    public void onFrame(Frame frame) {
      events.execute(() -> dispatch(frame));
    }

    @Override
    public void onBadFrame(String problem) {
      events.execute(
          () -> {
            listener.onServerError(
                new ErrorFrame(
                    null, "malformed-frame", false, "from the server: " + problem, null, null));
            WireConnection current = connection;
            if (current != null && currentChannel == this) {
              current.abort();
              connectionEnded(this, -1, "the server sent an invalid frame");
            }
          });
    }

    @Override
    public void onClosed(int code, String reason) {
      ended = true;
      events.execute(() -> connectionEnded(this, code, reason == null ? "" : reason));
    }
  }
}
