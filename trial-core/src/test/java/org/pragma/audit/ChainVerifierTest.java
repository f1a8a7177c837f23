package org.pragma.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
  static AuditEntry entry(String field, String newValue) {
    return new AuditEntry(
        Instant.parse("2025-03-01T12:00:00Z"), "ana", AuditAction.UPDATE, "study", "SPINE-CARE", field, "old",
        newValue, "typo", "SPINE-CARE", null);
  }

  static List<AuditRecord> chain(AuditEntry... entries) {
    List<AuditRecord> records = new ArrayList<>();
    String previous = ChainVerifier.GENESIS;
    long seq = 0;
    for (AuditEntry e : entries) {
      AuditRecord r = new AuditRecord(++seq, e, previous);
      records.add(r);
      previous = r.hash();
    }
    return records;
  }

  static ChainVerification verify(List<AuditRecord> records, long headSeq, String headHash) {
    ChainVerifier v = new ChainVerifier();
    records.forEach(v::accept);
    return v.result(headSeq, headHash);
  }

  @Test
  void anUntouchedChainVerifies() {
    List<AuditRecord> records = chain(entry("title", "A"), entry("title", "B"), entry("status", "CLOSED"));

    ChainVerification result = verify(records, 3, records.get(2).hash());

    assertThat(result.intact()).isTrue();
    assertThat(result.recordsChecked()).isEqualTo(3);
  }

  @Test
  void aChangedValueBreaksTheChainAtThatRecord() {
    List<AuditRecord> records = chain(entry("title", "A"), entry("title", "B"), entry("status", "CLOSED"));
    AuditRecord forged = new AuditRecord(2, entry("title", "FORGED"), records.get(0).hash());
    List<AuditRecord> tampered = List.of(records.get(0), withHash(forged, records.get(1).hash()), records.get(2));

    ChainVerification result = verify(tampered, 3, records.get(2).hash());

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(2);
    assertThat(result.problem()).contains("changed");
  }

  @Test
  void aDeletedRecordOrALostTailIsFound() {
    List<AuditRecord> records = chain(entry("title", "A"), entry("title", "B"), entry("status", "CLOSED"));

    ChainVerification gap = verify(List.of(records.get(0), records.get(2)), 3, records.get(2).hash());
    ChainVerification tail = verify(records.subList(0, 2), 3, records.get(2).hash());

    assertThat(gap.firstBrokenSeq()).isEqualTo(2);
    assertThat(gap.problem()).contains("missing");
    assertThat(tail.intact()).isFalse();
    assertThat(tail.firstBrokenSeq()).isEqualTo(3);
  }

  @Test
  void verificationFromACheckpointChecksOnlyTheRecordsAfterIt() {
    List<AuditRecord> records = chain(entry("title", "A"), entry("title", "B"), entry("status", "CLOSED"), entry("title", "C"));
    ChainVerifier v = new ChainVerifier(2, records.get(1).hash());
    records.subList(2, 4).forEach(v::accept);

    ChainVerification result = v.result(4, records.get(3).hash());

    assertThat(result.intact()).isTrue();
    assertThat(result.recordsChecked()).isEqualTo(2);
    assertThat(result.verifiedFrom()).isEqualTo(2);
    assertThat(result.verifiedUpTo()).isEqualTo(4);
    assertThat(result.complete()).isTrue();
  }

  @Test
  void aCheckpointWhoseRecordWasReplacedBreaksTheChainAtTheNextRecord() {
    List<AuditRecord> records = chain(entry("title", "A"), entry("title", "B"), entry("status", "CLOSED"));
    ChainVerifier v = new ChainVerifier(2, chain(entry("title", "A"), entry("title", "FORGED")).get(1).hash());
    v.accept(records.get(2));

    ChainVerification result = v.result(3, records.get(2).hash());

    assertThat(result.intact()).isFalse();
    assertThat(result.firstBrokenSeq()).isEqualTo(3);
    assertThat(result.problem()).contains("does not follow");
  }

  @Test
  void aPageThatStopsBeforeTheEndIsIntactButIncompleteAndTheNextPageContinuesIt() {
    List<AuditRecord> records = chain(entry("title", "A"), entry("title", "B"), entry("status", "CLOSED"));
    ChainVerifier first = new ChainVerifier();
    records.subList(0, 2).forEach(first::accept);
    ChainVerification page = first.resultUpTo(2);
    ChainVerifier second = new ChainVerifier(page.verifiedUpTo(), first.lastHash());
    second.accept(records.get(2));

    assertThat(page.intact()).isTrue();
    assertThat(page.complete()).isFalse();
    assertThat(second.result(3, records.get(2).hash()).counting(page)).isEqualTo(ChainVerification.ok(3));
  }

  @Test
  void aPageMissingItsLastRecordIsBroken() {
    List<AuditRecord> records = chain(entry("title", "A"), entry("title", "B"), entry("status", "CLOSED"));
    ChainVerifier v = new ChainVerifier();
    records.subList(0, 2).forEach(v::accept);

    assertThat(v.resultUpTo(3).firstBrokenSeq()).isEqualTo(3);
  }

  @Test
  void fieldBoundariesCannotBeShiftedToForgeTheSameHash() {
    AuditEntry a = new AuditEntry(Instant.EPOCH, "ana", AuditAction.UPDATE, "study", "S", "f", "ab", "c", "r", null, null);
    AuditEntry b = new AuditEntry(Instant.EPOCH, "ana", AuditAction.UPDATE, "study", "S", "f", "a", "bc", "r", null, null);

    assertThat(a.hash(1, ChainVerifier.GENESIS)).isNotEqualTo(b.hash(1, ChainVerifier.GENESIS));
  }

  /** The forged content with the original stored hash, as an attacker editing one column leaves it. */
  private static AuditRecord withHash(AuditRecord forged, String storedHash) {
    try {
      var field = AuditRecord.class.getDeclaredField("hash");
      field.setAccessible(true);
      field.set(forged, storedHash);
      return forged;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
