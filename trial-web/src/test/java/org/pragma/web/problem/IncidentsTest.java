package org.pragma.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class IncidentsTest {
  @Test
  void theSameErrorMappedTwiceIsLoggedOnceUnderOneId() {
    Logger logger = Logger.getAnonymousLogger();
    logger.setUseParentHandlers(false);
    List<LogRecord> logged = new ArrayList<>();
    logger.addHandler(new Handler() {
      @Override
      public void publish(LogRecord r) {
        logged.add(r);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    });
    Incidents incidents = new Incidents(logger);
    IllegalStateException error = new IllegalStateException("boom");

    String first = incidents.of(error);
    String second = incidents.of(error);
    String other = incidents.of(new IllegalStateException("boom"));

    assertThat(second).isEqualTo(first);
    assertThat(other).isNotEqualTo(first);
    assertThat(logged).hasSize(2);
    assertThat(logged.get(0).getMessage()).isEqualTo("Unexpected error, incident " + first);
    assertThat(logged.get(0).getThrown()).isSameAs(error);
  }
}
