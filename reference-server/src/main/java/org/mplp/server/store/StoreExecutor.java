package org.mplp.server.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread of a server that does database work: never an event loop, and one writer, so the
 * tasks it runs see each other's effects in submission order. Beside it, a small pool derives keys
 * from secrets (PBKDF2), which would otherwise hold up every commit behind it.
 */
public final class StoreExecutor implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(StoreExecutor.class);

  static final String THREAD_NAME = "mplp-store";

  static final String KEY_THREAD_NAME = "mplp-keys-";

  /** Idle key threads end after this long: a server seldom derives keys. */
  private static final long KEY_THREAD_IDLE_SECONDS = 30;

  private final ExecutorService executor;
  private final ExecutorService keyWork;

  /** The store thread of a server, and key threads on half the cores (at least one). */
  public StoreExecutor() {
    this(
        Executors.newSingleThreadExecutor(
            task -> {
              Thread thread = new Thread(task, THREAD_NAME);
              thread.setDaemon(true);
              return thread;
            }),
        keyPool(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)));
  }

  private StoreExecutor(ExecutorService executor, ExecutorService keyWork) {
    this.executor = executor;
    this.keyWork = keyWork;
  }

  private static ExecutorService keyPool(int threads) {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            KEY_THREAD_IDLE_SECONDS,
            TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(),
            task -> {
              Thread thread = new Thread(task, KEY_THREAD_NAME + count.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /**
   * For tests on an in-memory channel, whose event loop is not thread-safe: every task, key work
   * included, runs at once on the thread that submits it.
   */
  public static StoreExecutor callerRuns() {
    CallerRunsExecutorService inline = new CallerRunsExecutorService();
    return new StoreExecutor(inline, inline);
  }

  /**
   * Runs CPU work that touches no database (key derivation) on a key thread, then hands its result,
   * or what it threw, to {@code then} on the store thread.
   */
  public <T> void offStore(Callable<T> work, BiConsumer<T, Throwable> then) {
    try {
      keyWork.execute(
          () -> {
            T result = null;
            Throwable failure = null;
            try {
              result = work.call();
            } catch (Exception e) {
              failure = e;
            }
            T finalResult = result;
            Throwable finalFailure = failure;
            execute(() -> then.accept(finalResult, finalFailure));
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("the key threads are shut down; a task is dropped");
    }
  }

  /**
   * Runs work on the store thread and hands its result, or what it threw, to {@code reply} on
   * {@code replyOn} (a channel's event loop). The reply is queued there before the next task
   * starts.
   */
  public <T> void submit(Callable<T> work, Executor replyOn, BiConsumer<T, Throwable> reply) {
    execute(
        () -> {
          T result = null;
          Throwable failure = null;
          try {
            result = work.call();
          } catch (Exception e) {
            failure = e;
          }
          T finalResult = result;
          Throwable finalFailure = failure;
          try {
            replyOn.execute(() -> reply.accept(finalResult, finalFailure));
          } catch (RejectedExecutionException e) {
            LOG.debug("a reply found its event loop shut down");
          }
        });
  }

  /** Runs work on the store thread; the future completes there. */
  public <T> CompletableFuture<T> submit(Callable<T> work) {
    CompletableFuture<T> future = new CompletableFuture<>();
    execute(
        () -> {
          try {
            future.complete(work.call());
          } catch (Exception e) {
            future.completeExceptionally(e);
          }
        });
    return future;
  }

  /** Whether tasks run on the submitting thread ({@link #callerRuns()}). */
  public boolean isInline() {
    return executor instanceof CallerRunsExecutorService;
  }

  /** Runs a task on the store thread; what it throws is logged. */
  public void execute(Runnable task) {
    try {
      executor.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.warn("a store task failed", e);
            }
          });
    } catch (RejectedExecutionException e) {
      LOG.debug("the store executor is shut down; a task is dropped");
    }
  }

  /** Finishes the queued tasks, then ends the thread. */
  @Override
  public void close() {
    keyWork.shutdown();
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("store tasks still running after 10 s");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
