package org.mplp.conformance.runner;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.mplp.conformance.client.ClientRunSettings;
import org.mplp.conformance.client.adapter.Adapter;
import org.mplp.conformance.driver.Binding;
import org.mplp.conformance.report.Parallelism;
import org.mplp.conformance.report.ReportWriter;
import org.mplp.conformance.report.Requirement;
import org.mplp.conformance.report.RequirementResult;
import org.mplp.conformance.report.RunContext;
import org.mplp.conformance.report.RunReport;
import org.mplp.conformance.report.ScenarioResult;

/**
 * One run of the client scenarios against the client an adapter starts: once per binding, with the
 * expected failures applied and the reports written as for a server (spec: Testing a client).
 */
final class ClientRun {
  /**
   * The settings of a client run, checked by {@link ClientCommand}.
   *
   * @param adapterFile where the adapter was read from, for the report
   * @param bindings the bindings to run, each one the adapter lists
   * @param actionWait how long the client gets for what an action asks
   * @param workDir where each scenario gets the client's folders
   */
  record Options(
      Path adapterFile,
      Adapter adapter,
      Path reportDir,
      List<Binding> bindings,
      String tags,
      Duration actionWait,
      Path workDir,
      ExpectedFailures expected) {

    Options {
      bindings = List.copyOf(bindings);
    }
  }

  private ClientRun() {}

  static RunReport run(Options options, List<Requirement> registry) throws IOException {
    Instant started = Instant.now();
    long start = System.nanoTime();
    List<Requirement> duties = registry.stream().filter(Requirement::client).toList();
    List<ScenarioResult> results = new ArrayList<>();
    for (Binding binding : options.bindings()) {
      ClientRunSettings settings =
          new ClientRunSettings(
              options.adapter(), binding, options.actionWait(), options.workDir());
      results.addAll(ScenarioLauncher.runClient(settings, options.tags(), options.reportDir()));
    }
    List<String> notes = new ArrayList<>();
    notes.add(
        "The kit played the server for "
            + options.adapter().client()
            + "; its folders are in "
            + options.workDir().toAbsolutePath()
            + ".");
    List<ScenarioResult> marked = results.stream().map(options.expected()::apply).toList();
    notes.addAll(options.expected().notes());
    // The client names no implementation in a welcome; the kit's own client runs one at a time.
    RunContext context =
        new RunContext(
            KitIdentity.current(), null, options.tags(), false, Parallelism.asAsked(1), 0);
    RunReport report =
        new RunReport(
            "client: " + options.adapter().client(),
            "adapter " + options.adapterFile().toAbsolutePath(),
            started,
            (System.nanoTime() - start) / 1_000_000,
            options.bindings().stream().map(Binding::wireName).toList(),
            marked,
            RequirementResult.aggregate(duties, marked),
            notes,
            context);
    ReportWriter.write(report, options.reportDir());
    return report;
  }
}
