package org.mplp.bench.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a figure came from: cores, memory, JVM, kernel, and how busy it was. */
public final class Machine {

  private Machine() {}

  public static ObjectNode describe() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("cores", Runtime.getRuntime().availableProcessors());
    node.put("memTotal", firstLine("/proc/meminfo"));
    node.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
    node.put("kernel", firstLine("/proc/sys/kernel/osrelease"));
    node.put("loadAverageAtStart", firstLine("/proc/loadavg"));
    return node;
  }

  public static String loadAverage() {
    return firstLine("/proc/loadavg");
  }

  private static String firstLine(String path) {
    try {
      return Files.readAllLines(Path.of(path)).get(0).trim();
    } catch (IOException | IndexOutOfBoundsException e) {
      return "unknown";
    }
  }
}
