package org.mplp.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Key work runs beside the store thread, and what it gives back is handled on the store thread. */
class StoreExecutorTest {

  @Test
  void keyWorkRunsOnAKeyThreadAndItsResultOnTheStoreThread() throws Exception {
    try (StoreExecutor executor = new StoreExecutor()) {
      CompletableFuture<String> threads = new CompletableFuture<>();
      executor.offStore(
          () -> Thread.currentThread().getName(),
          (worker, failure) ->
              threads.complete(worker + " then " + Thread.currentThread().getName()));

      assertThat(threads.get(10, TimeUnit.SECONDS))
          .startsWith(StoreExecutor.KEY_THREAD_NAME)
          .endsWith(" then " + StoreExecutor.THREAD_NAME);
    }
  }

  @Test
  void whatKeyWorkThrowsReachesTheStoreThread() throws Exception {
    try (StoreExecutor executor = new StoreExecutor()) {
      CompletableFuture<Throwable> seen = new CompletableFuture<>();
      executor.offStore(
          () -> {
            throw new IllegalArgumentException("no such secret");
          },
          (result, failure) -> seen.complete(failure));

      assertThat(seen.get(10, TimeUnit.SECONDS)).hasMessage("no such secret");
    }
  }

  @Test
  void callerRunsDoesKeyWorkOnTheCallingThread() {
    StoreExecutor executor = StoreExecutor.callerRuns();
    String[] threads = new String[2];
    executor.offStore(
        () -> Thread.currentThread().getName(),
        (worker, failure) -> {
          threads[0] = worker;
          threads[1] = Thread.currentThread().getName();
        });

    assertThat(threads).containsOnly(Thread.currentThread().getName());
    executor.close();
  }
}
