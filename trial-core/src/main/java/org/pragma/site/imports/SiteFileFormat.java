package org.pragma.site.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats a site file may come in. */
public enum SiteFileFormat {
  CSV("text/csv", ".csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx");

  public static final String CSV_TYPE = "text/csv";
  public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String mediaType;
  private final String extension;

  SiteFileFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** By media type, ignoring parameters such as {@code ;charset=UTF-8}. */
  public static Optional<SiteFileFormat> ofMediaType(String contentType) {
    if (contentType == null) {
      return Optional.empty();
    }
    String type = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
  }

  /** By file name extension, as a browser upload names it. */
  public static Optional<SiteFileFormat> ofFileName(String fileName) {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> name.endsWith(f.extension)).findFirst();
  }
}
