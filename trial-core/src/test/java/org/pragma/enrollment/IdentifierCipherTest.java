package org.pragma.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class IdentifierCipherTest {
  private static final Identifiers ADA =
      new Identifiers("Ada", "Lovelace", LocalDate.of(1975, 12, 10), "MRN-0042", "+1 615 555 0100", "ada@example.org");

  private final IdentifierCipher cipher = IdentifierCipher.withKey(key(7));

  @Test
  void encryptsSoThatOnlyTheKeyReadsItBack() {
    String sealed = cipher.encrypt(ADA);

    assertThat(sealed).doesNotContain("Ada", "Lovelace", "MRN", "1975");
    assertThat(cipher.encrypt(ADA)).as("a fresh nonce every time").isNotEqualTo(sealed);
    assertThat(cipher.decrypt(sealed, cipher.keyId())).isEqualTo(ADA);
  }

  @Test
  void aDifferentKeyIsReportedAsSuchAndNeverShowsTheIdentifiers() {
    IdentifierCipher other = IdentifierCipher.withKey(key(8));
    String sealed = cipher.encrypt(ADA);

    assertThatThrownBy(() -> other.decrypt(sealed, cipher.keyId()))
        .hasMessageContaining("configure the original PRAGMA_IDENTIFIERS_KEY")
        .hasMessageNotContaining("Lovelace");
  }

  @Test
  void aTamperedCiphertextIsRefused() {
    char[] sealed = cipher.encrypt(ADA).toCharArray();
    sealed[20] = sealed[20] == 'A' ? 'B' : 'A';

    assertThatThrownBy(() -> cipher.decrypt(new String(sealed), cipher.keyId())).hasMessageContaining("tampered or wrong key");
  }

  @Test
  void theRecordNumberIndexIgnoresSpacingDashesAndCaseButNotTheSite() {
    Identifiers sameNumber = new Identifiers("A", "L", LocalDate.of(1975, 1, 1), " mrn 0042 ", null, null);

    assertThat(cipher.recordNumberIndex(1, sameNumber)).isEqualTo(cipher.recordNumberIndex(1, ADA));
    assertThat(cipher.recordNumberIndex(2, ADA)).isNotEqualTo(cipher.recordNumberIndex(1, ADA));
    assertThat(cipher.recordNumberIndex(1, ADA)).doesNotContain("0042").hasSize(64);
  }

  @Test
  void identifiersNeverPrintThemselves() {
    assertThat(ADA.toString()).isEqualTo("Identifiers[redacted]");
  }

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }
}
