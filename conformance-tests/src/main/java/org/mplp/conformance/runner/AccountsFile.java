package org.mplp.conformance.runner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.mplp.conformance.driver.Account;
import org.mplp.conformance.driver.AccountPool;

/**
 * The --accounts file: a JSON array of {@code {"account": ..., "password": ...}}, accounts that
 * exist on the target and that no one else uses during the run. Each scenario takes unused ones.
 */
final class AccountsFile {
  /** The account name pattern of common.schema.json. */
  private static final Pattern ACCOUNT = Pattern.compile("^[0-9a-z][0-9a-z_.]{0,31}$");

  private AccountsFile() {}

  /** The file's accounts; an exception whose message says what is wrong with the file. */
  static AccountPool read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read --accounts " + file + ": " + e.getMessage());
    }
    return new AccountPool(file.toString(), parse(root, file.toString()));
  }

  static List<Account> parse(JsonNode root, String origin) {
    if (root == null || !root.isArray()) {
      throw new IllegalArgumentException(
          "--accounts " + origin + " must hold a JSON array of {\"account\", \"password\"}");
    }
    List<Account> accounts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode entry = root.get(i);
      String account = entry.path("account").isTextual() ? entry.path("account").asText() : "";
      String password = entry.path("password").isTextual() ? entry.path("password").asText() : "";
      String where = "--accounts " + origin + " entry " + (i + 1);
      if (!ACCOUNT.matcher(account).matches()) {
        throw new IllegalArgumentException(
            where
                + ": \"account\" must be an account name like 235683, not "
                + entry.path("account"));
      }
      if (password.isEmpty()) {
        throw new IllegalArgumentException(where + ": \"password\" must be a non-empty string");
      }
      if (!seen.add(account)) {
        throw new IllegalArgumentException(where + ": account " + account + " is listed twice");
      }
      accounts.add(new Account(account, password));
    }
    return accounts;
  }
}
