package org.mplp.client.cli;

import java.util.ArrayList;
import java.util.List;
import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;

/** Completes the interactive client's commands and their options from the picocli model. */
final class CommandCompleter implements Completer {
  private volatile CommandSpec commands;

  void commands(CommandSpec spec) {
    this.commands = spec;
  }

  @Override
  public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
    CommandSpec spec = commands;
    List<String> words = line.words();
    if (spec == null || words.isEmpty() || !(words.get(0).startsWith("/") || words.size() == 1)) {
      return; // a message: nothing to complete
    }
    List<CharSequence> suffixes = new ArrayList<>();
    AutoComplete.complete(
        spec,
        words.toArray(String[]::new),
        line.wordIndex(),
        line.wordCursor(),
        line.cursor(),
        suffixes);
    String typed = line.word().substring(0, line.wordCursor());
    suffixes.forEach(suffix -> candidates.add(new Candidate(typed + suffix)));
  }
}
