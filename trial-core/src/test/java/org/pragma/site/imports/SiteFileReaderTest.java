package org.pragma.site.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;
import org.pragma.protocol.RandomizationDesign;
import org.pragma.site.CovariateRules;
import org.pragma.site.NewSite;

class SiteFileReaderTest {
  static final CovariateRules RULES = CovariateRules.of(new RandomizationDesign("covariate-constrained",
      List.of(new RandomizationDesign.Covariate("health-system", "categorical", 1),
          new RandomizationDesign.Covariate("annual-visits", "continuous", 1)),
      List.of("health-system"), Optional.empty(), Optional.empty()));
  static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
      .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

  private static SiteFile read(String csv, String... taken) {
    return new SiteFileReader(RULES, VALIDATOR, Set.of(taken)).read(in(csv), SiteFileFormat.CSV);
  }

  private static InputStream in(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryRowOfACsvFileWithHeadersInAnyCaseAndOrder() {
    SiteFile file = read("\uFEFFCode,NAME,Annual-Visits,health-system,enrollmentTarget,location\n"
        + "S01,Duke Family Medicine,420,duke,90,\"Durham, NC\"\n"
        + "\n"
        + "S02,Iowa Internal Medicine,,iowa,,\n");

    assertThat(file.errors()).isEmpty();
    assertThat(file.sites()).containsExactly(
        new NewSite("S01", "Duke Family Medicine", null, "Durham, NC", null, 90, Map.of("health-system", "duke", "annual-visits", "420")),
        new NewSite("S02", "Iowa Internal Medicine", null, null, null, null, Map.of("health-system", "iowa")));
  }

  @Test
  void readsSemicolonSeparatedCsvAsSpreadsheetProgramsWriteItInSomeLocales() {
    SiteFile file = read("code;name;annual-visits\nS01;Clinic;12.5\n");

    assertThat(file.sites()).extracting(NewSite::covariates).containsExactly(Map.of("annual-visits", "12.5"));
  }

  @Test
  void listsEveryBadRowWithItsColumnAndImportsNothing() {
    SiteFile file = read("code,name,enrollmentTarget,annual-visits\n"
        + "S01,Good clinic,10,400\n"
        + "s 2,,-1,lots\n"
        + "S01,Twin,ten,1\n"
        + "S09,Already there,,\n", "S09");

    assertThat(file.sites()).isEmpty();
    assertThat(file.errors()).containsExactlyInAnyOrder(
        new RowError(3, "code", "must be 1-20 upper-case letters, digits or dashes, e.g. S07"),
        new RowError(3, "name", "is required"),
        new RowError(3, "enrollmentTarget", "must be zero or more"),
        new RowError(3, "annual-visits", "must be a decimal number such as 420 or 12.5, not 'lots'"),
        new RowError(4, "enrollmentTarget", "must be a whole number, not 'ten'"),
        new RowError(4, "code", "repeats site S01 of row 2"),
        new RowError(5, "code", "the study already has a site S09"));
    assertThat(file.errors()).extracting(RowError::row).isSorted();
  }

  @Test
  void refusesUnknownAndRepeatedColumnsAndAHeaderWithoutCode() {
    SiteFile file = read("name,clinic-type,Name\nClinic,family,Again\n");

    assertThat(file.errors()).containsExactly(
        new RowError(1, "clinic-type", "is not a column of a site file; the columns are "
            + "code, name, healthSystem, location, stratum, enrollmentTarget, health-system, annual-visits"),
        new RowError(1, "Name", "appears twice"),
        new RowError(1, "code", "is missing: the first row must name the columns, e.g. "
            + "code,name,healthSystem,location,stratum,enrollmentTarget,health-system,annual-visits"));
  }

  @Test
  void refusesFilesWithoutHeaderOrSitesAndFilesTooLarge() {
    assertThatThrownBy(() -> read("")).isInstanceOf(UnreadableSiteFileException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> read("\n ,\n")).isInstanceOf(UnreadableSiteFileException.class).hasMessageContaining("empty");
    assertThatThrownBy(() -> read("S01,Clinic,duke\n")).isInstanceOf(UnreadableSiteFileException.class).hasMessageContaining("must name the columns");
    assertThatThrownBy(() -> read("code,name\n")).isInstanceOf(UnreadableSiteFileException.class).hasMessageContaining("no sites");
    assertThatThrownBy(() -> read("code,name\n" + "S1,x\n".repeat(2001))).hasMessageContaining("more than 2000 site rows");
    assertThatThrownBy(() -> read("code,name\n" + "x".repeat(6 * 1024 * 1024))).hasMessageContaining("larger than 5 MB");
  }

  @Test
  void refusesCsvThatIsNotUtf8() {
    byte[] latin1 = "code,name\nS01,Cl\u00ednica\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> new SiteFileReader(RULES, VALIDATOR, Set.of()).read(new ByteArrayInputStream(latin1), SiteFileFormat.CSV))
        .hasMessageContaining("not UTF-8");
  }

  @Test
  void readsAnXlsxWorkbookWithNumbersAsTheyAreShown() throws IOException {
    byte[] xlsx = workbook(List.of(
        List.of("code", "name", "enrollmentTarget", "annual-visits", "health-system"),
        List.of("S01", "Duke Family Medicine", 90.0, 420.0, "duke"),
        List.of(),
        List.of("S02", "Iowa", 120.0, 12.5, "iowa")));

    SiteFile file = new SiteFileReader(RULES, VALIDATOR, Set.of()).read(new ByteArrayInputStream(xlsx), SiteFileFormat.XLSX);

    assertThat(file.errors()).isEmpty();
    assertThat(file.sites()).containsExactly(
        new NewSite("S01", "Duke Family Medicine", null, null, null, 90, Map.of("health-system", "duke", "annual-visits", "420")),
        new NewSite("S02", "Iowa", null, null, null, 120, Map.of("health-system", "iowa", "annual-visits", "12.5")));
  }

  @Test
  void numbersTheRowsOfAnXlsxWorkbookAsTheSpreadsheetShowsThem() throws IOException {
    byte[] xlsx = workbook(List.of(List.of("code", "name"), List.of(), List.of("S01", "")));

    SiteFile file = new SiteFileReader(RULES, VALIDATOR, Set.of()).read(new ByteArrayInputStream(xlsx), SiteFileFormat.XLSX);

    assertThat(file.errors()).containsExactly(new RowError(3, "name", "is required"));
  }

  @Test
  void refusesAFileThatIsNotAWorkbook() {
    assertThatThrownBy(() -> new SiteFileReader(RULES, VALIDATOR, Set.of()).read(in("code,name\nS01,x\n"), SiteFileFormat.XLSX))
        .isInstanceOf(UnreadableSiteFileException.class)
        .hasMessageContaining("not a readable XLSX workbook");
  }

  static byte[] workbook(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Sites");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          Object value = rows.get(r).get(c);
          if (value instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else {
            row.createCell(c).setCellValue((String) value);
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
