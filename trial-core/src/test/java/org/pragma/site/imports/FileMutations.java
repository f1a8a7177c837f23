package org.pragma.site.imports;

/** Text mutations shared by the import-file fuzz tests. */
public final class FileMutations {
  /** What a message users read must not contain: a Java package path or an exception's name. */
  public static final String JAVA_TEXT = "(java|org|com)\\.[a-z]+\\.|Exception";

  private FileMutations() {}

  /** The kinds of {@link #mutate}. */
  public static net.jqwik.api.Arbitrary<String> kinds() {
    return net.jqwik.api.Arbitraries.of("insert", "delete", "replace", "cut", "repeat");
  }

  /** {@code text} with {@code garbage} inserted, replacing or after a deletion at {@code at}, or cut there, or repeated. */
  public static String mutate(String text, String mutation, int at, String garbage) {
    int i = at % (text.length() + 1);
    return switch (mutation) {
      case "insert" -> text.substring(0, i) + garbage + text.substring(i);
      case "delete" -> text.substring(0, i) + text.substring(Math.min(text.length(), i + 1 + garbage.length()));
      case "replace" -> text.substring(0, i) + garbage + text.substring(Math.min(text.length(), i + garbage.length()));
      case "cut" -> text.substring(0, i);
      default -> text.repeat(1 + garbage.length() % 3);
    };
  }
}
