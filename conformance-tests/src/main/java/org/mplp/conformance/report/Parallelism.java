package org.mplp.conformance.report;

/**
 * How many scenarios ran at once: the {@code --parallel} asked for, and fewer when the target's
 * per-address connection cap (spec: Limits, REQ-LIMIT-009) leaves room for fewer.
 *
 * @param asked the {@code --parallel} of the command line
 * @param atOnce the scenarios that ran at once
 * @param cappedBy the limit that lowered it, with its value ("maxConnectionsPerAddress 16"); null
 *     when nothing did
 */
public record Parallelism(int asked, int atOnce, String cappedBy) {

  /** As asked: nothing lowered it. */
  public static Parallelism asAsked(int asked) {
    return new Parallelism(asked, asked, null);
  }

  public boolean capped() {
    return atOnce != asked;
  }

  /** "--parallel 8", or "--parallel 8, capped at 3 by maxConnectionsPerAddress 16". */
  public String describe() {
    String flag = "--parallel " + asked;
    return capped() ? flag + ", capped at " + atOnce + " by " + cappedBy : flag;
  }
}
