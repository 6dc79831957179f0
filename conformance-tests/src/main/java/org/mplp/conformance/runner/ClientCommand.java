package org.mplp.conformance.runner;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mplp.conformance.client.adapter.Adapter;
import org.mplp.conformance.client.adapter.AdapterFile;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.report.Requirement;
import org.mplp.conformance.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code mplp conformance client}: the kit plays the server for a client under test. */
@Command(
    name = "client",
    sortOptions = false,
    description =
        "Runs the client scenarios: the kit plays the server and the account's other devices on a"
            + " local port and makes the client under test act through an adapter file.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:conformant", "1:not conformant", "2:bad usage, configuration or adapter"})
final class ClientCommand implements Callable<Integer> {
  @ParentCommand private ConformanceMain parent;

  @Spec private CommandSpec spec;

  @Option(
      names = "--adapter",
      required = true,
      paramLabel = "FILE",
      description = "The adapter: how to make the client under test do each action (JSON).")
  private Path adapter;

  @Option(
      names = "--define",
      paramLabel = "NAME=VALUE",
      description = "Sets a variable of the adapter, over the value the file gives it.")
  private Map<String, String> defines = new LinkedHashMap<>();

  @Option(
      names = "--report",
      paramLabel = "DIR",
      defaultValue = "conformance-report",
      description = "Where report.html, report.json and junit.xml go (default: ${DEFAULT-VALUE}).")
  private Path report;

  @Option(
      names = "--work-dir",
      paramLabel = "DIR",
      description =
          "Where each scenario gets the client's state and receive folders (default: the report"
              + " folder's client-work).")
  private Path workDir;

  @Option(
      names = "--binding",
      paramLabel = "json|xml|all",
      defaultValue = "all",
      description = "all = every binding the adapter lists (default).")
  private String binding;

  @Option(names = "--tags", paramLabel = "EXPR", description = "A Cucumber tag expression.")
  private String tags;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "15",
      description =
          "How long the client gets for what an action asks, e.g. to show a message"
              + " (default: ${DEFAULT-VALUE}).")
  private int timeoutSeconds;

  @Option(
      names = "--expected-failures",
      paramLabel = "FILE",
      description = "Known gaps: 'REQ-id-or-scenario-name  reason' per line.")
  private Path expectedFailures;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ClientRun.Options options;
    List<Requirement> requirements;
    try {
      options = options();
      requirements = parent.requirements();
    } catch (AdapterFile.BadAdapter | RuntimeException e) {
      return usage(err, e.getMessage());
    }
    try {
      RunReport report = ClientRun.run(options, requirements);
      Summary.print(report, options.reportDir(), out);
      return report.conformant() ? ConformanceMain.CONFORMANT : ConformanceMain.NOT_CONFORMANT;
    } catch (IOException e) {
      err.println("mplp conformance client: could not write the report: " + e.getMessage());
      return ConformanceMain.BAD_USAGE;
    }
  }

  private ClientRun.Options options() throws AdapterFile.BadAdapter {
    if (timeoutSeconds < 1) {
      throw new IllegalArgumentException("--timeout must be at least 1 second");
    }
    if (tags != null) {
      try {
        TagExpressionParser.parse(tags);
      } catch (TagExpressionException e) {
        throw new IllegalArgumentException("--tags is not a tag expression: " + e.getMessage());
      }
    }
    Adapter read = AdapterFile.read(adapter).defining(defines);
    List<Binding> bindings = new ArrayList<>();
    if (binding.equals("all")) {
      read.bindings().stream()
          .map(b -> Binding.forName(b).orElseThrow())
          .sorted()
          .forEach(bindings::add);
    } else {
      Binding one =
          Binding.forName(binding)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "--binding must be json, xml or all, not " + binding));
      if (!read.bindings().contains(one.wireName())) {
        throw new IllegalArgumentException(
            "the adapter " + adapter + " does not list the " + binding + " binding");
      }
      bindings.add(one);
    }
    ExpectedFailures expected =
        expectedFailures == null
            ? ExpectedFailures.none()
            : ExpectedFailures.read(expectedFailures, java.time.LocalDate.now());
    return new ClientRun.Options(
        adapter,
        read,
        report,
        bindings,
        tags,
        Duration.ofSeconds(timeoutSeconds),
        workDir != null ? workDir : report.resolve("client-work"),
        expected);
  }

  private int usage(PrintWriter err, String message) {
    err.println("mplp conformance client: " + message);
    err.println("Try 'mplp conformance client --help'.");
    return ConformanceMain.BAD_USAGE;
  }
}
