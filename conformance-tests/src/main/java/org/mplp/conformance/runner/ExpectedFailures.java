package org.mplp.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mplp.conformance.report.ExpectedFailure;
import org.mplp.conformance.report.ScenarioResult;

/**
 * A vendor's known gaps, a JSON file: {@code {"expectedFailures": [{"id": ..., "reason": ...,
 * "link": ..., "expires": "2027-06-30"}]}}. The id is a requirement id or a scenario name; the
 * reason is required; an entry past its expiry date excuses nothing and is reported.
 */
final class ExpectedFailures {
  private static final Pattern REQUIREMENT = Pattern.compile("^REQ-[A-Z]+-[0-9]{3}$");
  private static final Set<String> MEMBERS = Set.of("id", "reason", "link", "expires");

  private final Map<String, ExpectedFailure> entries;
  private final LocalDate today;
  private final Set<String> used = new LinkedHashSet<>();

  private ExpectedFailures(Map<String, ExpectedFailure> entries, LocalDate today) {
    this.entries = entries;
    this.today = today;
  }

  static ExpectedFailures none() {
    return new ExpectedFailures(Map.of(), LocalDate.now());
  }

  static ExpectedFailures read(Path file, LocalDate today) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--expected-failures "
              + file
              + " is not a JSON file ("
              + e.getMessage()
              + "); see README: Expected failures",
          e);
    }
    return parse(root, file.toString(), today);
  }

  static ExpectedFailures parse(JsonNode root, String origin, LocalDate today) {
    JsonNode list = root == null ? null : root.get("expectedFailures");
    if (list == null || !list.isArray()) {
      throw new IllegalArgumentException(
          "--expected-failures "
              + origin
              + " must be a JSON object with an array \"expectedFailures\" of {\"id\", \"reason\","
              + " \"link\", \"expires\"}");
    }
    Map<String, ExpectedFailure> entries = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      ExpectedFailure entry = entry(list.get(i), origin + " entry " + (i + 1));
      if (entries.put(entry.id(), entry) != null) {
        throw new IllegalArgumentException(
            origin + " entry " + (i + 1) + ": " + entry.id() + " is listed twice");
      }
    }
    return new ExpectedFailures(entries, today);
  }

  private static ExpectedFailure entry(JsonNode n, String where) {
    if (!n.isObject()) {
      throw new IllegalArgumentException(where + ": must be an object with \"id\" and \"reason\"");
    }
    n.fieldNames()
        .forEachRemaining(
            name -> {
              if (!MEMBERS.contains(name)) {
                throw new IllegalArgumentException(
                    where + ": unknown member \"" + name + "\" (known: id, reason, link, expires)");
              }
            });
    String id = text(n, "id", where, true);
    String reason = text(n, "reason", where, true);
    String link = text(n, "link", where, false);
    if (link != null) {
      try {
        URI uri = new URI(link);
        if (uri.getScheme() == null) {
          throw new IllegalArgumentException(where + ": \"link\" must be an absolute URL: " + link);
        }
      } catch (java.net.URISyntaxException e) {
        throw new IllegalArgumentException(where + ": \"link\" is not a URL: " + link, e);
      }
    }
    String expires = text(n, "expires", where, false);
    LocalDate date = null;
    if (expires != null) {
      try {
        date = LocalDate.parse(expires);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            where + ": \"expires\" must be a date like 2027-06-30, not " + expires, e);
      }
    }
    if (id.startsWith("REQ") && !REQUIREMENT.matcher(id).matches()) {
      throw new IllegalArgumentException(
          where + ": \"id\" " + id + " looks like a requirement id but is not one (REQ-AREA-NNN)");
    }
    return new ExpectedFailure(id, reason, link, date);
  }

  private static String text(JsonNode n, String member, String where, boolean required) {
    JsonNode v = n.get(member);
    if (v == null || v.isNull()) {
      if (required) {
        throw new IllegalArgumentException(where + ": \"" + member + "\" is required");
      }
      return null;
    }
    if (!v.isTextual() || v.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": \"" + member + "\" must be a non-empty string");
    }
    return v.asText().strip();
  }

  /**
   * The result marked with the first entry that names it or its requirements and has not expired.
   */
  ScenarioResult apply(ScenarioResult result) {
    List<String> keys = new ArrayList<>();
    keys.add(result.name());
    keys.addAll(result.requirements());
    for (String key : keys) {
      ExpectedFailure entry = entries.get(key);
      if (entry != null) {
        used.add(key);
        return entry.expiredOn(today) ? result : result.withExpectedFailure(entry);
      }
    }
    return result;
  }

  /** Entries that matched no scenario that ran: probably a typo or a renamed scenario. */
  List<String> unused() {
    return entries.keySet().stream().filter(k -> !used.contains(k)).toList();
  }

  /** Entries past their expiry date: they excused nothing in this run. */
  List<ExpectedFailure> expired() {
    return entries.values().stream().filter(e -> e.expiredOn(today)).toList();
  }
}
