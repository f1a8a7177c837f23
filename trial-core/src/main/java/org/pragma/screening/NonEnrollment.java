package org.pragma.screening;

/**
 * Why an eligible patient was not enrolled, as CONSORT 2010 counts the excluded besides those not meeting the
 * criteria: the patient declined to take part, or another reason (stated in words).
 */
public enum NonEnrollment {
  DECLINED,
  OTHER_REASON
}
