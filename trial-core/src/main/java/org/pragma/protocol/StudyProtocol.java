package org.pragma.protocol;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pragma.instrument.Instrument;
import org.pragma.protocol.eligibility.Eligibility;
import org.pragma.spending.SpendingWindow;

/**
 * One study's protocol as loaded from its folder: what is common to the study plus every arm, with the
 * instruments it references. It only exists fully valid. {@code contentHash} changes with any file (and
 * any referenced instrument), so the server can record protocol versions and detect amendments.
 *
 * @param allocation arm code to allocation-ratio part, in the order of the study file
 * @param spending the claims window: 12 months after enrollment and the study's look-back before it
 *     ({@code spending: {lookBackDays}} in the study file, 365 days when absent)
 * @param design the sample-size assumptions of the {@code design} block, when the study file has one
 * @param files the files this protocol was loaded from, keyed by path under the protocols root
 *     ({@code spine-care/study.yaml}, {@code spine-care/arms/ice.yaml}, {@code instruments/ODI.yaml}):
 *     what a {@link ProtocolVersion} keeps so the protocol can be rebuilt exactly
 */
public record StudyProtocol(
    String code,
    String version,
    String contentHash,
    String title,
    Optional<String> shortTitle,
    String registryId,
    String sponsor,
    ZoneId timeZone,
    String unitOfRandomization,
    List<Arm> arms,
    Map<String, Integer> allocation,
    RandomizationDesign randomization,
    Eligibility eligibility,
    Consent consent,
    List<InstrumentUse> baselineInstruments,
    EnrollmentTarget enrollment,
    StudyIdFormat studyIdFormat,
    List<Outcome> outcomes,
    SpendingWindow spending,
    Map<String, Instrument> instruments,
    Map<String, String> files,
    Optional<Design> design) {

  /** A protocol without sample-size assumptions. */
  public StudyProtocol(String code, String version, String contentHash, String title, Optional<String> shortTitle,
      String registryId, String sponsor, ZoneId timeZone, String unitOfRandomization, List<Arm> arms,
      Map<String, Integer> allocation, RandomizationDesign randomization, Eligibility eligibility, Consent consent,
      List<InstrumentUse> baselineInstruments, EnrollmentTarget enrollment, StudyIdFormat studyIdFormat,
      List<Outcome> outcomes, SpendingWindow spending, Map<String, Instrument> instruments, Map<String, String> files) {
    this(code, version, contentHash, title, shortTitle, registryId, sponsor, timeZone, unitOfRandomization, arms, allocation,
        randomization, eligibility, consent, baselineInstruments, enrollment, studyIdFormat, outcomes, spending, instruments, files,
        Optional.empty());
  }

  public StudyProtocol {
    arms = List.copyOf(arms);
    allocation = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(allocation));
    baselineInstruments = List.copyOf(baselineInstruments);
    outcomes = List.copyOf(outcomes);
    instruments = Map.copyOf(instruments);
    files = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(files));
  }

  public Optional<Arm> arm(String armCode) {
    return arms.stream().filter(a -> a.code().equals(armCode)).findFirst();
  }

  /** The study code and version label, e.g. {@code spine-care 1.0}. */
  public String label() {
    return code + " " + version;
  }
}
