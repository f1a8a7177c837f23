package org.pragma.signature;

import java.util.List;

/** The signatures applied so far. */
public interface Signatures {
  void add(Signature signature);

  /** Signatures of the content with this hash, or every signature when it is null; newest first. */
  /** Newest first; a null content hash or signer does not narrow. */
  List<Signature> find(String contentHash, String signer, int max);
}
