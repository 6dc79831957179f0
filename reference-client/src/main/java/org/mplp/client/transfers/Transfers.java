package org.mplp.client.transfers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import org.mplp.client.transfers.TransferProgressEvent.Direction;
import org.mplp.spec.model.AcceptOffer;
import org.mplp.spec.model.CancelTransfer;
import org.mplp.spec.model.FileOutcome;
import org.mplp.spec.model.FileResult;
import org.mplp.spec.model.FileState;
import org.mplp.spec.model.Frame;
import org.mplp.spec.model.Offer;
import org.mplp.spec.model.OfferedFile;
import org.mplp.spec.model.Permission;
import org.mplp.spec.model.RejectOffer;
import org.mplp.spec.model.Settings;
import org.mplp.spec.model.Transfer;
import org.mplp.spec.model.TransferFile;
import org.mplp.spec.model.TransferState;

/**
 * The transfers of one device (spec: Transfers): offers it makes, answers it gives, and the bytes
 * of accepted files, which start to move as soon as the transfer frame with their tokens arrives.
 * The sender uploads what it offered in this process; the recipient downloads into the folder it
 * accepted into, or, for a direct transfer, into the device's receive folder without asking.
 *
 * <p>State changes on the client's event thread; uploads and downloads block threads of their own.
 */
public final class Transfers {
  private static final String PARTIAL_FOLDER = ".mplp-partial";

  private final TransferSession session;
  private final ScheduledExecutorService events;
  private final TransferEvents listener;
  private final ExecutorService movers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "mplp-transfer");
            t.setDaemon(true);
            return t;
          });

  // Owned by the event thread.
  private final Map<String, Transfer> known = new LinkedHashMap<>();
  private final Map<String, Map<Integer, Path>> offeredFiles = new HashMap<>();
  private final Map<String, Path> acceptedInto = new HashMap<>();
  private final Set<String> moving = new HashSet<>();
  private final Map<String, CompletableFuture<Transfer>> finished = new HashMap<>();
  private final Map<String, Set<Integer>> uploadedHere = new HashMap<>();
  private final Map<String, CompletableFuture<Transfer>> uploadsDone = new HashMap<>();
  private final java.util.Deque<PendingGroup> pendingGroups = new java.util.ArrayDeque<>();
  private final Map<String, Map<Integer, Path>> groupFiles = new HashMap<>();
  private final TransferJournal journal;
  private volatile Path receiveDirectory;
  private final ReceiveSettings settings = new ReceiveSettings();

  public Transfers(
      TransferSession session, ScheduledExecutorService events, TransferEvents listener) {
    this(session, events, listener, TransferJournal.none());
  }

  /** Transfers that outlive the process: the journal remembers what another process needs. */
  public Transfers(
      TransferSession session,
      ScheduledExecutorService events,
      TransferEvents listener,
      TransferJournal journal) {
    this.session = session;
    this.events = events;
    this.listener = listener;
    this.journal = journal;
  }

  /**
   * Where direct transfers are stored without a prompt (REQ-PERM-005); null (the default) leaves
   * them alone, as a one-shot command that only sends a message does.
   */
  public void receiveDirectory(Path directory) {
    this.receiveDirectory = directory;
  }

  public Path receiveDirectory() {
    return receiveDirectory;
  }

  /** The device's settings as the server sent them last: they decide what is stored unasked. */
  public void settings(Settings pushed) {
    settings.update(pushed);
  }

  /**
   * Offers files and folders to a device of the account (S51). Completes with the server's first
   * transfer frame: offered, or accepted or rejected at once by the receive permissions.
   */
  public CompletableFuture<Transfer> offer(
      String to, List<LocalFiles.Entry> files, Permission permission) {
    List<OfferedFile> offered = files.stream().map(LocalFiles.Entry::offered).toList();
    Map<Integer, Path> local = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      local.put(i, files.get(i).local());
    }
    String id = session.nextId();
    CompletableFuture<Transfer> answer = new CompletableFuture<>();
    events.execute(
        () -> {
          // The answer is handled by onTransfer first, so the files must be known by then.
          offeredFiles.put(id, local);
          session
              .request(id, new Offer(id, to, permission, null, offered))
              .whenComplete(
                  (frame, failure) ->
                      events.execute(
                          () -> {
                            offeredFiles.remove(id);
                            if (failure != null) {
                              answer.completeExceptionally(failure);
                            } else {
                              answer.complete((Transfer) frame);
                            }
                          }));
        });
    return answer;
  }

  /**
   * Offers files and folders to several devices of the account at once (REQ-XFER-031): two or more
   * addresses, or {@code *} alone for every other device. Completes, once the server's ok came,
   * with the transfer frame of each recipient's transfer; the files are uploaded once for all.
   */
  public CompletableFuture<List<Transfer>> offerToSeveral(
      List<String> recipients, List<LocalFiles.Entry> files, Permission permission) {
    List<OfferedFile> offered = files.stream().map(LocalFiles.Entry::offered).toList();
    Map<Integer, Path> local = new HashMap<>();
    for (int i = 0; i < files.size(); i++) {
      local.put(i, files.get(i).local());
    }
    String to = recipients.get(0);
    List<String> others =
        recipients.size() > 1 ? List.copyOf(recipients.subList(1, recipients.size())) : null;
    String id = session.nextId();
    CompletableFuture<List<Transfer>> answer = new CompletableFuture<>();
    events.execute(
        () -> {
          // The group's frames come before the ok: they find their files here.
          PendingGroup pending = new PendingGroup(local);
          pendingGroups.add(pending);
          session
              .request(id, new Offer(id, to, permission, null, offered, others))
              .whenComplete(
                  (frame, failure) ->
                      events.execute(
                          () -> {
                            pendingGroups.remove(pending);
                            if (failure != null) {
                              answer.completeExceptionally(failure);
                            } else {
                              answer.complete(List.copyOf(pending.made));
                            }
                          }));
        });
    return answer;
  }

  /** An offer to several devices waiting for its ok, and the transfers it made so far. */
  private static final class PendingGroup {
    final Map<Integer, Path> local;
    final List<Transfer> made = new ArrayList<>();
    String group;

    PendingGroup(Map<Integer, Path> local) {
      this.local = local;
    }
  }

  /** Accepts all files ({@code indexes} null) or some, downloading them into {@code into}. */
  public CompletableFuture<Transfer> accept(String transferId, List<Integer> indexes, Path into) {
    String id = session.nextId();
    return onEvents(
        () -> {
          acceptedInto.put(transferId, into);
          return session.request(id, new AcceptOffer(id, transferId, indexes));
        });
  }

  /** Rejects the whole offer; the note reaches the sender (S54). */
  public CompletableFuture<Transfer> reject(String transferId, String note) {
    String id = session.nextId();
    return onEvents(() -> session.request(id, new RejectOffer(id, transferId, blank(note))));
  }

  /** Cancels an open transfer this device takes part in, as sender or recipient. */
  public CompletableFuture<Transfer> cancel(String transferId, String note) {
    String id = session.nextId();
    return onEvents(() -> session.request(id, new CancelTransfer(id, transferId, blank(note))));
  }

  /** Completes when the transfer reaches a final state, with its last frame. */
  public CompletableFuture<Transfer> finished(String transferId) {
    CompletableFuture<Transfer> done = new CompletableFuture<>();
    events.execute(
        () -> {
          Transfer last = known.get(transferId);
          if (last != null && !last.state().open()) {
            done.complete(last);
          } else {
            finished
                .computeIfAbsent(transferId, k -> new CompletableFuture<>())
                .whenComplete((t, e) -> done.complete(t));
          }
        });
    return done;
  }

  /**
   * Completes when every accepted file of a transfer this device sends is uploaded by this process,
   * or the transfer ended: then the sender may go, since the server holds the bytes.
   */
  public CompletableFuture<Transfer> uploadedOrEnded(String transferId) {
    CompletableFuture<Transfer> done = new CompletableFuture<>();
    finished(transferId).thenAccept(done::complete);
    events.execute(
        () -> {
          Transfer last = known.get(transferId);
          if (last != null && allUploaded(last)) {
            done.complete(last);
          } else {
            uploadsDone
                .computeIfAbsent(transferId, k -> new CompletableFuture<>())
                .thenAccept(done::complete);
          }
        });
    return done;
  }

  /** The transfers the journal says this device may have bytes to move for. */
  public List<String> journaled() {
    return journal.transferIds();
  }

  /** Drops the journal's entry of a transfer the server no longer lists as open. */
  public void forget(String transferId) {
    events.execute(() -> journal.ended(transferId));
  }

  /** Every transfer this device has heard of in this process, in order of arrival. */
  public CompletableFuture<List<Transfer>> known() {
    return CompletableFuture.supplyAsync(() -> new ArrayList<>(known.values()), events);
  }

  private CompletableFuture<Transfer> onEvents(
      java.util.function.Supplier<CompletableFuture<org.mplp.spec.model.Frame>> send) {
    return CompletableFuture.supplyAsync(send, events)
        .thenCompose(f -> f)
        .thenApply(Transfer.class::cast);
  }

  private static String blank(String note) {
    return note == null || note.isBlank() ? null : note;
  }

  // ---- the event thread -------------------------------------------------------------------

  /** Every transfer frame from the server, answers included, in the order they arrived. */
  public void onTransfer(Transfer transfer, String answeredFrameId) {
    Transfer before = known.put(transfer.transferId(), transfer);
    boolean news = answeredFrameId != null || before == null || !sameState(before, transfer);
    String self = session.selfAddress();
    String id = transfer.transferId();
    Map<Integer, Path> offeredHere =
        answeredFrameId == null ? null : offeredFiles.get(answeredFrameId);
    if (offeredHere == null && transfer.group() != null && transfer.from().equals(self)) {
      offeredHere = ofGroup(transfer, before == null);
    }
    if (offeredHere != null) {
      offeredFiles.put(id, offeredHere);
      if (transfer.state().open()) {
        journal.offered(id, offeredHere);
      }
    }
    if (transfer.state() == TransferState.ACCEPTED) {
      if (transfer.from().equals(self)) {
        startUploads(transfer);
      } else if (transfer.to().equals(self)) {
        startDownloads(transfer);
      }
    }
    if (news) {
      listener.onTransfer(transfer);
    }
    if (!transfer.state().open()) {
      if (transfer.to().equals(self)) {
        removePartials(transfer);
      }
      journal.ended(id);
      uploadedHere.remove(id);
      if (transfer.group() != null
          && known.values().stream()
              .noneMatch(t -> transfer.group().equals(t.group()) && t.state().open())) {
        groupFiles.remove(transfer.group());
      }
      offeredFiles.remove(transfer.transferId());
      acceptedInto.remove(transfer.transferId());
      CompletableFuture<Transfer> done = finished.remove(transfer.transferId());
      if (done != null) {
        done.complete(transfer);
      }
    }
  }

  /**
   * The local files of a transfer of a group this device offered: those of the group's offer still
   * waiting for its ok (offers are answered in order), or those its first transfer found.
   */
  private Map<Integer, Path> ofGroup(Transfer transfer, boolean first) {
    Map<Integer, Path> local = groupFiles.get(transfer.group());
    for (PendingGroup pending : pendingGroups) {
      if (pending.group == null && local == null || transfer.group().equals(pending.group)) {
        pending.group = transfer.group();
        if (first) {
          pending.made.add(transfer);
        }
        groupFiles.put(transfer.group(), pending.local);
        return pending.local;
      }
    }
    return local;
  }

  /**
   * Whether two frames say the same of a transfer, whatever they answered: a login's backlog after
   * a reconnect, or a listing, repeats what the device knows, and is not shown again.
   */
  private static boolean sameState(Transfer a, Transfer b) {
    return a.state() == b.state()
        && a.files().equals(b.files())
        && java.util.Objects.equals(a.reason(), b.reason())
        && java.util.Objects.equals(a.expiresAt(), b.expiresAt());
  }

  private void startUploads(Transfer transfer) {
    Map<Integer, Path> local = offeredFiles.get(transfer.transferId());
    if (local == null) {
      // Offered by another process of this device: its journal entry says where the files are.
      local = journal.offeredFiles(transfer.transferId());
      if (local.isEmpty()) {
        return; // offered elsewhere (another state directory, or curl): not ours to upload
      }
      offeredFiles.put(transfer.transferId(), local);
    }
    Set<Integer> done = uploadedHere.getOrDefault(transfer.transferId(), Set.of());
    for (TransferFile file : transfer.files()) {
      Path path = local.get(file.index());
      // The transfers of a group share their bytes: one upload at a time, then each sees it held.
      String key =
          (transfer.group() == null ? transfer.transferId() : transfer.group())
              + "/"
              + file.index()
              + "/up";
      if (file.state() == FileState.ACCEPTED
          && file.token() != null
          && path != null
          && !done.contains(file.index())
          && moving.add(key)) {
        movers.execute(() -> upload(transfer.transferId(), file, path, key));
      }
    }
  }

  /** After an upload for one transfer of a group, the others find the bytes held. */
  private void uploadGroupAgain(String transferId) {
    Transfer uploaded = known.get(transferId);
    if (uploaded == null || uploaded.group() == null) {
      return;
    }
    for (Transfer member : List.copyOf(known.values())) {
      if (uploaded.group().equals(member.group())
          && member.state() == TransferState.ACCEPTED
          && member.from().equals(session.selfAddress())) {
        startUploads(member);
      }
    }
  }

  private void startDownloads(Transfer transfer) {
    Path into = downloadFolder(transfer);
    if (into == null) {
      return; // accepted by another process of this device, which downloads it
    }
    if (journal.acceptedInto(transfer.transferId()).isEmpty()) {
      journal.accepted(transfer.transferId(), into);
    }
    for (TransferFile file : transfer.files()) {
      String key = transfer.transferId() + "/" + file.index() + "/down";
      if (file.state() == FileState.ACCEPTED && file.token() != null && moving.add(key)) {
        Path folder = into;
        movers.execute(() -> download(transfer.transferId(), file, folder, key));
      }
    }
  }

  /** Where the transfer's files go: as accepted here, as the journal says, or direct's folder. */
  private Path downloadFolder(Transfer transfer) {
    Path into = acceptedInto.get(transfer.transferId());
    if (into == null) {
      into = journal.acceptedInto(transfer.transferId()).orElse(null);
    }
    // Direct, unless the settings the primary pushed ask this device to be asked (REQ-PERM-102).
    if (into == null && transfer.permission() == Permission.DIRECT && settings.allowDirect()) {
      into = receiveDirectory;
    }
    return into;
  }

  /** An ended transfer keeps no partial file: cancelled, expired or failed, its bytes go. */
  private void removePartials(Transfer transfer) {
    Path into = downloadFolder(transfer);
    if (into != null) {
      for (TransferFile file : transfer.files()) {
        deleteQuietly(partialFile(into, transfer.transferId(), file.index()));
      }
    }
  }

  private void uploadedHere(String transferId, int index) {
    uploadedHere.computeIfAbsent(transferId, k -> new HashSet<>()).add(index);
    Transfer last = known.get(transferId);
    if (last != null && allUploaded(last)) {
      CompletableFuture<Transfer> done = uploadsDone.remove(transferId);
      if (done != null) {
        done.complete(last);
      }
    }
  }

  private boolean allUploaded(Transfer transfer) {
    Set<Integer> here = uploadedHere.getOrDefault(transfer.transferId(), Set.of());
    return transfer.files().stream()
        .filter(f -> f.state() == FileState.ACCEPTED)
        .allMatch(f -> here.contains(f.index()));
  }

  // ---- mover threads ----------------------------------------------------------------------

  private DataClient data() {
    return new DataClient(session.http(), session.httpOrigin());
  }

  private void upload(String transferId, TransferFile file, Path path, String key) {
    ProgressMeter meter = meter(transferId, file, Direction.UPLOAD);
    boolean uploaded = false;
    try {
      meter.start(0);
      data().upload(transferId, file.index(), file.token(), path, file.size(), meter::moved);
      meter.finished();
      uploaded = true;
      toEvents(() -> uploadedHere(transferId, file.index()));
    } catch (DataClient.EndedException e) {
      // cancelled or expired meanwhile: the transfer frame says so
    } catch (IOException e) {
      toEvents(() -> listener.onTransferFailure(transferId, file.index(), e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      boolean again = uploaded;
      toEvents(
          () -> {
            moving.remove(key);
            if (again) {
              uploadGroupAgain(transferId);
            }
          });
    }
  }

  private void download(String transferId, TransferFile file, Path into, String key) {
    ProgressMeter meter = meter(transferId, file, Direction.DOWNLOAD);
    Path partial = partialFile(into, transferId, file.index());
    try {
      Files.createDirectories(partial.getParent());
      meter.start(Files.exists(partial) ? Files.size(partial) : 0);
      data().download(transferId, file.index(), file.token(), partial, file.size(), meter::moved);
      meter.finished();
      store(transferId, file, partial, into);
    } catch (DataClient.EndedException e) {
      deleteQuietly(partial);
    } catch (IOException e) {
      toEvents(() -> listener.onTransferFailure(transferId, file.index(), e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      toEvents(() -> moving.remove(key));
    }
  }

  /** Checks the hash, moves the file to a safe new name, and reports the result (S54). */
  private void store(String transferId, TransferFile file, Path partial, Path into) {
    FileOutcome outcome;
    String note = null;
    Path stored = null;
    try {
      if (!Sha256.ofFile(partial).equals(file.sha256())) {
        outcome = FileOutcome.HASH_MISMATCH;
        note = "the SHA-256 of the bytes received differs from the offer's";
        deleteQuietly(partial);
      } else {
        stored = SafeTarget.resolve(into, file.path(), file.name());
        Files.move(partial, stored, StandardCopyOption.ATOMIC_MOVE);
        outcome = FileOutcome.RECEIVED;
      }
    } catch (IOException e) {
      outcome = FileOutcome.FAILED;
      note = "could not store the file: " + e.getMessage();
      stored = null;
      deleteQuietly(partial);
    }
    FileOutcome result = outcome;
    String why = note;
    Path where = stored;
    String id = session.nextId();
    CompletableFuture<Frame> sent;
    try {
      sent = session.request(id, new FileResult(id, transferId, file.index(), result, why));
    } catch (RejectedExecutionException closed) {
      // The client closed while this download ended: the server still waits for the file's
      // result, so the next run of this device fetches the file again and reports it.
      return;
    }
    sent.whenComplete(
        (answer, failure) ->
            toEvents(
                () ->
                    listener.onFileStored(
                        new StoredFile(
                            transferId,
                            file.index(),
                            file.name(),
                            where,
                            result,
                            failure == null
                                ? why
                                : "the server did not take the result: " + failure.getMessage()))));
  }

  /** Where the bytes of a file wait until they are whole and checked: a resume reads it back. */
  public static Path partialFile(Path into, String transferId, int index) {
    String safeId = transferId.replaceAll("[^A-Za-z0-9_-]", "_");
    return into.resolve(PARTIAL_FOLDER).resolve(safeId + "." + index);
  }

  private ProgressMeter meter(String transferId, TransferFile file, Direction direction) {
    return new ProgressMeter(
        transferId,
        file.index(),
        file.name(),
        direction,
        file.size(),
        event -> toEvents(() -> listener.onTransferProgress(event)));
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // a leftover partial file is harmless: the next try truncates it
    }
  }

  /**
   * Hands a mover thread's news to the event thread. A mover may finish after the client closed;
   * nobody is left to tell then, and the journal lets the next process go on.
   */
  private void toEvents(Runnable task) {
    try {
      events.execute(task);
    } catch (RejectedExecutionException closed) {
      // the client is closed
    }
  }

  /** Stops the mover threads; a broken upload or download resumes in the next process. */
  public void close() {
    movers.shutdownNow();
  }
}
