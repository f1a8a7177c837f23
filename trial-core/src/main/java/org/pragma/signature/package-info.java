/**
 * Electronic signatures (21 CFR Part 11 §11.50, §11.70, §11.200): the signer re-enters their
 * password and states the meaning; the signature stores who (name and username), when (UTC), the
 * meaning and the SHA-256 of exactly what was signed. Randomization commit, data locks and the final
 * export call {@link org.pragma.signature.SignatureService#sign} in their own transaction.
 */
package org.pragma.signature;
