package org.mplp.conformance.steps;

import io.cucumber.java.en.When;

/**
 * Data requests with a file's own token, its letters' case swapped: a token is compared exactly, so
 * it is another token (spec: Transfers, The data channel).
 */
public final class TokenSteps {
  private final DataTransfers transfers;

  public TokenSteps(DataTransfers transfers) {
    this.transfers = transfers;
  }

  @When("{device} asks for the upload offset with its upload token in swapped case")
  public void headInSwappedCase(Device device) {
    DataTransfers.Accepted file = transfers.get("");
    transfers.answer =
        transfers.channel().head(device.the(), file.path(), swapCase(file.uploadToken()));
  }

  @When("{device} uploads the file with its upload token in swapped case")
  public void putInSwappedCase(Device device) {
    DataTransfers.Accepted file = transfers.get("");
    transfers.answer =
        transfers
            .channel()
            .put(device.the(), file.path(), swapCase(file.uploadToken()), file.content(), null);
  }

  /** Upper case for lower and lower for upper; digits and '-', '_' stay. */
  static String swapCase(String token) {
    StringBuilder swapped = new StringBuilder(token.length());
    for (char c : token.toCharArray()) {
      swapped.append(
          Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
    }
    if (swapped.toString().equals(token)) {
      throw new IllegalStateException("the token " + token + " has no letter to swap");
    }
    return swapped.toString();
  }
}
