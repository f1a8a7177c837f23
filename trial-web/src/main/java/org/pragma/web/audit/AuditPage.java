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
import java.time.ZoneOffset;
import java.util.List;
import org.pragma.audit.AuditFilter;
import org.pragma.audit.AuditRow;
import org.pragma.audit.AuditTrail;
import org.pragma.audit.ChainVerification;
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

  @EJB private transient AuditTrail trail;
  @EJB private transient SignatureService signatures;

  private String study;
  private String site;
  private String user;
  private String entity;
  private LocalDate from;
  private LocalDate to;
  private List<AuditRow> rows;
  private long total;
  private ChainVerification verification;

  public List<AuditRow> getRows() {
    if (rows == null) {
      rows = trail.search(filter(), 0, SHOWN);
      total = trail.count(filter());
    }
    return rows;
  }

  public void search() {
    rows = null;
  }

  public void verify() {
    verification = trail.verify();
  }

  public StreamedContent getCsv() {
    return DefaultStreamedContent.builder()
        .name("pragma-audit.csv")
        .contentType("text/csv; charset=UTF-8")
        .stream(
            () -> {
              StringWriter out = new StringWriter();
              try {
                AuditCsv.write(trail.search(filter(), 0, AuditTrail.MAX_PAGE), out);
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
