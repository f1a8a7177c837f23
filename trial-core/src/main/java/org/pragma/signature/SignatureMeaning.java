package org.pragma.signature;

/** What a signer declares by signing (§11.50(a)(3)). */
public enum SignatureMeaning {
  AUTHORSHIP,
  REVIEW,
  APPROVAL,
  RESPONSIBILITY
}
