package org.pragma.exports;

import java.util.List;

/**
 * Ready-to-run R, Stata and SAS programs that read the export's CSV files, turn missing-value codes
 * into each language's missing values (Stata and SAS keep the reason as {@code .m}/{@code .M}),
 * and apply every variable's label and value labels. Every variable is named in every script.
 */
final class ImportScripts {
  private ImportScripts() {}

  static String r(List<Dataset> datasets) {
    StringBuilder s = new StringBuilder();
    s.append("# Pragma analysis export: reads the CSV files and applies the codebook's labels.\n")
        .append("# Run in the folder of the unzipped export: source(\"import.R\")\n")
        .append("# Missing-value codes become NA; codebook.csv says why each variable can be missing.\n")
        .append("pragma_missing <- c(");
    Missing[] codes = Missing.values();
    for (int i = 0; i < codes.length; i++) {
      s.append(i > 0 ? ", " : "").append(rString(codes[i].code()));
    }
    s.append(")\n")
        .append("pragma_read <- function(file) read.csv(file, colClasses = \"character\",\n")
        .append("  na.strings = character(0), check.names = FALSE, encoding = \"UTF-8\")\n")
        .append("pragma_text <- function(x) ifelse(x %in% pragma_missing, NA_character_, x)\n")
        .append("pragma_number <- function(x) as.numeric(pragma_text(x))\n")
        .append("pragma_date <- function(x) as.Date(pragma_text(x))\n")
        .append("pragma_label <- function(x, label) { attr(x, \"label\") <- label; x }\n");
    for (Dataset d : datasets) {
      String n = d.name();
      s.append("\n# ").append(n).append(": ").append(d.description()).append('\n');
      s.append(n).append(" <- pragma_read(\"").append(n).append(".csv\")\n");
      for (Variable v : d.variables()) {
        String column = n + "$" + v.name();
        String read =
            switch (v.type()) {
              case TEXT -> "pragma_text(" + column + ")";
              case INTEGER, DECIMAL -> "pragma_number(" + column + ")";
              case DATE -> "pragma_date(" + column + ")";
            };
        if (!v.values().isEmpty()) {
          StringBuilder levels = new StringBuilder();
          StringBuilder labels = new StringBuilder();
          for (ValueLabel value : v.values()) {
            levels.append(levels.length() > 0 ? ", " : "").append(rString(value.value()));
            labels.append(labels.length() > 0 ? ", " : "").append(rString(value.label()));
          }
          read = "factor(pragma_text(" + column + "), levels = c(" + levels + "), labels = c("
              + labels + "))";
        }
        s.append(column).append(" <- pragma_label(").append(read).append(", ")
            .append(rString(v.label())).append(")\n");
      }
    }
    return s.toString();
  }

  static String stata(List<Dataset> datasets) {
    StringBuilder s = new StringBuilder();
    s.append("* Pragma analysis export: reads the CSV files and applies the codebook's labels.\n")
        .append("* Run in the folder of the unzipped export: do import.do\n")
        .append("* Saves each dataset as <name>.dta. Missing-value codes become .n .m .a .i .w.\n")
        .append("version 14\n");
    for (Dataset d : datasets) {
      s.append("\n* ").append(d.name()).append(": ").append(d.description()).append('\n')
          .append("import delimited using \"").append(d.name())
          .append(".csv\", varnames(1) encoding(\"utf-8\") stringcols(_all) bindquote(strict) clear\n");
      StringBuilder order = new StringBuilder();
      for (Variable v : d.variables()) {
        String n = v.name();
        order.append(' ').append(n);
        if (v.type() != VariableType.TEXT || !v.values().isEmpty()) {
          s.append("quietly {\n");
          if (v.type() == VariableType.TEXT) {
            s.append("  generate long __v = .\n");
            for (int i = 0; i < v.values().size(); i++) {
              s.append("  replace __v = ").append(i + 1).append(" if ").append(n).append(" == ")
                  .append(stataString(v.values().get(i).value())).append('\n');
            }
          } else if (v.type() == VariableType.DATE) {
            s.append("  generate long __v = date(").append(n).append(", \"YMD\")\n")
                .append("  format __v %td\n");
          } else {
            s.append("  generate double __v = real(").append(n).append(")\n");
          }
          for (Missing m : Missing.values()) {
            s.append("  replace __v = ").append(m.code()).append(" if ").append(n)
                .append(" == \"").append(m.code()).append("\"\n");
          }
          s.append("  drop ").append(n).append("\n  rename __v ").append(n).append("\n}\n");
          if (!v.values().isEmpty()) {
            s.append("label define ").append(n);
            for (int i = 0; i < v.values().size(); i++) {
              ValueLabel value = v.values().get(i);
              String code = v.type() == VariableType.TEXT ? Integer.toString(i + 1) : value.value();
              s.append(' ').append(code).append(' ').append(stataString(value.label()));
            }
            s.append(", replace\nlabel values ").append(n).append(' ').append(n).append('\n');
          }
        }
        s.append("label variable ").append(n).append(' ').append(stataString(cut(v.label(), 80)))
            .append('\n');
      }
      s.append("order").append(order).append('\n')
          .append("label data ").append(stataString(cut(d.description(), 80))).append('\n')
          .append("compress\nsave \"").append(d.name()).append(".dta\", replace\n");
    }
    return s.toString();
  }

  static String sas(List<Dataset> datasets) {
    StringBuilder s = new StringBuilder();
    s.append("/* Pragma analysis export: reads the CSV files and applies the codebook's labels.\n")
        .append("   Set dir to the folder of the unzipped export. Missing-value codes become\n")
        .append("   special missing values .N .M .A .I .W (codebook.csv says why). */\n")
        .append("%let dir = .;\n")
        .append("proc format;\n")
        .append("  invalue pmiss ");
    for (Missing m : Missing.values()) {
      s.append(sasString(m.code())).append(" = .").append(m.code().substring(1).toUpperCase()).append(' ');
    }
    s.append("other = [best32.];\n  invalue pdate ");
    for (Missing m : Missing.values()) {
      s.append(sasString(m.code())).append(" = .").append(m.code().substring(1).toUpperCase()).append(' ');
    }
    s.append("other = [yymmdd10.];\n");
    int formats = 0;
    for (Dataset d : datasets) {
      for (Variable v : d.variables()) {
        if (v.values().isEmpty()) {
          continue;
        }
        formats++;
        boolean text = v.type() == VariableType.TEXT;
        s.append("  value ").append(text ? "$" : "").append("p").append(formats).append("f");
        for (ValueLabel value : v.values()) {
          s.append(' ').append(text ? sasString(value.value()) : value.value()).append(" = ")
              .append(sasString(value.label()));
        }
        s.append(";\n");
      }
    }
    s.append("run;\n");
    formats = 0;
    for (Dataset d : datasets) {
      s.append("\n/* ").append(d.name()).append(": ").append(d.description().replace("*/", "")).append(" */\n")
          .append("data ").append(d.name()).append(";\n")
          .append("  infile \"&dir/").append(d.name())
          .append(".csv\" dsd firstobs=2 truncover lrecl=1048576 encoding=\"utf-8\" termstr=crlf;\n")
          .append("  length");
      for (Variable v : d.variables()) {
        s.append(' ').append(v.name()).append(v.type() == VariableType.TEXT ? " $200" : " 8");
      }
      s.append(";\n  input");
      for (Variable v : d.variables()) {
        s.append("\n    ").append(v.name()).append(
            switch (v.type()) {
              case TEXT -> " :$char200.";
              case INTEGER, DECIMAL -> " :pmiss.";
              case DATE -> " :pdate.";
            });
      }
      s.append(";\n");
      for (Variable v : d.variables()) {
        if (v.type() == VariableType.DATE) {
          s.append("  format ").append(v.name()).append(" yymmdd10.;\n");
        }
        if (!v.values().isEmpty()) {
          formats++;
          s.append("  format ").append(v.name()).append(' ')
              .append(v.type() == VariableType.TEXT ? "$" : "").append("p").append(formats).append("f.;\n");
        }
      }
      for (Variable v : d.variables()) {
        s.append("  label ").append(v.name()).append(" = ").append(sasString(cut(v.label(), 256)))
            .append(";\n");
      }
      s.append("run;\n");
    }
    return s.toString();
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }

  private static String rString(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** Stata compound quotes hold any text. */
  private static String stataString(String text) {
    return "`\"" + text + "\"'";
  }

  /** Single quotes: SAS resolves no macro inside them. */
  private static String sasString(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
