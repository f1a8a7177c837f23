package org.pragma.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxWorkbookTest {

  static byte[] workbook() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XlsxWorkbook workbook = new XlsxWorkbook(Fixtures.SNAPSHOT)) {
      try (RowSink sheet = workbook.sheet(Fixtures.PATIENTS)) {
        for (Object[] row : Fixtures.ROWS) {
          sheet.row(row);
        }
      }
      workbook.codebook(List.of(Fixtures.PATIENTS));
      workbook.write(bytes);
    }
    return bytes.toByteArray();
  }

  @Test
  void writesNumbersAsNumbersDatesAsDatesAndFreezesTheHeader() throws IOException {
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
      XSSFSheet sheet = read.getSheet("patients");
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
      assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("odi_month_3");
      Row first = sheet.getRow(1);
      assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(54.0);
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(42.25);
      assertThat(DateUtil.isCellDateFormatted(first.getCell(5))).isTrue();
      assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 1));
      assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo(".m");
      assertThat(sheet.getRow(4).getCell(4).getNumericCellValue()).isEqualTo(-3.0);
      assertThat(sheet.getRow(5).getCell(6).getStringCellValue()).isEqualTo("Zürich ☃ \uD83D\uDE00");
      assertThat(sheet.getLastRowNum()).isEqualTo(5);
    }
  }

  @Test
  void neutralizesFormulasInTextCells() throws IOException {
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
      XSSFSheet sheet = read.getSheet("patients");
      assertThat(sheet.getRow(2).getCell(6).getCellType()).isEqualTo(CellType.STRING);
      assertThat(sheet.getRow(2).getCell(6).getStringCellValue()).isEqualTo("'=HYPERLINK(\"x\")");
      assertThat(sheet.getRow(4).getCell(6).getStringCellValue()).isEqualTo("'-2+3");
    }
  }

  @Test
  void theCodebookSheetDescribesEveryVariable() throws IOException {
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook()))) {
      XSSFSheet codebook = read.getSheet("codebook");
      assertThat(codebook.getLastRowNum()).isEqualTo(Fixtures.PATIENTS.width());
      Row odi = codebook.getRow(5);
      assertThat(odi.getCell(1).getStringCellValue()).isEqualTo("odi_month_3");
      assertThat(odi.getCell(4).getStringCellValue()).isEqualTo("%");
      assertThat(odi.getCell(7).getStringCellValue()).startsWith("ODI 2.1a");
      assertThat(odi.getCell(8).getStringCellValue())
          .isEqualTo(".m = visit window closed without the questionnaire; .i = more than one section unanswered; "
              + ".n = not due: the visit window had not closed at the data snapshot");
      assertThat(codebook.getRow(2).getCell(6).getStringCellValue()).isEqualTo("usual-care = Usual care; ice = ICE");
      assertThat(read.getProperties().getCoreProperties().getCreated().toInstant()).isEqualTo(Fixtures.SNAPSHOT);
    }
  }

  @Test
  void aDatasetLongerThanASheetContinuesOnNumberedSheetsWithTheHeader() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (XlsxWorkbook workbook = new XlsxWorkbook(Fixtures.SNAPSHOT, 2)) {
      try (RowSink sheet = workbook.sheet(Fixtures.PATIENTS)) {
        for (Object[] row : Fixtures.ROWS) {
          sheet.row(row);
        }
      }
      workbook.write(bytes);
    }
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(read.getSheet("patients").getLastRowNum()).isEqualTo(2);
      assertThat(read.getSheet("patients (2)").getRow(0).getCell(0).getStringCellValue()).isEqualTo("study_id");
      assertThat(read.getSheet("patients (2)").getRow(1).getCell(0).getStringCellValue()).isEqualTo("SC-0003");
      assertThat(read.getSheet("patients (3)").getLastRowNum()).isEqualTo(1);
    }
  }

  @Test
  void theWorkbookIsAPlainZipThatJavasZipInputStreamReads() throws IOException {
    int entries = 0;
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(workbook()))) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertThat(in.readAllBytes()).isNotEmpty();
        entries++;
      }
    }
    assertThat(entries).isGreaterThan(5);
  }

  @Test
  void theSameRowsGiveTheSameWorkbookBytesEvenSecondsApart() throws Exception {
    byte[] first = workbook();
    Thread.sleep(2100);
    assertThat(workbook()).isEqualTo(first);
  }
}
