package org.mplp.conformance.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes report.html, report.json and junit.xml into one directory. */
public final class ReportWriter {
  public static final String HTML = "report.html";
  public static final String JSON = "report.json";
  public static final String JUNIT = "junit.xml";

  private ReportWriter() {}

  public static void write(RunReport report, Path directory) throws IOException {
    Files.createDirectories(directory);
    HtmlReportWriter.write(report, directory.resolve(HTML));
    JsonReportWriter.write(report, directory.resolve(JSON));
    JunitXmlWriter.write(report, directory.resolve(JUNIT));
  }
}
