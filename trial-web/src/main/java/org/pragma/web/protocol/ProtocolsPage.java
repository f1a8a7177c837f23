package org.pragma.web.protocol;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pragma.protocol.ProtocolReport;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.validation.ValidationError;
import org.pragma.web.faces.Messages;

/** The protocols page: every study folder, loaded or rejected with its errors, and re-validation on demand. */
@Named
@ViewScoped
public class ProtocolsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient ProtocolService protocols;

  private List<LoadView> studies;
  private List<ValidationError> errors;

  public List<LoadView> getStudies() {
    if (studies == null) {
      read();
    }
    return studies;
  }

  public List<ValidationError> getErrors() {
    if (errors == null) {
      read();
    }
    return errors;
  }

  public void revalidate() {
    ProtocolReport report = protocols.reload();
    long recorded = report.studies().stream().filter(ProtocolReport.LoadedStudy::newVersion).count();
    Messages.info("Protocols re-validated",
        report.studies().size() + " studies loaded, " + recorded + " new version(s), " + report.errors().size() + " error(s).");
    report.kept().forEach(k -> Messages.error(null, "Amendment not loaded", k.message()));
    read();
  }

  private void read() {
    var set = protocols.loadReport();
    studies = set.loads().stream().map(LoadView::of).toList();
    errors = set.errors();
  }
}
