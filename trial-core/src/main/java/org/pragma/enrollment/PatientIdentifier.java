package org.pragma.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A patient's identifiers, encrypted, in their own table apart from study data. */
@Entity
@Table(name = "patient_identifier")
public class PatientIdentifier {
  @Id
  @Column(name = "patient_id")
  private Long patientId;

  @Column(name = "site_id", nullable = false, updatable = false)
  private Long siteId;

  @Column(name = "mrn_index", nullable = false, length = 64)
  private String recordNumberIndex;

  /** Blind index of the family name (see {@link IdentifierCipher#surnameIndex}); filled at startup for older rows. */
  @Column(name = "surname_index", length = 64)
  private String surnameIndex;

  @Column(name = "key_id", nullable = false, length = 16)
  private String keyId;

  @Column(nullable = false, length = 4000)
  private String payload;

  protected PatientIdentifier() {}

  PatientIdentifier(Patient patient, Identifiers identifiers, IdentifierCipher cipher) {
    this.patientId = patient.id();
    this.siteId = patient.site().id();
    this.recordNumberIndex = cipher.recordNumberIndex(siteId, identifiers);
    this.surnameIndex = cipher.surnameIndex(siteId, identifiers.familyName());
    this.keyId = cipher.keyId();
    this.payload = cipher.encrypt(identifiers);
  }

  /** Computes the family-name index of a row written before there was one. */
  public void indexSurname(IdentifierCipher cipher) {
    surnameIndex = cipher.surnameIndex(siteId, read(cipher).familyName());
  }

  Identifiers read(IdentifierCipher cipher) {
    return cipher.decrypt(payload, keyId);
  }

  public Long patientId() {
    return patientId;
  }
}
