package org.pragma.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Mutated protocol files only ever produce validation errors, never any other exception. */
class ProtocolFuzzTest {

  private static final List<String> FILES = List.of("study.yaml", "arms/ice.yaml", "arms/usual-care.yaml");

  @Property(tries = 200)
  void mutatedFilesGiveOnlyValidationErrors(@ForAll @IntRange(min = 0, max = 2) int fileIndex,
      @ForAll("mutations") String mutation, @ForAll @IntRange(min = 0, max = 100_000) int position,
      @ForAll("garbage") String garbage) {
    StudyFixture fixture = StudyFixture.spineCare();
    String file = FILES.get(fileIndex);
    String text = fixture.text(file);
    fixture.files.put(file, mutate(text, mutation, position, garbage).getBytes(StandardCharsets.UTF_8));

    StudyLoad load = fixture.load();

    if (load instanceof StudyLoad.Rejected rejected) {
      assertThat(rejected.errors()).isNotEmpty().allSatisfy(e -> {
        assertThat(e.file()).startsWith("spine-care/");
        assertThat(e.line()).isGreaterThanOrEqualTo(0);
        assertThat(e.message()).isNotBlank();
      });
    }
  }

  @Provide
  Arbitrary<String> mutations() {
    return Arbitraries.of("delete-line", "replace-value", "insert-garbage", "truncate", "duplicate-line", "indent");
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(
        Arbitraries.of("[", "{", "}", ": :", "- x", "&a", "*a", "*nope", "!!binary AAAA", ".nan", "-.inf", "1e999",
            "99999999999999999999999", "null", "~", "true", "\"unterminated", "? complex", "<<: *a", "\t", "---",
            "{value: x}", "[1, 2", "\u0000", "\uFEFF", "0x1F", "1_000", "2020-01-01"),
        Arbitraries.strings().ofMaxLength(20));
  }

  static String mutate(String text, String mutation, int position, String garbage) {
    List<String> lines = List.of(text.split("\n", -1));
    int line = position % lines.size();
    return switch (mutation) {
      case "delete-line" -> String.join("\n", without(lines, line));
      case "replace-value" -> replaceValue(lines, line, garbage);
      case "insert-garbage" -> text.substring(0, position % text.length()) + garbage + text.substring(position % text.length());
      case "truncate" -> text.substring(0, position % text.length());
      case "duplicate-line" -> String.join("\n", with(lines, line, lines.get(line)));
      default -> String.join("\n", with(without(lines, line), line, "  " + lines.get(line)));
    };
  }

  private static String replaceValue(List<String> lines, int line, String garbage) {
    String current = lines.get(line);
    int colon = current.indexOf(": ");
    String replaced = colon < 0 ? garbage : current.substring(0, colon + 2) + garbage;
    return String.join("\n", with(without(lines, line), line, replaced));
  }

  private static List<String> without(List<String> lines, int index) {
    List<String> copy = new java.util.ArrayList<>(lines);
    copy.remove(index);
    return copy;
  }

  private static List<String> with(List<String> lines, int index, String line) {
    List<String> copy = new java.util.ArrayList<>(lines);
    copy.add(Math.min(index, copy.size()), line);
    return copy;
  }
}
