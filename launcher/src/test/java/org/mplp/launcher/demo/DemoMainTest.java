package org.mplp.launcher.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mplp.spec.model.TransferReason;
import org.mplp.spec.model.TransferState;
import picocli.CommandLine;

/** {@code ./mplp demo --once} in-process: the walkthrough's outcomes, step by step. */
class DemoMainTest {
  @Test
  void theWalkthroughShowsEveryEmbodimentAndEnds() throws Exception {
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    DemoMain demo = new DemoMain(new PrintStream(screen, true, StandardCharsets.UTF_8));
    int exit = new CommandLine(demo).execute("--once");
    String shown = screen.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(shown).isZero();
    Walkthrough.Outcome outcome = demo.outcome;
    String account = outcome.account();
    assertThat(account).as("the patent's account").isEqualTo("235683");
    assertThat(outcome.addresses())
        .containsExactly(account + "-PC-1", account + "-MP-1", account + "-TV-1");
    assertThat(outcome.messageBody()).isEqualTo("Hello from the PC");
    assertThat(outcome.accepted().state()).isEqualTo(TransferState.COMPLETED);
    assertThat(outcome.acceptedFirstLine()).isEqualTo("Quarterly report");
    assertThat(outcome.rejected().state()).isEqualTo(TransferState.REJECTED);
    assertThat(outcome.rejected().reason()).isEqualTo(TransferReason.DECLINED);
    assertThat(outcome.rejected().note()).isEqualTo("no room on the phone");
    assertThat(outcome.direct().state()).isEqualTo(TransferState.COMPLETED);
    assertThat(outcome.direct().permission().wireName()).isEqualTo("direct");
    assertThat(outcome.directFile().getFileName().toString()).isEqualTo("photo.jpg");
    assertThat(outcome.pushedToTv().policy().transfers().wireName()).isEqualTo("ask");
    assertThat(outcome.secondaryRefusal()).isEqualTo("not-primary");
    assertThat(shown)
        .contains("My devices (2)")
        .contains("./mplp client --server ws://127.0.0.1:")
        .contains("or, in a browser: http://127.0.0.1:")
        .contains("--account " + account + " --password " + outcome.password())
        .contains("deleted " + demo.workDir);
    assertThat(demo.workDir).as("--once leaves no temporary folder").doesNotExist();
  }
}
