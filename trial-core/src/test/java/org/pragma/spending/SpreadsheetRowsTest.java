package org.pragma.spending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pragma.site.imports.SiteFileFormat;

class SpreadsheetRowsTest {
  @TempDir Path dir;

  private List<String> read(Path file, SiteFileFormat format) {
    List<String> out = new ArrayList<>();
    SpreadsheetRows.read(file, format, new SpreadsheetRows.Handler() {
      @Override
      public void header(List<String> names) {
        out.add("header " + names);
      }

      @Override
      public void row(long number, List<String> cells) {
        out.add(number + " " + cells);
      }
    });
    return out;
  }

  @Test
  void anXlsxSheetStreamsWithDatesAsDatesAndNumbersPlain() throws Exception {
    Path file = dir.resolve("claims.xlsx");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("claims");
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
      Row header = sheet.createRow(0);
      header.createCell(0).setCellValue("study_id");
      header.createCell(1).setCellValue("service_date");
      header.createCell(2).setCellValue("allowed_amount");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue("SC-001-0001");
      row.createCell(1).setCellValue(LocalDate.of(2026, 2, 1));
      row.getCell(1).setCellStyle(date);
      row.createCell(2).setCellValue(1234567.5);
      Row gap = sheet.createRow(3);
      gap.createCell(2).setCellValue(7);
      wb.write(out);
    }
    assertThat(read(file, SiteFileFormat.XLSX)).containsExactly(
        "header [study_id, service_date, allowed_amount]",
        "2 [SC-001-0001, 2026-02-01, 1234567.5]",
        "4 [, , 7]");
  }

  @Test
  void csvWithAByteOrderMarkAndSemicolonsReadsTheSame() throws Exception {
    Path file = dir.resolve("claims.csv");
    Files.writeString(file, "\uFEFFstudy_id;allowed_amount\n\nSC-001-0001;\"1,5\"\n");
    assertThat(read(file, SiteFileFormat.CSV)).containsExactly("header [study_id, allowed_amount]", "3 [SC-001-0001, 1,5]");
  }

  @Test
  void unreadableFilesSayWhatToDo() throws Exception {
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, new byte[] {'a', ',', 'b', '\n', (byte) 0xE9, '\n'});
    assertThatThrownBy(() -> read(latin1, SiteFileFormat.CSV)).isInstanceOf(UnreadableClaimsFileException.class)
        .hasMessageContaining("UTF-8");
    Path notXlsx = dir.resolve("x.xlsx");
    Files.writeString(notXlsx, "hello");
    assertThatThrownBy(() -> read(notXlsx, SiteFileFormat.XLSX)).isInstanceOf(UnreadableClaimsFileException.class)
        .hasMessageContaining("XLSX");
  }
}
