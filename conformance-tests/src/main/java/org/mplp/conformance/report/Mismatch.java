package org.mplp.conformance.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The frame a failed step expected beside the frame that arrived, both as JSON trees (an XML frame
 * is read into the same tree), so that a report shows only the members that differ.
 */
public record Mismatch(JsonNode expected, JsonNode actual) {

  public List<FrameDiff.Difference> differences() {
    return FrameDiff.between(expected, actual);
  }
}
