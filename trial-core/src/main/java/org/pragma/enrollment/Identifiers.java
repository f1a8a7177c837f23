package org.pragma.enrollment;

import org.pragma.shared.FreeText;
import org.pragma.shared.PlausibleDate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import org.pragma.shared.Required;

/**
 * Who the patient is. These never leave the patient's site: they are stored encrypted, shown only to
 * the site's coordinators and admins, and kept out of logs, exports and error messages (no validation
 * message here repeats the value).
 */
public record Identifiers(
    @Required(message = "is required") @FreeText(max = 100) String givenName,
    @Required(message = "is required") @FreeText(max = 100) String familyName,
    @NotNull(message = "is required (ISO date, e.g. 1970-05-31)") @Past(message = "must be in the past") @PlausibleDate LocalDate dateOfBirth,
    @Required(message = "is required")
        @Pattern(regexp = "\\s*[A-Za-z0-9][A-Za-z0-9 -]{0,29}\\s*", message = "must be 1-30 letters, digits, spaces or dashes")
        String medicalRecordNumber,
    @Pattern(regexp = "[0-9 +().-]{7,25}", message = "must be 7-25 digits, spaces or + ( ) . -") String phone,
    @Email(message = "must be an email address") @FreeText String email) {

  /** The record number as the duplicate check compares it: no spaces or dashes, upper case. */
  public String normalizedRecordNumber() {
    return normalizeRecordNumber(medicalRecordNumber);
  }

  /** A record number as typed, as the duplicate check and the search compare it. */
  public static String normalizeRecordNumber(String recordNumber) {
    return recordNumber.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  /** The family name as the name search compares it; see {@link #normalizeName(String)}. */
  public String normalizedFamilyName() {
    return normalizeName(familyName);
  }

  /**
   * A name as typed by anyone, reduced to what the blind index hashes: accents stripped ("Müller"
   * and "Muller" match), lower case, spaces trimmed and runs of spaces made one. Only exact names
   * match: a keyed hash cannot find a part of a name.
   */
  public static String normalizeName(String name) {
    String bare = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return bare.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
  }

  public String fullName() {
    return givenName.strip() + " " + familyName.strip();
  }

  /** Identifiers never print themselves (a stray log line or exception message must not leak them). */
  @Override
  public String toString() {
    return "Identifiers[redacted]";
  }
}
