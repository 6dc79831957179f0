package org.mplp.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.mplp.conformance.report.ComparisonPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code mplp conformance compare}: several report.json files side by side on one page. */
@Command(
    name = "compare",
    description =
        "Writes one HTML page with a column per report.json (an implementation, named by its"
            + " welcome) and a row per requirement.")
final class CompareCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "REPORT.json", description = "report.json files.")
  private List<Path> reports;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      defaultValue = "compare.html",
      description = "Where the page goes (default: ${DEFAULT-VALUE}).")
  private Path output;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ObjectMapper json = new ObjectMapper();
    List<ComparisonPage.Column> columns = new ArrayList<>();
    for (Path file : reports) {
      JsonNode report;
      try {
        report = json.readTree(file.toFile());
      } catch (IOException e) {
        err.println("mplp conformance compare: cannot read " + file + ": " + e.getMessage());
        return ConformanceMain.BAD_USAGE;
      }
      if (report == null || !report.path("requirements").isArray()) {
        err.println(
            "mplp conformance compare: "
                + file
                + " is not a report.json of the conformance kit (no \"requirements\")");
        return ConformanceMain.BAD_USAGE;
      }
      columns.add(ComparisonPage.Column.of(report, file.getFileName().toString()));
    }
    try {
      if (output.toAbsolutePath().getParent() != null) {
        java.nio.file.Files.createDirectories(output.toAbsolutePath().getParent());
      }
      ComparisonPage.write(columns, output);
    } catch (IOException e) {
      err.println("mplp conformance compare: cannot write " + output + ": " + e.getMessage());
      return ConformanceMain.BAD_USAGE;
    }
    out.println(
        "mplp conformance compare: "
            + columns.size()
            + " reports side by side in "
            + output.toAbsolutePath());
    return 0;
  }
}
