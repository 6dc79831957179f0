package org.mplp.spec.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole build on a small spec: one booted Asciidoctor, shared with the other tests. */
class SpecBuildTest {

  @TempDir Path dir;
  private SpecBuildOptions options;

  @BeforeEach
  void writeSpec() throws IOException {
    write(
        "docs/index.adoc",
        """
        = Tiny spec

        include::area.adoc[]

        [appendix]
        == Traceability

        include::{generated}/traceability.adoc[]
        """);
    write(
        "docs/area.adoc",
        """
        == Opening

        [.req#REQ-OPEN-001,embodiment=S21,choices=CHOICE-OPEN-01]
        A server MUST answer a hello with a welcome.

        [NOTE.choice#CHOICE-OPEN-01]
        Open: the welcome may come before or after a frame of the server's own accord.

        [.req#REQ-OPEN-009,choices=none]
        A client MAY send a ping.

        .Members of `hello`
        include::{generated}/fields/hello.adoc[]

        [plantuml,opening,svg]
        ....
        @startuml
        Client -> Server : hello
        Server --> Client : welcome
        @enduml
        ....

        See <<REQ-OPEN-001>>.
        """);
    write(
        "features/opening/hello.feature",
        """
        Feature: Opening
          # REQ-OPEN-001: A server MUST answer a hello with a welcome.
          @REQ-OPEN-001 @S21 @must @profile-core
          Scenario: A hello gets a welcome
            Given a connection
        """);
    write(
        "features/untested.txt",
        "# why\nREQ-OPEN-009: a client's freedom leaves nothing to fail\n");
    options =
        SpecBuildOptions.parse(
            "--docs=" + dir.resolve("docs"),
            "--schemas=../spec/src/main/resources/org/mplp/spec",
            "--features=" + dir.resolve("features"),
            "--generated=" + dir.resolve("out/generated"),
            "--registry=" + dir.resolve("out/classes/requirements.json"),
            "--html=" + dir.resolve("out/html"));
  }

  @Test
  void buildsRegistryMatrixAndHtmlWithDiagramAndLabels() throws IOException {
    SpecBuild.Summary summary = new SpecBuild(SharedRenderer.get()).run(options);

    assertThat(summary)
        .hasToString(
            "2 requirements (1 MUST, 0 SHOULD, 1 MAY), 1 choices (0 decided, 1 open), 1 scenarios,"
                + " 0 untested MUST");
    assertThat(Files.readString(dir.resolve("out/classes/requirements.json")))
        .contains(
            "\"id\" : \"REQ-OPEN-001\"",
            "\"section\" : \"Opening\"",
            "\"embodiment\" : [ \"S21\" ]",
            "\"status\" : \"open\"",
            "\"requirements\" : [ \"REQ-OPEN-001\" ]");
    assertThat(Files.readString(dir.resolve("out/generated/traceability.adoc")))
        .contains("* `+opening/hello.feature+`: A hello gets a welcome")
        .contains(
            "* <<REQ-OPEN-009,REQ-OPEN-009>> (MAY): a client's freedom leaves nothing to fail")
        .contains("found 1 passages: 0 decided by a precise sentence, 1 declared open")
        .contains("* <<CHOICE-OPEN-01,CHOICE-OPEN-01>> (open)");
    String html = Files.readString(dir.resolve("out/html/index.html"));
    assertThat(html)
        .contains("<div class=\"title\">REQ-OPEN-001 · MUST · S21 · leaves CHOICE-OPEN-01</div>")
        .contains("<div class=\"title\">CHOICE-OPEN-01 · open</div>")
        .contains("<div class=\"title\">REQ-OPEN-009 · MAY</div>")
        .contains("<a href=\"#REQ-OPEN-001\">REQ-OPEN-001</a>")
        .contains(
            "<td class=\"tableblock halign-left valign-top\"><p class=\"tableblock\"><code>versions</code>")
        .contains("src=\"images/opening.svg\"");
    assertThat(Files.readString(dir.resolve("out/html/images/opening.svg"))).contains("<svg");
  }

  @Test
  void failsListingEveryFaultWithItsPlace() throws IOException {
    write(
        "docs/area.adoc",
        """
        == Opening

        [.req#REQ-OPEN-001,choices=none]
        A server MUST answer a hello with a welcome.

        [.req#REQ-OPEN-002,choices=none]
        A server MUST choose the first version it speaks.

        Servers SHOULD be quick.

        include::missing.adoc[]
        """);
    write("features/untested.txt", "");

    assertThatThrownBy(() -> new SpecBuild(SharedRenderer.get()).run(options))
        .isInstanceOf(SpecBuildException.class)
        .satisfies(
            e ->
                assertThat(((SpecBuildException) e).faults())
                    .extracting(BuildFault::toString)
                    .hasSize(3)
                    .anySatisfy(
                        f ->
                            assertThat(f)
                                .contains(
                                    "area.adoc:11: asciidoctor ERROR: include file not found"))
                    .anySatisfy(f -> assertThat(f).contains("area.adoc:9: uppercase SHOULD"))
                    .anySatisfy(
                        f ->
                            assertThat(f)
                                .contains(
                                    "area.adoc:7: REQ-OPEN-002 (MUST) has no scenario tagged @REQ-OPEN-002")));
  }

  @Test
  void failsAnUnresolvedCrossReference() throws IOException {
    write("docs/area.adoc", "== Opening\n\nSee <<REQ-OPEN-404>>.\n");
    write("features/opening/hello.feature", "Feature: Opening\n");

    assertThatThrownBy(() -> new SpecBuild(SharedRenderer.get()).run(options))
        .isInstanceOf(SpecBuildException.class)
        .hasMessageContaining("possible invalid reference: REQ-OPEN-404");
  }

  private void write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
