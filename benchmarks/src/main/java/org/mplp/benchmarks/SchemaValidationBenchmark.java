package org.mplp.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.mplp.spec.binding.JsonSchemas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JSON Schema validation alone, of a parsed frame against its type's schema. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchemaValidationBenchmark {

  @Param({"send", "message", "login-ok"})
  public String frame;

  private JsonNode document;

  @Setup
  public void setUp() throws Exception {
    document = new ObjectMapper().readTree(ExampleFrames.read(frame + ".json"));
    if (JsonSchemas.firstViolation(frame, document).isPresent()) {
      throw new IllegalStateException("the example " + frame + " does not validate");
    }
  }

  @Benchmark
  public Optional<JsonSchemas.Violation> validate() {
    return JsonSchemas.firstViolation(frame, document);
  }
}
