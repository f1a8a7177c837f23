package org.pragma.screening;

import org.pragma.shared.FreeText;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import org.pragma.shared.Required;

/** Corrected screening answers (all of them, as on the form) and why they change. */
public record ScreeningCorrection(
    @NotNull(message = "is required (ISO date, e.g. 2026-11-23)") LocalDate screenedOn,
    Sex sex,
    @NotNull(message = "is required: the answers by question code") Map<String, Object> answers,
    @Required(message = "is required: say why the answers change") @FreeText(max = FreeText.REASON, multiline = true) String reason) {

  NewScreening asScreening() {
    return new NewScreening(screenedOn, sex, answers);
  }
}
