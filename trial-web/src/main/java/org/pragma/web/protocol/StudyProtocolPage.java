package org.pragma.web.protocol;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.pragma.enrollment.ConsentModel;
import org.pragma.followup.FollowUpService;
import org.pragma.followup.SiteProgress;
import org.pragma.protocol.ArmRole;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.eligibility.Criterion;
import org.pragma.protocol.ProtocolNotLoadedException;
import org.pragma.web.enrollment.SiteRow;
import org.pragma.web.faces.Labels;
import org.pragma.web.faces.Messages;
import org.primefaces.model.SortMeta;

/** The study page: the protocol's arms side by side, each arm's schedule as a timeline, and the eligibility rules. */
@Named
@ViewScoped
public class StudyProtocolPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient ProtocolService protocols;
  @EJB private transient FollowUpService followUp;

  private String code;
  private ProtocolView protocol;
  private List<ProtocolVersionView> versions = List.of();
  private List<SiteRow> sites = List.of();

  /** Loads the study named by the {@code code} view parameter. */
  public void load() {
    if (code == null || code.isBlank()) {
      return;
    }
    try {
      protocol = ProtocolView.of(code.toUpperCase(Locale.ROOT), protocols.visibleProtocol(code));
      versions = protocols.versions(code).stream().map(ProtocolVersionView::of).toList();
      sites = new ArrayList<>(followUp.progress(protocol.study()).stream().map(SiteRow::of).toList()); // sortable
    } catch (ProtocolNotLoadedException e) {
      // A study whose files have errors: say so here. A study that does not exist or is not the
      // caller's goes on to the "not found, or not yours" page (NotFoundHandler).
      Messages.refused(null, e);
    }
  }

  /** The study's sites the user may see, by code (S2 before S10). */
  public List<SiteRow> getSites() {
    return sites;
  }

  /** "33 sites · 31 active". */
  public String getSiteCounts() {
    return SiteRow.counts(sites);
  }

  /** Sorts site codes as people do when the site table is sorted by site. */
  public int compareCodes(Object a, Object b, SortMeta ascending) {
    return SiteProgress.CODE_ORDER.compare(String.valueOf(a), String.valueOf(b));
  }

  /** The label of an arm's role in the protocol file ("usual-care" reads "Usual care"). */
  public String roleLabel(String key) {
    return Arrays.stream(ArmRole.values()).filter(r -> r.key().equals(key)).findFirst()
        .map(Labels::label).orElse(Labels.words(key));
  }

  /** The label of the protocol's consent model ("implied-by-baseline" reads as the consent it is). */
  public String consentLabel(String model) {
    try {
      return Labels.label(ConsentModel.of(model));
    } catch (IllegalArgumentException unknown) {
      return Labels.words(model);
    }
  }

  /** An eligibility rule's kind ("inclusion") as its label. */
  public String kindLabel(String kind) {
    return Arrays.stream(Criterion.Kind.values()).filter(k -> k.name().equalsIgnoreCase(kind)).findFirst()
        .map(Labels::label).orElse(Labels.words(kind));
  }

  /** One protocol code as words ("covariate-constrained" reads "Covariate constrained"). */
  public String word(String code) {
    return code == null ? "" : Labels.words(code);
  }

  /** Codes people know as such (instruments: "SBST, ODI"), joined. */
  public String codes(List<String> codes) {
    return String.join(", ", codes);
  }

  /** Protocol codes as words, joined ("low, medium" reads "Low, Medium"). */
  public String words(List<String> codes) {
    return codes.stream().map(Labels::words).collect(Collectors.joining(", "));
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
