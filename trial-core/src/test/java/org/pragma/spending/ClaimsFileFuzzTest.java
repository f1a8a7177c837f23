package org.pragma.spending;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.pragma.site.imports.FileMutations;
import org.pragma.site.imports.RowError;
import org.pragma.site.imports.SiteFileFormat;

/**
 * Mutated claims files: every line the parser keeps is a whole, plausible claim line; every other line
 * is a problem with its row and column in words; or the whole file (CSV, or a damaged XLSX workbook) is refused in one sentence. Never
 * Java text, never an exception of another kind (the import then writes nothing: it writes only when
 * the first pass found no problem).
 */
class ClaimsFileFuzzTest {
  static final String CSV = "study_id,service_date,category,procedure_code,units,allowed_amount,paid_amount,rvu\n"
      + "SC-001-0001,2026-02-01,,72148,1,412.37,300.10,1.48\n"
      + "SC-001-0001,2026-01-09,,99213,1,0.10,0.20,\n"
      + "SC-001-0001,2026-03-02,physical-therapy,97110,2,70,60,\n";

  @Property(tries = 300)
  void mutatedClaimsFilesAreReadLineByLineOrRefusedInWords(@ForAll("mutations") String mutation,
      @ForAll @IntRange(min = 0, max = 10_000) int at, @ForAll("garbage") String garbage) throws IOException {
    Path file = Files.createTempFile("claims", ".csv");
    try {
      Files.write(file, FileMutations.mutate(CSV, mutation, at, garbage)
          .getBytes(StandardCharsets.UTF_8));
      check(file, SiteFileFormat.CSV);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  @Property(tries = 150)
  void damagedClaimsWorkbooksAreReadLineByLineOrRefusedInWords(@ForAll @IntRange(min = 0, max = 100_000) int at,
      @ForAll("bytes") byte[] garbage, @ForAll boolean cut) throws IOException {
    Path file = Files.createTempFile("claims", ".xlsx");
    try {
      Files.write(file, FileMutations.damage(FileMutations.workbook("Claims", CSV), at, garbage, cut));
      check(file, SiteFileFormat.XLSX);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static void check(Path file, SiteFileFormat format) {
    ClaimLineParser parser = new ClaimLineParser(ColumnMapping.standard(), ClaimLineParserTest.LOOKUP,
        CategoryTable.spineCareDefault(), new SpendingWindow(365), ClaimLineParserTest.TODAY);
    List<ClaimLine> lines;
    try {
      lines = ClaimLineParserTest.lines(parser, file, format);
    } catch (UnreadableClaimsFileException | ClaimsRefusedException e) {
      assertThat(e.getMessage()).isNotBlank().doesNotContainPattern(FileMutations.JAVA_TEXT);
      return;
    }
    assertThat(parser.errors()).allSatisfy((RowError e) -> {
      assertThat(e.row()).isGreaterThan(1);
      assertThat(e.message()).isNotBlank().doesNotContainPattern(FileMutations.JAVA_TEXT);
    });
    assertThat(lines).allSatisfy(l -> {
      assertThat(l.amount().signum()).isNotNegative();
      assertThat(l.category()).isNotNull();
      assertThat(l.studyDay()).isBetween(-365, 364);
    });
  }

  @Provide
  Arbitrary<String> mutations() {
    return FileMutations.kinds();
  }

  @Provide
  Arbitrary<byte[]> bytes() {
    return FileMutations.garbageBytes();
  }

  @Provide
  Arbitrary<String> garbage() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(12),
        Arbitraries.of("\"", ",", "\n", "\u0000", "\uFEFF", "-1", "1e400", "NaN", "2026-02-30", "+999999999-12-31",
            "99999999999999999999.999", "SC-999-0001", ",,,,,,,,", "\ud83d\ude00", "=1+1"));
  }
}
