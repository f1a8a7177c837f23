package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An admin registers a study's clinics from a CSV or XLSX file: all rows or none. */
@ExtendWith(ArquillianExtension.class)
class SitesImportIT {
  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;
  Http admin;
  String study;

  @BeforeEach
  void studyWithItsOwnProtocol() {
    admin = ItUsers.admin(base);
    study = TestStudies.fromTemplate(admin, "impact-lbp");
  }

  @Test
  void importsEveryClinicOfACsvFileAsPlannedSites() {
    String csv = "code,name,healthSystem,location,stratum,enrollmentTarget,Health-System,annual-low-back-pain-visits,clinic-type\r\n"
        + "S01,Duke Family Medicine,Duke,\"Durham, NC\",,90,duke,420,family\r\n"
        + "S02,Iowa Internal Medicine,Iowa,Iowa City,,,iowa,315.5,internal\r\n";

    HttpResponse<String> r = admin.post(sites() + "/import", CSV + "; charset=UTF-8", csv.getBytes(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.body()).contains("\"code\":\"S01\"", "\"code\":\"S02\"", "\"location\":\"Durham, NC\"", "\"annual-low-back-pain-visits\":\"315.5\"");
    assertThat(admin.get(sites()).body()).contains("\"code\":\"S01\"", "\"code\":\"S02\"", "\"status\":\"PLANNED\"");
    assertThat(admin.get("api/audit?study=" + study + "&site=S02").body()).contains("\"action\":\"CREATE\"");
  }

  @Test
  void importsAnXlsxWorkbook() throws IOException {
    byte[] xlsx = workbook(List.of(
        List.of("code", "name", "enrollmentTarget", "health-system", "annual-low-back-pain-visits", "clinic-type"),
        List.of("S01", "Dartmouth Family Medicine", 80.0, "dartmouth", 510.0, "family"),
        List.of("S02", "Duke Internal Medicine", 100.0, "duke", 275.0, "internal")));

    HttpResponse<String> r = admin.post(sites() + "/import", XLSX, xlsx);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(admin.get(sites() + "/S01").body()).contains("\"enrollmentTarget\":80", "\"annual-low-back-pain-visits\":\"510\"");
    assertThat(admin.get(sites() + "/S02").body()).contains("\"name\":\"Duke Internal Medicine\"");
  }

  @Test
  void aFileWithBadRowsIsRefusedWithEveryRowErrorAndNothingIsImported() {
    admin.postJson(sites(), TestStudies.site("S05", "duke", 300, "family"));
    String csv = "code,name,annual-low-back-pain-visits,clinic-type\n"
        + "S01,Good clinic,400,family\n"
        + "S02,,many,internal\n"
        + "S01,Same code,300,family\n"
        + "S05,Already registered,200,family\n";

    HttpResponse<String> r = admin.post(sites() + "/import", CSV, csv.getBytes(StandardCharsets.UTF_8));

    assertThat(r.statusCode()).isEqualTo(422);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(r.body()).contains("invalid-site-file", "no site was imported",
        "{\"column\":\"name\",\"message\":\"is required\",\"row\":3}",
        "{\"column\":\"annual-low-back-pain-visits\",\"message\":\"must be a decimal number such as 420 or 12.5, not 'many'\",\"row\":3}",
        "{\"column\":\"code\",\"message\":\"repeats site S01 of row 2\",\"row\":4}",
        "{\"column\":\"code\",\"message\":\"the study already has a site S05\",\"row\":5}");
    assertThat(admin.get(sites()).body()).contains("\"code\":\"S05\"").doesNotContain("\"code\":\"S01\"", "\"code\":\"S02\"");
  }

  @Test
  void refusesUnknownColumnsEmptyFilesAndOtherFormats() {
    HttpResponse<String> unknown = admin.post(sites() + "/import", CSV, "code,name,clinic-size\nS01,A,big\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> empty = admin.post(sites() + "/import", CSV, new byte[0]);
    HttpResponse<String> notAWorkbook = admin.post(sites() + "/import", XLSX, "code,name\nS01,A\n".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> json = admin.postJson(sites() + "/import", "[]");

    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("\"column\":\"clinic-size\"", "is not a column of a site file");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("unreadable-site-file", "The file is empty");
    assertThat(notAWorkbook.statusCode()).isEqualTo(400);
    assertThat(notAWorkbook.body()).contains("not a readable XLSX workbook");
    assertThat(json.statusCode()).isEqualTo(415);
    assertThat(admin.get(sites()).body()).isEqualTo("[]");
  }

  @Test
  void offersATemplateWithTheStudysCovariateColumns() {
    HttpResponse<String> r = admin.get(sites() + "/template.csv");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("code,name,healthSystem,location,stratum,enrollmentTarget,health-system,annual-low-back-pain-visits,clinic-type\r\n");
  }

  private String sites() {
    return "api/studies/" + study + "/sites";
  }

  static byte[] workbook(List<List<Object>> rows) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Sites");
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          if (rows.get(r).get(c) instanceof Double d) {
            row.createCell(c).setCellValue(d);
          } else {
            row.createCell(c).setCellValue((String) rows.get(r).get(c));
          }
        }
      }
      workbook.write(out);
      return out.toByteArray();
    }
  }
}
