package org.pragma.web.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.pragma.audit.AuditRow;

/**
 * The audit trail as CSV (RFC 4180) for monitors and their programs: every value as the trail holds it
 * (codes, and instants in ISO-8601 UTC, as the header says), each code beside its label for people
 * ({@code *_label} columns). Cells that a spreadsheet would run as a formula (starting with =, +, -, @,
 * tab or carriage return) are prefixed with an apostrophe.
 */
public final class AuditCsv {
  static final String HEADER = "seq,recorded_at_iso8601_utc,username,action,action_label,entity,entity_label,entity_id,"
      + "field,field_label,old_value,old_value_label,new_value,new_value_label,reason,study,site,hash";

  private AuditCsv() {}

  public static void write(List<AuditRow> rows, AuditLabels labels, Writer out) throws IOException {
    out.write(HEADER);
    out.write("\r\n");
    for (AuditRow r : rows) {
      String[] cells = {
        Long.toString(r.seq()), r.recordedAt().toString(), r.username(), r.action(), AuditLabels.action(r.action()),
        r.entity(), AuditLabels.entity(r.entity()), r.entityId(), r.field(), AuditLabels.field(r.entity(), r.field()),
        r.oldValue(), label(labels, r, r.oldValue()), r.newValue(), label(labels, r, r.newValue()), r.reason(),
        r.studyCode(), r.siteCode(), r.hash()
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

  /** The value as people read it (a code by its label; instants stay ISO-8601 UTC here). */
  private static String label(AuditLabels labels, AuditRow r, String value) {
    return labels.value(r.entity(), r.field(), r.studyCode(), value);
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
