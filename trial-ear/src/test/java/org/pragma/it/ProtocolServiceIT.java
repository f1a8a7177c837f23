package org.pragma.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pragma.protocol.ProtocolReport;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.ProtocolVersion;
import org.pragma.protocol.StudyLoad;
import org.pragma.protocol.StudyProtocol;

/**
 * Protocol versions inside the server: reloading unchanged files records nothing, a changed file is an
 * amendment whose files are kept, an amendment with an error leaves the version in force.
 */
@ExtendWith(ArquillianExtension.class)
class ProtocolServiceIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.earWith(ProtocolServiceIT.class, AsAdmin.class, StudyFolders.class);
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

  @Test
  void anAmendmentWithAnErrorKeepsTheVersionInForceWhileOtherStudiesAmendmentsLoad() throws Exception {
    String broken = copyOf("impact-lbp");
    String amended = copyOf("spine-care");
    try {
      asAdmin.call(() -> protocols.reload());
      String brokenCode = broken.toUpperCase(Locale.ROOT);
      String amendedCode = amended.toUpperCase(Locale.ROOT);
      StudyProtocol inForce = asAdmin.call(() -> protocols.protocol(brokenCode));
      int brokenVersions = asAdmin.call(() -> protocols.versions(brokenCode)).size();
      int amendedVersions = asAdmin.call(() -> protocols.versions(amendedCode)).size();
      Path studyFile = root().resolve(broken).resolve("study.yaml");
      Files.writeString(studyFile, Files.readString(studyFile).replaceFirst("\nsponsor:", "\nsponsr:"));
      Files.writeString(root().resolve(amended).resolve("study.yaml"), "\n# amendment 1\n", StandardOpenOption.APPEND);

      ProtocolReport report = asAdmin.call(() -> protocols.reload());

      assertEquals(inForce.contentHash(), asAdmin.call(() -> protocols.protocol(brokenCode)).contentHash(),
          "the version in force stays in force");
      assertEquals(brokenVersions, asAdmin.call(() -> protocols.versions(brokenCode)).size());
      assertTrue(report.kept().stream().anyMatch(k -> k.study().equals(brokenCode) && k.contentHash().equals(inForce.contentHash())
          && k.message().contains("stays in force")), report.kept().toString());
      assertTrue(report.errors().stream().anyMatch(e -> e.file().equals(broken + "/study.yaml") && e.message().contains("sponsr")
          && e.line() > 0), report.errors().toString());
      assertTrue(report.studies().stream().anyMatch(s -> s.study().equals(amendedCode) && s.newVersion()));
      assertEquals(amendedVersions + 1, asAdmin.call(() -> protocols.versions(amendedCode)).size());
      assertTrue(asAdmin.call(() -> protocols.lastLoad()).loads().stream().anyMatch(l -> l instanceof StudyLoad.Kept k
          && k.folder().equals(broken) && !k.errors().isEmpty()));

      byte[] binary = new byte[2048];
      new Random(7).nextBytes(binary);
      Files.write(studyFile, binary);
      ProtocolReport binaryReport = asAdmin.call(() -> protocols.reload());

      assertEquals(inForce.contentHash(), asAdmin.call(() -> protocols.protocol(brokenCode)).contentHash());
      assertTrue(binaryReport.errors().stream().anyMatch(e -> e.file().equals(broken + "/study.yaml")
          && e.message().equals("study.yaml is not a UTF-8 text file")), binaryReport.errors().toString());
      assertTrue(binaryReport.errors().stream().noneMatch(e -> e.message().contains("java.") || e.message().contains("Exception")));
    } finally {
      delete(broken);
      delete(amended);
      asAdmin.call(() -> protocols.reload());
    }
  }

  @Test
  void everyVersionKeepsItsFilesAndRebuildsToTheProtocolItWas() throws Exception {
    String folder = copyOf("spine-care");
    String code = folder.toUpperCase(Locale.ROOT);
    try {
      asAdmin.call(() -> protocols.reload());
      Path arm = root().resolve(folder).resolve("arms").resolve("usual-care.yaml");
      Files.writeString(arm, Files.readString(arm).replace("targetDay: 91", "targetDay: 98"));
      asAdmin.call(() -> protocols.reload());

      List<ProtocolVersion> versions = asAdmin.call(() -> protocols.versions(code));
      assertEquals(2, versions.size());
      assertEquals(java.util.Set.of(folder + "/arms/ice.yaml", folder + "/arms/ipt.yaml", folder + "/arms/usual-care.yaml",
          folder + "/study.yaml", "instruments/NDI.yaml", "instruments/NPRS.yaml", "instruments/ODI.yaml", "instruments/SBST.yaml"),
          versions.get(0).files().keySet());
      assertTrue(versions.get(0).files().get(folder + "/arms/usual-care.yaml").contains("targetDay: 91"));
      assertTrue(versions.get(1).files().get(folder + "/arms/usual-care.yaml").contains("targetDay: 98"));
      StudyProtocol first = asAdmin.call(() -> protocols.protocolOf(versions.get(0)));
      StudyProtocol second = asAdmin.call(() -> protocols.protocolOf(versions.get(1)));

      assertEquals(versions.get(0).contentHash(), first.contentHash());
      assertEquals(91, first.arm("usual-care").orElseThrow().schedule().visit("month-3").orElseThrow().targetDay());
      assertEquals(98, second.arm("usual-care").orElseThrow().schedule().visit("month-3").orElseThrow().targetDay());
      assertEquals(asAdmin.call(() -> protocols.protocol(code)).contentHash(), second.contentHash());
    } finally {
      delete(folder);
      asAdmin.call(() -> protocols.reload());
    }
  }

  private static Path root() {
    return Path.of(System.getenv("PRAGMA_PROTOCOLS_DIR"));
  }

  /** A copy of a shipped study folder under a fresh code; returns the folder (the code in lower case). */
  private static String copyOf(String template) throws IOException {
    String folder = "it-" + UUID.randomUUID().toString().substring(0, 8);
    StudyFolders.copy(root().resolve(template), root().resolve(folder), folder);
    return folder;
  }

  private static void delete(String folder) throws IOException {
    try (Stream<Path> files = Files.walk(root().resolve(folder))) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
