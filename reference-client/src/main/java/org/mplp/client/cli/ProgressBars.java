package org.mplp.client.cli;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.mplp.client.transfers.TransferProgressEvent;
import org.mplp.client.transfers.TransferProgressEvent.Direction;

/**
 * One progress bar per file on the move, with speed and time left, on stderr so that stdout stays
 * for what a script reads. Called on the client's event thread only.
 */
final class ProgressBars {
  private static final int WIDTH = 100;

  private final PrintStream out;
  private final Map<String, ProgressBar> bars = new HashMap<>();

  ProgressBars(PrintStream out) {
    this.out = out;
  }

  void show(TransferProgressEvent progress) {
    String key = progress.transferId() + "/" + progress.index() + "/" + progress.direction();
    ProgressBar bar =
        bars.computeIfAbsent(
            key,
            k ->
                new ProgressBarBuilder()
                    .setTaskName(
                        (progress.direction() == Direction.UPLOAD ? "up " : "down ")
                            + progress.name())
                    .setInitialMax(Math.max(progress.total(), 1))
                    .setUnit("KiB", 1024)
                    // Colours and block characters only where a person watches a terminal.
                    .setStyle(
                        System.console() == null
                            ? ProgressBarStyle.ASCII
                            : ProgressBarStyle.COLORFUL_UNICODE_BLOCK)
                    .showSpeed()
                    .startsFrom(progress.bytes(), java.time.Duration.ZERO)
                    .setConsumer(new ConsoleProgressBarConsumer(out, WIDTH))
                    .build());
    bar.stepTo(progress.total() == 0 && progress.done() ? 1 : progress.bytes());
    if (progress.done()) {
      bar.close();
      bars.remove(key);
      // The bar's own speed needs a second of history; a fast file gets the measured figure.
      out.printf(
          "  %s %s: %d bytes at %.1f MB/s%n",
          progress.direction() == Direction.UPLOAD ? "uploaded" : "downloaded",
          progress.name(),
          progress.total(),
          progress.bytesPerSecond() / 1e6);
    }
  }

  void closeAll() {
    bars.values().forEach(ProgressBar::close);
    bars.clear();
  }
}
