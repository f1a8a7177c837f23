package org.pragma.web.allocation;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.pragma.allocation.OutcomeChoice;

/** The outcome of a permutation test as query parameters: instrument code, visit code, score or change from baseline. */
public class OutcomeQuery {
  @NotNull(message = "is required")
  @QueryParam("instrument")
  String instrument;

  @NotNull(message = "is required")
  @QueryParam("visit")
  String visit;

  @DefaultValue("score")
  @Pattern(regexp = "score|change", message = "must be score or change")
  @QueryParam("measure")
  String measure;

  OutcomeChoice choice() {
    return new OutcomeChoice(instrument, visit, "change".equals(measure));
  }
}
