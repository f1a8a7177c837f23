package org.pragma.spending.jpa;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.pragma.enrollment.IdentifierCipher;
import org.pragma.spending.PatientKey;
import org.pragma.spending.PatientLookup;

/**
 * Every enrolled patient of one study, held for the length of one import: by study ID, and by the
 * keyed hash of (site, record number) so a record number in a file is matched without decrypting
 * anyone's identifiers. A few thousand patients take well under a megabyte.
 */
public final class StudyPatientLookup implements PatientLookup {
  private final Map<String, PatientKey> byStudyId = new HashMap<>();
  private final Map<String, PatientKey> byRecordIndex = new HashMap<>();
  private final Map<String, Long> siteIds = new HashMap<>();
  private final IdentifierCipher cipher;

  public StudyPatientLookup(EntityManager em, long studyId, IdentifierCipher cipher) {
    this.cipher = cipher;
    Map<Long, PatientKey> byId = new HashMap<>();
    em.createQuery("select p.id, p.studyId, s.code, s.id, p.arm, p.enrolledOn from Patient p join p.site s where p.study.id = :study", Object[].class)
        .setParameter("study", studyId).getResultList().forEach(r -> {
          PatientKey key = new PatientKey((Long) r[0], (String) r[1], (String) r[2], (String) r[4], (LocalDate) r[5]);
          byId.put(key.patientId(), key);
          byStudyId.put(key.studyPatientId().toUpperCase(java.util.Locale.ROOT), key);
          siteIds.put(key.siteCode(), (Long) r[3]);
        });
    em.createQuery("select i.patientId, i.recordNumberIndex from PatientIdentifier i where i.patientId in"
            + " (select p.id from Patient p where p.study.id = :study)", Object[].class)
        .setParameter("study", studyId).getResultList().forEach(r -> {
          PatientKey key = byId.get((Long) r[0]);
          if (key != null) {
            byRecordIndex.put((String) r[1], key);
          }
        });
  }

  @Override
  public Optional<PatientKey> byStudyId(String studyPatientId) {
    return Optional.ofNullable(byStudyId.get(studyPatientId.strip().toUpperCase(java.util.Locale.ROOT)));
  }

  @Override
  public Optional<PatientKey> byRecordNumber(String siteCode, String recordNumber) {
    Long siteId = siteIds.get(siteCode.strip());
    if (siteId == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(byRecordIndex.get(cipher.recordNumberIndex(siteId, recordNumber)));
  }
}
