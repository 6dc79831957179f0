package org.mplp.conformance.driver;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The accounts of an --accounts file, shared by every binding of a run: each is handed out once. A
 * scenario that needs one more than remain ends in error, with a message that says so.
 */
public final class AccountPool implements AccountSource {
  private final String origin;
  private final int size;
  private final Deque<Account> unused;

  public AccountPool(String origin, List<Account> accounts) {
    this.origin = origin;
    this.size = accounts.size();
    this.unused = new ArrayDeque<>(accounts);
  }

  @Override
  public synchronized Account take() {
    Account next = unused.poll();
    if (next == null) {
      throw new DriverException(
          "The accounts file "
              + origin
              + " lists "
              + size
              + " accounts and earlier scenarios have used them all; this scenario needs a fresh"
              + " one. Every scenario that logs in takes its own accounts: add more to the file.");
    }
    return next;
  }

  /** Where the accounts come from: the file's name. */
  public String origin() {
    return origin;
  }

  /** How many accounts the file lists. */
  public int size() {
    return size;
  }

  @Override
  public synchronized int taken() {
    return size - unused.size();
  }

  @Override
  public synchronized String describe() {
    return "the accounts file " + origin + " (" + taken() + " of " + size + " used)";
  }
}
