package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequirementExtractorTest {

  @TempDir Path dir;

  private RequirementExtractor.Extraction extract(String adoc) {
    return RequirementExtractor.extract(SharedRenderer.get().loadString(adoc, dir));
  }

  private List<String> faults(String adoc) {
    return extract(adoc).faults().stream().map(BuildFault::message).toList();
  }

  @Test
  void extractsLevelSectionTextAndEmbodiment() {
    RequirementExtractor.Extraction extraction =
        extract(
            """
            = Spec

            == Opening exchange

            === Versions

            [.req#REQ-OPEN-002,embodiment=S21 S25]
            The server MUST choose the first version
            in the hello's list that it speaks.

            [.req#REQ-OPEN-010]
            A server MUST NOT answer a `welcome`.

            == Errors

            [.req#REQ-ERROR-012]
            A client SHOULD act on the code of an error frame.

            [.req#REQ-ERROR-013]
            A client SHOULD NOT retry at once.

            [.req#REQ-ERROR-014]
            A client MAY send `ping` at any time.
            """);

    assertThat(extraction.faults()).isEmpty();
    assertThat(extraction.requirements())
        .extracting(Requirement::id, Requirement::level, Requirement::section)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "REQ-OPEN-002", Level.MUST, "Opening exchange > Versions"),
            org.assertj.core.groups.Tuple.tuple(
                "REQ-OPEN-010", Level.MUST_NOT, "Opening exchange > Versions"),
            org.assertj.core.groups.Tuple.tuple("REQ-ERROR-012", Level.SHOULD, "Errors"),
            org.assertj.core.groups.Tuple.tuple("REQ-ERROR-013", Level.SHOULD_NOT, "Errors"),
            org.assertj.core.groups.Tuple.tuple("REQ-ERROR-014", Level.MAY, "Errors"));
    Requirement first = extraction.requirements().get(0);
    assertThat(first.text())
        .isEqualTo("The server MUST choose the first version in the hello's list that it speaks.");
    assertThat(first.embodiment()).containsExactly("S21", "S25");
    assertThat(extraction.requirements().get(1).embodiment()).isEmpty();
  }

  @Test
  void failsAStrayKeywordInAnyKindOfBlock() {
    List<String> faults =
        faults(
            """
            == Area

            A paragraph where a server MUST do it.

            * a list item that SHOULD fail
            * a list item that quotes `MUST`, which is fine

            |===
            |a cell that is OPTIONAL |fine
            |===

            NOTE: This is RECOMMENDED.

            term:: a description that MAY fail

            ----
            code MUST be left alone
            ----
            """);

    assertThat(faults)
        .hasSize(5)
        .anySatisfy(f -> assertThat(f).startsWith("uppercase MUST ").contains("in paragraph"))
        .anySatisfy(f -> assertThat(f).startsWith("uppercase SHOULD ").contains("in list item"))
        .anySatisfy(f -> assertThat(f).startsWith("uppercase OPTIONAL ").contains("in table cell"))
        .anySatisfy(
            f -> assertThat(f).startsWith("uppercase RECOMMENDED ").contains("in admonition"))
        .anySatisfy(f -> assertThat(f).startsWith("uppercase MAY ").contains("in list item"));
  }

  @Test
  void failsADuplicateId() {
    RequirementExtractor.Extraction extraction =
        extract(
            """
            [.req#REQ-OPEN-001]
            A server MUST answer.

            [.req#REQ-OPEN-001]
            A server MUST answer again.
            """);

    assertThat(extraction.requirements()).hasSize(1);
    assertThat(extraction.faults())
        .singleElement()
        .satisfies(
            fault -> {
              assertThat(fault.message())
                  .startsWith("duplicate requirement id REQ-OPEN-001 (first at ");
              assertThat(fault.where()).endsWith(":5");
            });
  }

  @Test
  void failsABadIdNoKeywordMixedLevelsAndShall() {
    assertThat(
            faults(
                """
                [.req#REQ-open-1]
                A server MUST answer.

                [.req#REQ-OPEN-002]
                A server answers.

                [.req#REQ-OPEN-003]
                A server MUST answer and MAY log.

                [.req#REQ-OPEN-004]
                A server SHALL answer.

                [.req]
                A server MUST answer.
                """))
        .containsExactly(
            "requirement id REQ-open-1 does not match REQ-[A-Z]+-[0-9]{3}",
            "REQ-OPEN-002 has no RFC 2119 keyword (MUST, MUST NOT, SHOULD, SHOULD NOT, MAY)",
            "REQ-OPEN-003 mixes levels MUST and MAY: write one requirement per paragraph",
            "REQ-OPEN-004 uses SHALL: requirements say MUST, MUST NOT, SHOULD, SHOULD NOT or MAY",
            "requirement paragraph without an id: write [.req#REQ-<AREA>-<NNN>]");
  }
}
