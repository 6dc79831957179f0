package org.mplp.bench.files;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32C;

/**
 * The content of the bench file, made on the fly so that no large file exists before the transfer:
 * a block of seeded random bytes repeated. The block's length is a prime, so no chunk of the
 * transfer lines up with it and a byte out of place changes the checksum.
 */
public final class GeneratedBytes {

  private static final int BLOCK = 1_048_573;

  private final byte[] block = new byte[BLOCK];
  private final long size;

  public GeneratedBytes(long size, long seed) {
    this.size = size;
    new Random(seed).nextBytes(block);
  }

  public long size() {
    return size;
  }

  /** Fills {@code into[0..length)} with the bytes from {@code offset}; length within the file. */
  public void fill(byte[] into, long offset, int length) {
    int done = 0;
    int at = (int) (offset % BLOCK);
    while (done < length) {
      int n = Math.min(length - done, BLOCK - at);
      System.arraycopy(block, at, into, done, n);
      done += n;
      at = 0;
    }
  }

  /** The SHA-256 the offer announces and the CRC32C the download is checked against. */
  public Checksums checksums() {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    CRC32C crc = new CRC32C();
    byte[] chunk = new byte[1 << 20];
    for (long at = 0; at < size; at += chunk.length) {
      int n = (int) Math.min(chunk.length, size - at);
      fill(chunk, at, n);
      sha256.update(chunk, 0, n);
      crc.update(chunk, 0, n);
    }
    return new Checksums(HexFormat.of().formatHex(sha256.digest()), crc.getValue());
  }

  /** Hex SHA-256 and CRC32C of the whole file. */
  public record Checksums(String sha256, long crc32c) {}
}
