package org.mplp.server.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable writes committed in groups: jobs from any thread queue up, and the store thread runs
 * everything waiting (up to a cap) in one transaction, one sync to disk for the group. What a job
 * tells others runs only after its group is committed.
 */
public final class GroupCommit {

  private static final Logger LOG = LoggerFactory.getLogger(GroupCommit.class);

  /** One durable write. */
  public interface Job {
    /**
     * Does the writes, inside the group's transaction, on the store thread; nothing else.
     *
     * @return what to do once the writes are committed, on the store thread
     */
    Runnable write() throws SQLException;

    /** The writes could not be committed; called on the store thread. */
    void failed(Exception cause);
  }

  private final Database database;
  private final StoreExecutor executor;
  private final int maxGroup;
  private final Queue<Job> waiting = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean scheduled = new AtomicBoolean();
  private volatile CommitObserver observer = CommitObserver.NONE;

  public GroupCommit(Database database, StoreExecutor executor, int maxGroup) {
    this.database = database;
    this.executor = executor;
    this.maxGroup = maxGroup;
  }

  /** Tells {@code commits} of every group committed from now on. */
  public void observe(CommitObserver commits) {
    this.observer = commits;
  }

  /** Jobs waiting for their group: the store's queue depth. */
  public int waiting() {
    return waiting.size();
  }

  /** Queues a job; it runs with the others that wait with it. Callable from any thread. */
  public void submit(Job job) {
    waiting.add(job);
    schedule();
  }

  private void schedule() {
    if (scheduled.compareAndSet(false, true)) {
      executor.execute(this::commitWaiting);
    }
  }

  private void commitWaiting() {
    scheduled.set(false);
    List<Job> group = new ArrayList<>();
    for (Job job; group.size() < maxGroup && (job = waiting.poll()) != null; ) {
      group.add(job);
    }
    if (group.isEmpty()) {
      return;
    }
    List<Runnable> afterCommit = new ArrayList<>(group.size());
    long start = System.nanoTime();
    try {
      database.inTransaction(
          connection -> {
            for (Job job : group) {
              afterCommit.add(job.write());
            }
            return null;
          });
      observer.committed(group.size(), System.nanoTime() - start);
    } catch (SQLException | RuntimeException e) {
      // One job spoiled the group: each one again alone, so that only the failing one fails.
      LOG.warn("a group of {} writes failed; retrying one by one", group.size(), e);
      afterCommit.clear();
      for (Job job : group) {
        try {
          afterCommit.add(database.inTransaction(connection -> job.write()));
        } catch (SQLException | RuntimeException alone) {
          afterCommit.add(() -> job.failed(alone));
        }
      }
    }
    for (Runnable task : afterCommit) {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.warn("a task after a commit failed", e);
      }
    }
    if (!waiting.isEmpty()) {
      schedule();
    }
  }
}
