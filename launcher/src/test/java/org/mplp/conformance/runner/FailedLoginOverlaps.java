package org.mplp.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scenarios tagged @failed-logins that ran at the same time, read from the Cucumber messages of a
 * run: the launcher lets them run beside others but never beside each other.
 */
final class FailedLoginOverlaps {
  private record Ran(String name, long start, long end) {}

  private FailedLoginOverlaps() {}

  /**
   * "A overlaps B" for each scenario B that started before an earlier one, A, had ended; empty when
   * none did.
   */
  static List<String> in(Path ndjson) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, String> taggedPickles = new HashMap<>();
    Map<String, String> pickleOfCase = new HashMap<>();
    Map<String, String> caseOfStart = new HashMap<>();
    Map<String, Long> startOf = new HashMap<>();
    List<Ran> ran = new ArrayList<>();
    for (String line : Files.readAllLines(ndjson)) {
      JsonNode m = json.readTree(line);
      if (m.has("pickle") && m.path("pickle").path("tags").toString().contains("@failed-logins")) {
        taggedPickles.put(
            m.path("pickle").path("id").asText(), m.path("pickle").path("name").asText());
      } else if (m.has("testCase")) {
        pickleOfCase.put(
            m.path("testCase").path("id").asText(), m.path("testCase").path("pickleId").asText());
      } else if (m.has("testCaseStarted")) {
        JsonNode started = m.path("testCaseStarted");
        caseOfStart.put(started.path("id").asText(), started.path("testCaseId").asText());
        startOf.put(started.path("id").asText(), nanos(started.path("timestamp")));
      } else if (m.has("testCaseFinished")) {
        JsonNode finished = m.path("testCaseFinished");
        String startId = finished.path("testCaseStartedId").asText();
        String name = taggedPickles.get(pickleOfCase.get(caseOfStart.get(startId)));
        if (name != null) {
          ran.add(new Ran(name, startOf.get(startId), nanos(finished.path("timestamp"))));
        }
      }
    }
    ran.sort(Comparator.comparingLong(Ran::start));
    List<String> overlaps = new ArrayList<>();
    Ran latest = null;
    for (Ran r : ran) {
      if (latest != null && r.start() < latest.end()) {
        overlaps.add(latest.name() + " overlaps " + r.name());
      }
      if (latest == null || r.end() > latest.end()) {
        latest = r;
      }
    }
    return overlaps;
  }

  private static long nanos(JsonNode timestamp) {
    return timestamp.path("seconds").asLong() * 1_000_000_000L + timestamp.path("nanos").asLong();
  }
}
