package org.mplp.benchmarks;

import java.util.concurrent.TimeUnit;
import org.mplp.spec.binding.Binding;
import org.mplp.spec.binding.FrameCodec;
import org.mplp.spec.binding.FrameDecodeException;
import org.mplp.spec.model.Frame;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decode (schema validation included, as the server does it) and encode of the frames on the
 * message path, in both bindings.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CodecBenchmark {

  @Param({"JSON", "XML"})
  public Binding binding;

  @Param({"send", "message"})
  public String frame;

  private FrameCodec codec;
  private String text;
  private Frame decoded;

  @Setup
  public void setUp() throws FrameDecodeException {
    codec = FrameCodec.forBinding(binding);
    text = ExampleFrames.read(frame + (binding == Binding.JSON ? ".json" : ".xml"));
    decoded = codec.decode(text);
  }

  @Benchmark
  public Frame decode() throws FrameDecodeException {
    return codec.decode(text);
  }

  @Benchmark
  public String encode() {
    return codec.encode(decoded);
  }

  @Benchmark
  public String decodeThenEncode() throws FrameDecodeException {
    return codec.encode(codec.decode(text));
  }
}
