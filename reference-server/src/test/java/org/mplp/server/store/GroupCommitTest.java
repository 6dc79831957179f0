package org.mplp.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writes queued together commit together, and tell others only after the commit. */
class GroupCommitTest {

  @TempDir Path dataDir;
  private StoreExecutor executor;
  private Database database;

  @BeforeEach
  void open() throws Exception {
    executor = new StoreExecutor();
    database = executor.submit(() -> Database.open(dataDir)).get(10, TimeUnit.SECONDS);
    executor.submit(() -> update("CREATE TABLE t (x INTEGER)")).get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void close() throws Exception {
    executor.submit(
        () -> {
          database.close();
          return null;
        });
    executor.close();
  }

  private int update(String sql) throws SQLException {
    try (Statement statement = database.connection().createStatement()) {
      return statement.executeUpdate(sql);
    }
  }

  private GroupCommit.Job insert(int x, List<String> log, CountDownLatch done) {
    return new GroupCommit.Job() {
      @Override
      public Runnable write() throws SQLException {
        if (x < 0) {
          throw new SQLException("refused");
        }
        log.add("write " + x + (database.connection().getAutoCommit() ? "" : " in transaction"));
        update("INSERT INTO t (x) VALUES (" + x + ")");
        return () -> {
          log.add("after " + x);
          done.countDown();
        };
      }

      @Override
      public void failed(Exception cause) {
        log.add("failed " + x);
        done.countDown();
      }
    };
  }

  /** Keeps the store thread busy until the latch opens, so submitted jobs wait together. */
  private CountDownLatch holdTheStoreThread() {
    CountDownLatch hold = new CountDownLatch(1);
    executor.execute(
        () -> {
          try {
            hold.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    return hold;
  }

  @Test
  void jobsThatWaitTogetherCommitInOneGroupBeforeAnyoneIsTold() throws Exception {
    GroupCommit commits = new GroupCommit(database, executor, 100);
    CountDownLatch hold = holdTheStoreThread();
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(10);
    for (int x = 1; x <= 10; x++) {
      commits.submit(insert(x, log, done));
    }
    hold.countDown();
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    List<String> expected = new ArrayList<>();
    for (int x = 1; x <= 10; x++) {
      expected.add("write " + x + " in transaction");
    }
    for (int x = 1; x <= 10; x++) {
      expected.add("after " + x);
    }
    assertThat(log).containsExactlyElementsOf(expected);
  }

  @Test
  void aFailingJobFailsAloneAndTheOthersAreCommitted() throws Exception {
    GroupCommit commits = new GroupCommit(database, executor, 100);
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(3);
    commits.submit(insert(1, log, done));
    commits.submit(insert(-1, log, done));
    commits.submit(insert(2, log, done));
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(log).contains("failed -1", "after 1", "after 2");
    int rows =
        executor
            .submit(
                () -> {
                  try (Statement statement = database.connection().createStatement();
                      var result = statement.executeQuery("SELECT COUNT(*) FROM t")) {
                    result.next();
                    return result.getInt(1);
                  }
                })
            .get(10, TimeUnit.SECONDS);
    assertThat(rows).isEqualTo(2);
  }

  @Test
  void aGroupHasAtMostTheCap() throws Exception {
    GroupCommit commits = new GroupCommit(database, executor, 3);
    CountDownLatch hold = holdTheStoreThread();
    List<String> log = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(7);
    for (int x = 1; x <= 7; x++) {
      commits.submit(insert(x, log, done));
    }
    hold.countDown();
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(log.stream().map(line -> line.substring(0, 5)).toList())
        .containsExactly(
            "write", "write", "write", "after", "after", "after", "write", "write", "write",
            "after", "after", "after", "write", "after");
  }
}
