package org.pragma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pragma.protocol.ProtocolReport;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.ProtocolVersion;

/** Protocol versions inside the server: reloading unchanged files records nothing, a changed file is an amendment. */
@ExtendWith(ArquillianExtension.class)
class ProtocolServiceIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ProtocolServiceIT.class, AsAdmin.class);
  }

  @EJB ProtocolService protocols;
  @EJB AsAdmin asAdmin;

  @Test
  void reloadingUnchangedProtocolsRecordsNoNewVersion() throws Exception {
    int before = asAdmin.call(() -> protocols.versions("SPINE-CARE")).size();

    ProtocolReport report = asAdmin.call(() -> protocols.reload());

    assertTrue(report.errors().isEmpty(), "shipped protocols are valid: " + report.errors());
    assertTrue(report.studies().stream().noneMatch(s -> s.study().equals("SPINE-CARE") && s.newVersion()));
    assertEquals(before, asAdmin.call(() -> protocols.versions("SPINE-CARE")).size());
  }

  @Test
  void aChangedStudyFileBecomesAnAmendmentWithTheNextSequence() throws Exception {
    Path studyFile = Path.of(System.getenv("PRAGMA_PROTOCOLS_DIR"), "impact-lbp", "study.yaml");
    List<ProtocolVersion> before = asAdmin.call(() -> protocols.versions("IMPACT-LBP"));
    String oldHash = asAdmin.call(() -> protocols.protocol("IMPACT-LBP")).contentHash();

    Files.writeString(studyFile, "\n# amendment " + UUID.randomUUID() + "\n", StandardOpenOption.APPEND);
    ProtocolReport report = asAdmin.call(() -> protocols.reload());

    List<ProtocolVersion> after = asAdmin.call(() -> protocols.versions("IMPACT-LBP"));
    ProtocolVersion latest = after.get(after.size() - 1);
    assertEquals(before.size() + 1, after.size());
    assertEquals(before.get(before.size() - 1).sequence() + 1, latest.sequence());
    assertTrue(latest.isAmendment());
    assertFalse(latest.contentHash().equals(oldHash));
    assertEquals(latest.contentHash(), asAdmin.call(() -> protocols.protocol("IMPACT-LBP")).contentHash());
    assertTrue(report.studies().stream().anyMatch(s -> s.study().equals("IMPACT-LBP") && s.newVersion()));
  }
}
