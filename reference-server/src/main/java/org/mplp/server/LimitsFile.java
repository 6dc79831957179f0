package org.mplp.server;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.mplp.spec.model.Limits;

/**
 * A limits object as the discovery document carries it (spec: Limits), read from a file for {@code
 * mplp server --limits FILE}: every member present, none unknown. {@link ServerConfig} then checks
 * the schema's bounds and the constraints between limits.
 */
public final class LimitsFile {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private LimitsFile() {}

  /** The limits in {@code file}; an exception that says what is wrong with it otherwise. */
  public static Limits read(Path file) throws IOException {
    try {
      return JSON.readValue(file.toFile(), Limits.class);
    } catch (IOException e) {
      throw new IOException("cannot read the limits in " + file + ": " + e.getMessage(), e);
    }
  }
}
