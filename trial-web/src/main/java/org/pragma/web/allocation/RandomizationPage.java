package org.pragma.web.allocation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pragma.allocation.AllocationService;
import org.pragma.allocation.CommittedDraw;
import org.pragma.allocation.Draw;
import org.pragma.shared.DomainException;
import org.pragma.signature.SignatureMeaning;
import org.pragma.site.SiteService;
import org.pragma.web.faces.Messages;
import org.pragma.web.site.SiteView;

/** The randomization page: the sites with their covariates and arms, previews, the commit and each wave's report. */
@Named
@ViewScoped
public class RandomizationPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient AllocationService allocation;
  @EJB private transient SiteService sites;

  private String code;
  private List<SiteView> siteViews = List.of();
  private List<CommittedDraw> waves = List.of();
  private Draw preview;
  private String password;
  private SignatureMeaning meaning = SignatureMeaning.APPROVAL;

  public void load() {
    try {
      siteViews = sites.of(code).stream().map(s -> SiteView.of(s, allocation.armOf(s).orElse(null))).toList();
      waves = allocation.committed(code);
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  public void preview() {
    try {
      preview = allocation.preview(code);
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  /** Commits with the statistician's electronic signature (password again and its meaning). */
  public void commit() {
    try {
      Draw draw = allocation.commit(code, password, meaning);
      Messages.info("Randomization committed", "Wave " + draw.wave() + ": " + draw.allocation().size() + " sites have their arm.");
      preview = null;
      load();
    } catch (DomainException e) {
      Messages.refused(null, e);
    } finally {
      password = null;
    }
  }

  /** Height of a histogram bar, in percent of the tallest bin. */
  public double barHeight(Draw draw, long count) {
    long max = draw.histogram().stream().mapToLong(Draw.HistogramBin::all).max().orElse(1);
    return max == 0 ? 0 : 100.0 * count / max;
  }

  /** The covariates the sites carry, one column each. */
  public List<String> getCovariateCodes() {
    return siteViews.stream().flatMap(s -> s.covariates().keySet().stream()).distinct().sorted().toList();
  }

  public boolean isPending() {
    return siteViews.stream().anyMatch(s -> s.arm() == null);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public List<SiteView> getSites() {
    return siteViews;
  }

  public List<CommittedDraw> getWaves() {
    return waves;
  }

  public Draw getPreview() {
    return preview;
  }

  public SignatureMeaning[] getMeanings() {
    return SignatureMeaning.values();
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public SignatureMeaning getMeaning() {
    return meaning;
  }

  public void setMeaning(SignatureMeaning meaning) {
    this.meaning = meaning;
  }
}
