package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChoiceCheckTest {

  @TempDir Path dir;

  private List<String> faults(String adoc) {
    RequirementExtractor.Extraction extraction =
        RequirementExtractor.extract(SharedRenderer.get().loadString(adoc, dir));
    List<BuildFault> all = new java.util.ArrayList<>(extraction.faults());
    all.addAll(ChoiceCheck.check(extraction.requirements(), extraction.choices()));
    return all.stream().map(BuildFault::message).toList();
  }

  @Test
  void readsTheChoicesOfARequirementAndTheStatusOfEachNote() {
    RequirementExtractor.Extraction extraction =
        RequirementExtractor.extract(
            SharedRenderer.get()
                .loadString(
                    """
                    == Login

                    [.req#REQ-LOGIN-001,choices="CHOICE-LOGIN-01 CHOICE-LOGIN-02"]
                    A server MUST challenge every login.

                    [NOTE.choice#CHOICE-LOGIN-01]
                    Decided: a login whose first message does not parse is challenged too.

                    [NOTE.choice#CHOICE-LOGIN-02]
                    Open: either code is conformant.

                    [.req#REQ-LOGIN-002,choices=none]
                    A server MUST answer alike.
                    """,
                    dir));

    assertThat(extraction.faults()).isEmpty();
    assertThat(extraction.requirements().get(0).choices())
        .containsExactly("CHOICE-LOGIN-01", "CHOICE-LOGIN-02");
    assertThat(extraction.requirements().get(1).choices()).isEmpty();
    assertThat(extraction.choices())
        .extracting(Choice::id, Choice::status, Choice::section)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CHOICE-LOGIN-01", Choice.Status.DECIDED, "Login"),
            org.assertj.core.groups.Tuple.tuple("CHOICE-LOGIN-02", Choice.Status.OPEN, "Login"));
    assertThat(ChoiceCheck.check(extraction.requirements(), extraction.choices())).isEmpty();
  }

  @Test
  void everyRequirementSaysItsChoicesAndEveryChoiceIsNamed() {
    assertThat(
            faults(
                """
                == Area

                [.req#REQ-AREA-001]
                A server MUST do one thing.

                [.req#REQ-AREA-002,choices=CHOICE-AREA-09]
                A server MUST do another.

                [NOTE.choice#CHOICE-AREA-01]
                Open: nobody names this one.

                [NOTE.choice#CHOICE-AREA-02]
                Maybe: neither decided nor open.

                [NOTE.choice]
                Open: no id.
                """))
        .containsExactlyInAnyOrder(
            "REQ-AREA-001 does not say which choices it leaves: add choices=none or"
                + " choices=\"CHOICE-...\" to its attribute line",
            "REQ-AREA-002 names the choice CHOICE-AREA-09, which no choice note has",
            "no requirement names the choice CHOICE-AREA-01 it settles",
            "CHOICE-AREA-02 opens with neither \"Decided:\" nor \"Open:\": say how the choice is"
                + " settled",
            "a choice note needs an id CHOICE-<AREA>-<NN>: write [NOTE.choice#CHOICE-...]");
  }

  @Test
  void aChoiceNoteIsNeverNormative() {
    assertThat(
            faults(
                """
                == Area

                [.req#REQ-AREA-001,choices=CHOICE-AREA-01]
                A server MUST do one thing.

                [NOTE.choice#CHOICE-AREA-01]
                Decided: a server MUST do it at once.
                """))
        .anySatisfy(f -> assertThat(f).contains("uppercase MUST outside a requirement paragraph"));
  }
}
