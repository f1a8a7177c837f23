package org.pragma.web.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.pragma.audit.AuditRow;

/**
 * The audit trail as CSV (RFC 4180) for monitors. Cells that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) are prefixed with an apostrophe.
 */
public final class AuditCsv {
  static final String HEADER =
      "seq,recorded_at_utc,username,action,entity,entity_id,field,old_value,new_value,reason,study,site,hash";

  private AuditCsv() {}

  public static void write(List<AuditRow> rows, Writer out) throws IOException {
    out.write(HEADER);
    out.write("\r\n");
    for (AuditRow r : rows) {
      String[] cells = {
        Long.toString(r.seq()), r.recordedAt().toString(), r.username(), r.action(), r.entity(), r.entityId(),
        r.field(), r.oldValue(), r.newValue(), r.reason(), r.studyCode(), r.siteCode(), r.hash()
      };
      for (int i = 0; i < cells.length; i++) {
        if (i > 0) {
          out.write(',');
        }
        out.write(cell(cells[i]));
      }
      out.write("\r\n");
    }
  }

  static String cell(String value) {
    if (value == null) {
      return "";
    }
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
      v = "\"" + v.replace("\"", "\"\"") + "\"";
    }
    return v;
  }
}
