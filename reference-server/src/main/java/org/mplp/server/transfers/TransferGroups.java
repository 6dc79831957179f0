package org.mplp.server.transfers;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The accepted transfers of each group, kept in memory for the data channel's progress: one upload
 * of a group's file is reported to every transfer of the group that takes it (REQ-XFER-033).
 */
final class TransferGroups {

  private final ConcurrentMap<String, Set<String>> members = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> groupOf = new ConcurrentHashMap<>();

  /** The transfer was accepted; nothing for one that belongs to no group. */
  void join(StoredTransfer transfer) {
    if (transfer.group() != null) {
      groupOf.put(transfer.transferId(), transfer.group());
      members
          .computeIfAbsent(transfer.group(), group -> ConcurrentHashMap.newKeySet())
          .add(transfer.transferId());
    }
  }

  /** The transfer ended. */
  void leave(StoredTransfer transfer) {
    if (transfer.group() != null && groupOf.remove(transfer.transferId()) != null) {
      members.computeIfPresent(
          transfer.group(),
          (group, ids) -> {
            ids.remove(transfer.transferId());
            return ids.isEmpty() ? null : ids;
          });
    }
  }

  /** The accepted transfers that share the transfer's files: itself and its group's others. */
  Set<String> membersWith(String transferId) {
    String group = groupOf.get(transferId);
    Set<String> found = group == null ? null : members.get(group);
    return found == null ? Set.of(transferId) : Set.copyOf(found);
  }
}
