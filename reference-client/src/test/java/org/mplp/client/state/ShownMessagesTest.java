package org.mplp.client.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShownMessagesTest {
  @TempDir Path temp;

  private Path file() {
    return temp.resolve("shown-messages");
  }

  private static List<String> ids(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "m-" + i).toList();
  }

  @Test
  void anIdNotYetAcknowledgedIsKeptHoweverManyFollowIt() throws IOException {
    try (ShownMessages shown = ShownMessages.open(file())) {
      shown.firstShowing("m-lost-ack");
      for (String id : ids(0, 5 * ShownMessages.KEEP_ACKNOWLEDGED)) {
        shown.firstShowing(id);
        shown.acknowledged(List.of(id));
      }
      assertThat(shown.contains("m-lost-ack")).isTrue();
    }
    try (ShownMessages again = ShownMessages.open(file())) {
      assertThat(again.firstShowing("m-lost-ack")).as("after a restart").isFalse();
    }
  }

  @Test
  void onlyTheNewestAcknowledgedIdsAreKeptAndTheFileStaysBounded() throws IOException {
    int count = 10 * ShownMessages.KEEP_ACKNOWLEDGED;
    try (ShownMessages shown = ShownMessages.open(file())) {
      for (List<String> batch : List.of(ids(0, count / 2), ids(count / 2, count))) {
        batch.forEach(shown::firstShowing);
        shown.acknowledged(batch);
      }
      assertThat(shown.size()).isEqualTo(ShownMessages.KEEP_ACKNOWLEDGED);
      assertThat(shown.contains("m-" + (count - 1))).isTrue();
      assertThat(shown.contains("m-" + (count - ShownMessages.KEEP_ACKNOWLEDGED))).isTrue();
      assertThat(shown.contains("m-0")).as("acknowledged long ago").isFalse();
    }
    assertThat(Files.readAllLines(file()).size())
        .as("lines in the file")
        .isLessThanOrEqualTo(3 * ShownMessages.KEEP_ACKNOWLEDGED);
    try (ShownMessages again = ShownMessages.open(file())) {
      assertThat(again.firstShowing("m-" + (count - 1))).isFalse();
      assertThat(again.size()).isEqualTo(ShownMessages.KEEP_ACKNOWLEDGED);
    }
  }

  @Test
  void bareIdsOfTheEarlierFormatReadAsAcknowledged() throws IOException {
    Files.write(file(), ids(0, 4 * ShownMessages.KEEP_ACKNOWLEDGED));
    try (ShownMessages shown = ShownMessages.open(file())) {
      assertThat(shown.size()).isEqualTo(ShownMessages.KEEP_ACKNOWLEDGED);
      assertThat(shown.firstShowing("m-" + (4 * ShownMessages.KEEP_ACKNOWLEDGED - 1))).isFalse();
    }
    assertThat(Files.readAllLines(file())).hasSize(ShownMessages.KEEP_ACKNOWLEDGED);
  }
}
