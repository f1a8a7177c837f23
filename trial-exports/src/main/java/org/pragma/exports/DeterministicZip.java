package org.pragma.exports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip whose bytes depend only on its entries: entries in the order added, every entry with the
 * same local time and no extra fields, one deflate level. Already compressed files (XLSX) are
 * stored.
 */
final class DeterministicZip implements AutoCloseable {
  private final ZipOutputStream zip;
  private final LocalDateTime time;
  private final byte[] buffer = new byte[1 << 16];

  DeterministicZip(OutputStream out, LocalDateTime time) {
    this.zip = new ZipOutputStream(out);
    this.zip.setLevel(Deflater.BEST_SPEED);
    this.time = time;
  }

  /** Adds the file under {@code name}, returning its SHA-256. */
  ExportedFile add(String name, Path file) throws IOException {
    boolean store = name.endsWith(".xlsx") || name.endsWith(".zip");
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    if (store) {
      CRC32 crc = new CRC32();
      try (InputStream in = Files.newInputStream(file)) {
        for (int n; (n = in.read(buffer)) > 0; ) {
          crc.update(buffer, 0, n);
        }
      }
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(Files.size(file));
      entry.setCompressedSize(Files.size(file));
      entry.setCrc(crc.getValue());
    } else {
      entry.setMethod(ZipEntry.DEFLATED);
    }
    zip.putNextEntry(entry);
    MessageDigest sha = sha256();
    long bytes = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        sha.update(buffer, 0, n);
        zip.write(buffer, 0, n);
        bytes += n;
      }
    }
    zip.closeEntry();
    return new ExportedFile(name, bytes, HexFormat.of().formatHex(sha.digest()));
  }

  /** Adds a small text file (UTF-8). */
  ExportedFile add(String name, String text) throws IOException {
    byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ZipEntry entry = new ZipEntry(name);
    entry.setTimeLocal(time);
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
    return new ExportedFile(name, bytes.length, HexFormat.of().formatHex(sha256().digest(bytes)));
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** A stream that hashes what passes through it. */
  static DigestOutputStream hashing(OutputStream out) {
    return new DigestOutputStream(out, sha256());
  }
}
