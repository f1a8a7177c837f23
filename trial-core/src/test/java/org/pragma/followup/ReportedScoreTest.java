package org.pragma.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The SQL form of the reported score gives what the Java form gives, for every combination of stored scores. */
class ReportedScoreTest {
  @Test
  void theDatabaseAndJavaReportTheSameScore() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:reported" + System.nanoTime());
    List<String> checked = new ArrayList<>();
    try (Connection c = ds.getConnection(); PreparedStatement q = c.prepareStatement("select " + ReportedScore.sql("r")
        + " from (select cast(? as boolean) as scored, cast(? as integer) as total, cast(? as decimal(7, 2)) as percent,"
        + " cast(? as decimal(7, 2)) as t_score) r")) {
      for (boolean scored : new boolean[] {true, false}) {
        for (Integer total : Arrays.asList(17, null)) {
          for (BigDecimal percent : Arrays.asList(new BigDecimal("34.00"), null)) {
            for (BigDecimal tScore : Arrays.asList(new BigDecimal("61.20"), null)) {
              q.setBoolean(1, scored);
              q.setObject(2, total);
              q.setBigDecimal(3, percent);
              q.setBigDecimal(4, tScore);
              try (ResultSet r = q.executeQuery()) {
                r.next();
                Optional<BigDecimal> sql = Optional.ofNullable(r.getBigDecimal(1));
                Optional<BigDecimal> java = ReportedScore.of(scored, total, percent, tScore);
                assertThat(sql.map(BigDecimal::doubleValue)).as("%s %s %s %s", scored, total, percent, tScore)
                    .isEqualTo(java.map(BigDecimal::doubleValue));
                checked.add(java.map(BigDecimal::toPlainString).orElse("none"));
              }
            }
          }
        }
      }
    }
    assertThat(checked).hasSize(16).contains("61.20", "34.00", "17", "none");
  }
}
