package org.mplp.server.store;

/**
 * Told of each group commit: how many writes it held and how long it took, sync to disk included.
 * The store's one touch point for metrics, whatever it becomes inside.
 */
@FunctionalInterface
public interface CommitObserver {

  CommitObserver NONE = (writes, nanos) -> {};

  void committed(int writes, long nanos);
}
