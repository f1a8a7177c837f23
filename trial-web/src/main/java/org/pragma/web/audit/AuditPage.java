package org.pragma.web.audit;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import jakarta.faces.model.SelectItem;
import java.time.ZoneOffset;
import java.util.List;
import org.pragma.audit.AuditFilter;
import org.pragma.audit.AuditTrail;
import org.pragma.audit.ChainVerification;
import org.pragma.protocol.ProtocolService;
import org.pragma.signature.SignatureService;
import org.pragma.web.signature.SignatureView;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The audit viewer for monitors: filter by study, site, user, entity and UTC dates; export what
 * the filter shows as CSV; verify the hash chain; and see the electronic signatures.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int SHOWN = 200;
  private static final List<String> ENTITIES = List.of("study", "site", "randomization", "site-arm", "screening",
      "patient", "visit", "contact", "signature", "user");

  @EJB private transient AuditTrail trail;
  @EJB private transient SignatureService signatures;

  private String study;
  private String site;
  private String user;
  private String entity;
  private LocalDate from;
  private LocalDate to;
  @EJB private transient ProtocolService protocols;

  private List<AuditLine> rows;
  private long total;
  private ChainVerification verification;

  /** The newest records the filter matches, with labels and times in each record's study zone. */
  public List<AuditLine> getRows() {
    if (rows == null) {
      AuditLabels labels = AuditLabels.of(protocols);
      rows = trail.search(filter(), 0, SHOWN).stream().map(r -> AuditLine.of(r, labels)).toList();
      total = trail.count(filter());
    }
    return rows;
  }

  /** Entities a monitor may filter by, as value and label. */
  public List<SelectItem> getEntities() {
    return ENTITIES.stream().map(e -> new SelectItem(e, AuditLabels.entity(e))).toList();
  }

  /** A signature's meaning by its label. */
  public String meaning(String meaning) {
    return new AuditLabels(study -> Optional.empty()).value("signature", "meaning", null, meaning);
  }

  public void search() {
    rows = null;
  }

  public void verify() {
    verification = trail.verify(null, AuditTrail.MAX_VERIFY);
  }

  public StreamedContent getCsv() {
    return DefaultStreamedContent.builder()
        .name("pragma-audit.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(
            () -> {
              StringWriter out = new StringWriter();
              try {
                AuditCsv.write(trail.search(filter(), 0, AuditTrail.MAX_PAGE), AuditLabels.of(protocols), out);
              } catch (IOException e) {
                throw new IllegalStateException(e);
              }
              return new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8));
            })
        .build();
  }

  public List<SignatureView> getSignatures() {
    return signatures.find(null, 50).stream().map(SignatureView::of).toList();
  }

  private AuditFilter filter() {
    return new AuditFilter(
        blankToNull(study), blankToNull(site), blankToNull(user), blankToNull(entity), null,
        from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  public long getTotal() {
    return total;
  }

  public int getShown() {
    return SHOWN;
  }

  public ChainVerification getVerification() {
    return verification;
  }

  public String getStudy() { return study; }
  public void setStudy(String v) { study = v; }
  public String getSite() { return site; }
  public void setSite(String v) { site = v; }
  public String getUser() { return user; }
  public void setUser(String v) { user = v; }
  public String getEntity() { return entity; }
  public void setEntity(String v) { entity = v; }
  public LocalDate getFrom() { return from; }
  public void setFrom(LocalDate v) { from = v; }
  public LocalDate getTo() { return to; }
  public void setTo(LocalDate v) { to = v; }
}
