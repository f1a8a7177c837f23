package org.pragma.web.allocation;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.pragma.allocation.AllocationService;
import org.pragma.allocation.CommittedDraw;
import org.pragma.allocation.Draw;
import org.pragma.protocol.Arm;
import org.pragma.protocol.ProtocolService;
import org.pragma.protocol.StudyProtocol;
import org.pragma.shared.DomainException;
import org.pragma.signature.SignatureMeaning;
import org.pragma.security.WrongPasswordException;
import org.pragma.site.SiteService;
import org.pragma.site.SiteStatus;
import org.pragma.web.faces.Labels;
import org.pragma.web.faces.Messages;
import org.pragma.web.site.SiteView;

/** The randomization page: the sites with their covariates and arms, previews, the commit and each wave's report. */
@Named
@ViewScoped
public class RandomizationPage implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Site codes in the order people count them: S2 before S10. */
  private static final java.util.Comparator<SiteView> BY_CODE = java.util.Comparator
      .comparing((SiteView s) -> s.code().replaceAll("[0-9]+$", ""))
      .thenComparingInt(s -> s.code().length())
      .thenComparing(SiteView::code);

  @EJB private transient AllocationService allocation;
  @EJB private transient SiteService sites;
  @EJB private transient ProtocolService protocols;

  private String code;
  private List<SiteView> siteViews = List.of();
  private List<CommittedDraw> waves = List.of();
  private Draw preview;
  private String password;
  private SignatureMeaning meaning = SignatureMeaning.APPROVAL;
  private List<Arm> arms = List.of();
  private String zone;
  private boolean wholeWaves;

  public void load() {
    try {
      siteViews = sites.of(code).stream().map(s -> SiteView.of(s, allocation.armOf(s).orElse(null)))
          .sorted(BY_CODE).toList();
      waves = allocation.committed(code);
      StudyProtocol protocol = protocols.protocol(code);
      arms = protocol.arms();
      zone = protocol.timeZone().getId();
      wholeWaves = allocation.seesWholeWaves(code);
    } catch (DomainException e) {
      Messages.refused(null, e);
    }
  }

  public void preview() {
    try {
      preview = allocation.preview(code);
    } catch (DomainException e) {
      preview = null;
      Messages.refused("rand:preview", e);
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
      // in the dialog, which stays open: a wrong password beside the password, anything else beside the button
      Messages.refused(e instanceof WrongPasswordException ? "sign:password" : "sign:sign-commit", e);
      jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
    } finally {
      password = null;
    }
  }

  /** The protocol's name of an arm ("Usual care"), or the code if the protocol no longer has it. */
  public String armLabel(String armCode) {
    return arms.stream().filter(a -> a.code().equals(armCode)).map(Arm::name).findFirst().orElse(armCode);
  }

  /** A badge colour per arm, by its place in the protocol, so arms are told apart at a glance. */
  public String armStyle(String armCode) {
    int index = arms.stream().map(Arm::code).toList().indexOf(armCode);
    return "pragma-arm-badge pragma-arm-badge-" + (index < 0 ? "x" : String.valueOf(index % 6));
  }

  public String siteStatus(SiteView site) {
    return Labels.label(SiteStatus.valueOf(site.status()));
  }

  public String fileLink(int wave, String file) {
    return RandomizationFiles.path(code, wave, file);
  }

  /** The covariates the sites carry, one column each. */
  public List<String> getCovariateCodes() {
    return siteViews.stream().flatMap(s -> s.covariates().keySet().stream()).distinct().sorted().toList();
  }

  /** Whether some site that can still be randomized (not closed) has no arm yet. */
  public boolean isPending() {
    return siteViews.stream().anyMatch(s -> s.arm() == null && !SiteStatus.CLOSED.name().equals(s.status()));
  }

  /** Why Preview and Commit are disabled (blank when they are not). */
  public String getNothingToRandomize() {
    if (isPending()) {
      return "";
    }
    return siteViews.isEmpty()
        ? "Disabled: the study has no sites yet. An admin registers them under Manage sites."
        : "Disabled: every site has its arm (closed sites are never randomized). Sites registered later are randomized in a next wave.";
  }

  public List<Arm> getArms() {
    return arms;
  }

  public String getZone() {
    return zone;
  }

  public boolean isWholeWaves() {
    return wholeWaves;
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
