package org.pragma.site.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Mutated site files, CSV and XLSX: the reader either lists every problem by row and column (and then
 * imports nothing) or refuses the whole file in one sentence, never with Java text; what it accepts
 * passes the same validation a site entered by hand does.
 */
class SiteFileFuzzTest {
  static final String CSV = "code,name,enrollmentTarget,health-system,annual-visits,location\n"
      + "S01,Duke Family Medicine,90,duke,420,\"Durham, NC\"\n"
      + "S02,Iowa Internal Medicine,,iowa,310,\n"
      + "S03,\"Clinic \"\"Three\"\"\",12,duke,,Cary\n";

  @Property(tries = 300)
  void mutatedCsvFilesAreReadOrRefusedInWords(@ForAll("mutations") String mutation, @ForAll @IntRange(min = 0, max = 10_000) int at,
      @ForAll("garbage") String garbage) {
    check(FileMutations.mutate(CSV, mutation, at, garbage).getBytes(StandardCharsets.UTF_8), SiteFileFormat.CSV);
  }

  @Property(tries = 150)
  void mutatedWorkbooksAreReadOrRefusedInWords(@ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll("bytes") byte[] garbage,
      @ForAll boolean cut) throws IOException {
    check(FileMutations.damage(FileMutations.workbook("Sites", CSV), at, garbage, cut), SiteFileFormat.XLSX);
  }

  private static void check(byte[] file, SiteFileFormat format) {
    SiteFile read;
    try {
      read = new SiteFileReader(SiteFileReaderTest.RULES, SiteFileReaderTest.VALIDATOR, Set.of())
          .read(new ByteArrayInputStream(file), format);
    } catch (UnreadableSiteFileException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContainPattern(FileMutations.JAVA_TEXT);
      return;
    }
    assertThat(read.errors()).allSatisfy(e -> {
      assertThat(e.row()).isPositive();
      assertThat(e.message()).isNotBlank().doesNotContainPattern(FileMutations.JAVA_TEXT);
    });
    if (read.errors().isEmpty()) {
      assertThat(read.sites()).isNotEmpty().allSatisfy(s -> assertThat(SiteFileReaderTest.VALIDATOR.validate(s)).isEmpty());
    } else {
      assertThat(read.sites()).as("nothing is imported from a file with problems").isEmpty();
    }
  }

  @Provide
  Arbitrary<String> mutations() {
    return FileMutations.kinds();
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of("\"", ",", ";", "\n", "\r", "\u0000", "\uFEFF", "-1", "1e400", "99999999999", "=cmd|' /C calc'!A0",
            "\"\"\"", ",,,,,,,,,,", "\ud83d\ude00", "code", "S01"));
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return FileMutations.garbageBytes();
  }

}
