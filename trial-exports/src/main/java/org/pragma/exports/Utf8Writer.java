package org.pragma.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * An unsynchronized UTF-8 writer with one large buffer. SXSSF writes every cell as a dozen short
 * strings; through a {@code BufferedWriter} (a lock per call) that was its largest cost.
 */
final class Utf8Writer extends Writer {
  private final OutputStream out;
  private final byte[] buffer = new byte[1 << 16];
  private int used;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int c) throws IOException {
    if (used + 4 > buffer.length) {
      drain();
    }
    if (c < 0x80) {
      buffer[used++] = (byte) c;
    } else {
      encode((char) c, c);
    }
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = text.charAt(i);
      if (used + 4 > buffer.length) {
        drain();
      }
      if (c < 0x80) {
        buffer[used++] = (byte) c;
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
        encode(c, Character.toCodePoint(c, text.charAt(++i)));
      } else {
        encode(c, c);
      }
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    write(new String(chars, offset, length), 0, length);
  }

  private void encode(char c, int codePoint) {
    if (codePoint < 0x800) {
      buffer[used++] = (byte) (0xC0 | (codePoint >> 6));
      buffer[used++] = (byte) (0x80 | (codePoint & 0x3F));
    } else if (Character.isSurrogate(c) && codePoint == c) {
      buffer[used++] = '?'; // a lone surrogate is no character
    } else if (codePoint < 0x10000) {
      buffer[used++] = (byte) (0xE0 | (codePoint >> 12));
      buffer[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
      buffer[used++] = (byte) (0x80 | (codePoint & 0x3F));
    } else {
      buffer[used++] = (byte) (0xF0 | (codePoint >> 18));
      buffer[used++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
      buffer[used++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
      buffer[used++] = (byte) (0x80 | (codePoint & 0x3F));
    }
  }

  private void drain() throws IOException {
    out.write(buffer, 0, used);
    used = 0;
  }

  @Override
  public void flush() throws IOException {
    drain();
    out.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    out.close();
  }
}
