package org.pragma.web.protocol;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.pragma.protocol.ProtocolNotLoadedException;
import org.pragma.protocol.ProtocolService;
import org.pragma.web.faces.Messages;

/** The study page: the protocol's arms side by side, each arm's schedule as a timeline, and the eligibility rules. */
@Named
@ViewScoped
public class StudyProtocolPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient ProtocolService protocols;

  private String code;
  private ProtocolView protocol;
  private List<ProtocolVersionView> versions = List.of();

  /** Loads the study named by the {@code code} view parameter. */
  public void load() {
    if (code == null || code.isBlank()) {
      return;
    }
    try {
      protocol = ProtocolView.of(code.toUpperCase(Locale.ROOT), protocols.visibleProtocol(code));
      versions = protocols.versions(code).stream().map(ProtocolVersionView::of).toList();
    } catch (ProtocolNotLoadedException e) {
      Messages.refused(null, e);
    }
  }

  /** The last day any visit window of the study closes: the timeline's scale. */
  public int getLastDay() {
    return protocol.arms().stream()
        .flatMap(a -> a.schedule().stream())
        .mapToInt(ProtocolView.VisitView::closesDay)
        .max()
        .orElse(1);
  }

  /** Position of a day on the timeline, in percent of its width. */
  public double percentOf(int day) {
    int min = Math.min(0, earliestDay());
    return 100.0 * (day - min) / Math.max(1, getLastDay() - min);
  }

  private int earliestDay() {
    return protocol.arms().stream()
        .flatMap(a -> a.schedule().stream())
        .mapToInt(ProtocolView.VisitView::opensDay)
        .min()
        .orElse(0);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public ProtocolView getProtocol() {
    return protocol;
  }

  public List<ProtocolVersionView> getVersions() {
    return versions;
  }
}
