package org.pragma.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The family-name blind index: what counts as the same name, and what it never gives away. */
class FamilyNameIndexTest {
  private final IdentifierCipher cipher = IdentifierCipher.withKey(filled(7));

  @Test
  void namesAreComparedWithoutAccentsCaseOrExtraSpaces() {
    assertThat(Identifiers.normalizeName("  Müller   Lüdenscheidt ")).isEqualTo("muller ludenscheidt");
    assertThat(Identifiers.normalizeName("ÉLODIE-Ñúñez")).isEqualTo("elodie-nunez");
    assertThat(Identifiers.normalizeName("Ｏ'Ｂｒｉｅｎ")).as("full-width letters").isEqualTo("o'brien");
    assertThat(Identifiers.normalizeName("Øster")).as("a letter, not an accent").isEqualTo("øster");
    assertThat(Identifiers.normalizeName(null)).isEmpty();
  }

  @Test
  void theSameNameWrittenDifferentlyHasOneIndexAtASite() {
    assertThat(cipher.surnameIndex(7, "MÜLLER")).isEqualTo(cipher.surnameIndex(7, " muller"))
        .isNotEqualTo(cipher.surnameIndex(7, "Mull"))
        .isNotEqualTo(cipher.surnameIndex(8, "Müller"))
        .as("not the record-number hash of the same text").isNotEqualTo(cipher.recordNumberIndex(7, "MULLER"))
        .doesNotContainIgnoringCase("muller").hasSize(64);
    assertThat(IdentifierCipher.withKey(filled(8)).surnameIndex(7, "Müller")).as("another key").isNotEqualTo(cipher.surnameIndex(7, "Müller"));
  }

  @Test
  void aRecordNumberAsTypedInASearchFindsTheOneStoredAtEnrollment() {
    Identifiers ada = new Identifiers("Ada", "Lovelace", java.time.LocalDate.of(1975, 12, 10), "MRN-0042", null, null);

    assertThat(cipher.recordNumberIndex(7, "mrn 0042")).isEqualTo(cipher.recordNumberIndex(7, ada));
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }
}
