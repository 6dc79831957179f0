package org.mplp.client.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * A command of a registered device, the same in a one-shot run and in the interactive client: it
 * works with the session its parent gives. Whatever goes wrong ends as a message and an exit code.
 */
abstract class DeviceCommand implements Callable<Integer> {
  @ParentCommand CommandRoot root;

  @Mixin HelpOption help;

  @Override
  public final Integer call() {
    DeviceSession session = root.session();
    try {
      return run(session);
    } catch (Exception e) {
      return Failures.report(session.io(), session.json(), e);
    }
  }

  abstract int run(DeviceSession session) throws Exception;
}
