package org.pragma.followup;

import org.pragma.shared.FreeText;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;

/**
 * Data entered for one visit: the actual visit date, the item answers of each instrument (by
 * instrument code, then item code; items may be left out for a partial save), and the reason for a
 * change once the visit has data, and the version of the visit as read (a save over a version someone
 * else has changed meanwhile is refused, so neither change is lost silently).
 */
public record VisitEntry(
    @NotNull(message = "is required: the date of the visit (ISO date)") LocalDate visitOn,
    Map<String, Map<String, Object>> instruments,
    @FreeText(max = FreeText.REASON, multiline = true) String reason,
    @NotNull(message = "is required: the version of the visit you are editing, as read, so a change made meanwhile is not overwritten")
        Long version) {

  public VisitEntry {
    instruments = instruments == null ? Map.of() : Map.copyOf(instruments);
  }
}
