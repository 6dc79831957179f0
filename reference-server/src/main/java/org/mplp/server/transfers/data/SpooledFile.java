package org.mplp.server.transfers.data;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One file in the spool: how many of its bytes are on disk, the upload that adds to them, the
 * downloads that wait for more, and the connections to break off when the file is discarded.
 *
 * <p>Its state is shared by the event loops of the connections that use it and by the disk threads,
 * under this object's lock, which is held only for bookkeeping. The file itself is opened, read,
 * written and closed on the disk threads only, under {@code ioLock}, which no event loop takes.
 */
final class SpooledFile {

  private final FileKey key;
  private final Path path;
  private final Object ioLock = new Object();

  // Guarded by ioLock.
  private FileChannel channel;

  // Guarded by this.
  private boolean sizeKnown;
  private long held;
  private final Map<String, Long> furthestDownloads = new HashMap<>();
  private boolean discarded;
  private Upload upload;
  private final List<Runnable> afterUpload = new ArrayList<>();
  private final List<Runnable> waitingForBytes = new ArrayList<>();
  private final Set<Channel> users = new HashSet<>();

  SpooledFile(FileKey key, Path path) {
    this.key = key;
    this.path = path;
  }

  FileKey key() {
    return key;
  }

  /** Where the bytes are on disk. */
  Path path() {
    return path;
  }

  /**
   * Opens the file for a connection that will use it, creating it when new; on a disk thread. The
   * first open learns how many bytes an earlier run of the server left in it.
   */
  void open(Channel user) throws IOException {
    synchronized (this) {
      if (discarded) {
        throw new ClosedChannelException();
      }
      users.add(user);
    }
    synchronized (ioLock) {
      if (channel == null) {
        Files.createDirectories(path.getParent());
        channel =
            FileChannel.open(
                path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      }
      long onDisk = channel.size();
      synchronized (this) {
        if (!sizeKnown) {
          held = onDisk;
          sizeKnown = true;
        }
      }
    }
  }

  /**
   * The connection no longer uses the file and has no disk work in flight; the last one to leave
   * closes it (on a disk thread), so idle files hold no descriptor.
   */
  void leave(Channel user, java.util.concurrent.Executor disk) {
    boolean last;
    synchronized (this) {
      last = users.remove(user) && users.isEmpty();
    }
    if (last) {
      disk.execute(this::closeIfUnused);
    }
  }

  private void closeIfUnused() {
    synchronized (ioLock) {
      synchronized (this) {
        if (!users.isEmpty()) {
          return;
        }
      }
      closeChannel();
    }
  }

  private void closeChannel() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Nothing was written through a close; the next open sees what is on disk.
      }
      channel = null;
    }
  }

  synchronized long held() {
    return held;
  }

  /** Writes {@code buffers} at {@code position}, all of them; on a disk thread. */
  void write(List<ByteBuf> buffers, long position) throws IOException {
    FileChannel file = channel();
    long at = position;
    for (ByteBuf buffer : buffers) {
      for (ByteBuffer nio : buffer.nioBuffers()) {
        while (nio.hasRemaining()) {
          at += file.write(nio, at);
        }
      }
    }
  }

  /** Reads {@code length} bytes from {@code position} into {@code target}; on a disk thread. */
  void read(ByteBuf target, long position, int length) throws IOException {
    FileChannel file = channel();
    int read = 0;
    while (read < length) {
      int n = target.writeBytes(file, position + read, length - read);
      if (n < 0) {
        throw new IOException("the spool file " + path + " ended before its held bytes");
      }
      read += n;
    }
  }

  private FileChannel channel() throws ClosedChannelException {
    synchronized (ioLock) {
      if (channel == null) {
        throw new ClosedChannelException();
      }
      return channel;
    }
  }

  /**
   * Runs {@code then} when no upload is in progress: at once, or when the current one has ended.
   * With {@code breakOff} the current upload's connection is closed first (a new PUT replaces an
   * upload whose client has given up on it); otherwise only an upload whose connection is already
   * gone is waited for (its last bytes are still being written).
   */
  void afterUpload(boolean breakOff, Runnable then) {
    Upload current;
    synchronized (this) {
      current = upload;
      if (current == null || (!breakOff && current.connected())) {
        current = null;
      } else {
        afterUpload.add(then);
      }
    }
    if (current == null) {
      then.run();
    } else if (breakOff) {
      current.breakOff();
    }
  }

  /** Makes {@code next} the file's upload; false when another one got there first. */
  synchronized boolean claimUpload(Upload next) {
    if (upload != null || discarded) {
      return false;
    }
    upload = next;
    return true;
  }

  /** The upload has ended and its bytes are written; whoever waited for that goes ahead. */
  void uploadEnded(Upload ended) {
    List<Runnable> waiting;
    synchronized (this) {
      if (upload != ended) {
        return;
      }
      upload = null;
      waiting = List.copyOf(afterUpload);
      afterUpload.clear();
    }
    waiting.forEach(Runnable::run);
  }

  /** The file now holds {@code bytes} bytes; downloads waiting for them go on. */
  void uploadedTo(long bytes) {
    List<Runnable> waiting;
    synchronized (this) {
      if (discarded) {
        return;
      }
      held = bytes;
      waiting = List.copyOf(waitingForBytes);
      waitingForBytes.clear();
    }
    waiting.forEach(Runnable::run);
  }

  /**
   * The bytes held beyond {@code position}; when there are none yet, {@code wake} runs once more
   * arrive.
   */
  synchronized long availableFrom(long position, Runnable wake) {
    if (held <= position && !discarded) {
      waitingForBytes.add(wake);
    }
    return Math.max(0, held - position);
  }

  /**
   * A download for the transfer has sent the file up to {@code bytes}; true when no download for it
   * had got as far. The transfers of a group share the file, each with its own downloads.
   */
  synchronized boolean downloadedTo(String transferId, long bytes) {
    if (bytes <= furthestDownloads.getOrDefault(transferId, -1L) || discarded) {
      return false;
    }
    furthestDownloads.put(transferId, bytes);
    return true;
  }

  /**
   * Marks the file discarded and breaks off every connection that uses it; the caller deletes the
   * file afterwards with {@link #delete()} on a disk thread.
   */
  void discard() {
    List<Channel> connections;
    synchronized (this) {
      discarded = true;
      connections = List.copyOf(users);
      waitingForBytes.clear();
    }
    connections.forEach(Channel::close);
  }

  void delete() throws IOException {
    synchronized (ioLock) {
      closeChannel();
      Files.deleteIfExists(path);
    }
  }

  synchronized boolean discarded() {
    return discarded;
  }
}
