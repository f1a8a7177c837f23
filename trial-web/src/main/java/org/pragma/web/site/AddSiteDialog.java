package org.pragma.web.site;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.Serializable;
import org.pragma.shared.DomainException;
import org.pragma.site.CovariateRules;
import org.pragma.site.InvalidCovariatesException;
import org.pragma.site.NewSite;
import org.pragma.site.SiteCodeTakenException;
import org.pragma.site.SiteService;
import org.pragma.web.faces.Messages;

/**
 * The sites page's "Add a site" dialog: one clinic registered as planned, with every problem of the
 * form shown at once next to its field (a mistyped target, a missing name and a covariate that is
 * not a number together, not one per attempt).
 */
@Named
@ViewScoped
public class AddSiteDialog implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient SiteService sites;
  @Inject private transient Validator validator;
  @Inject private SitesPage page;

  private NewSiteForm form;

  public void start() {
    form = new NewSiteForm();
  }

  /** Registers the site as planned, or shows every problem of the form next to its field. */
  public void add() {
    NewSite site = form.toNewSite();
    boolean ok = form.targetIsNumber();
    if (!ok) {
      fieldError("enrollmentTarget", "must be a whole number, such as 120");
    }
    for (ConstraintViolation<NewSite> v : validator.validate(site)) {
      fieldError(v.getPropertyPath().toString(), v.getMessage());
      ok = false;
    }
    for (CovariateRules.Violation v : sites.covariateRules(page.getCode()).check(site.covariates())) {
      fieldError(v.field(), v.message());
      ok = false;
    }
    if (ok) {
      register(site);
    } else {
      notAdded();
    }
  }

  private void register(NewSite site) {
    try {
      sites.register(page.getCode(), site);
      Messages.info("Site added", "Site " + site.code() + " is registered as planned; open it for enrollment when it is ready.");
      form = null;
      page.load();
    } catch (InvalidCovariatesException e) {
      e.errors().forEach(v -> fieldError(v.field(), v.message()));
      notAdded();
    } catch (SiteCodeTakenException e) {
      Messages.error(AddSiteFields.clientId("code", page.getCovariateCodes()), "Not added", e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    } catch (DomainException e) {
      Messages.error("sites:add-save", "Not added", e.getMessage());
      FacesContext.getCurrentInstance().validationFailed();
    }
  }

  /** Each field says what is wrong with it; that nothing was added is said once, beside the button. */
  private void fieldError(String field, String message) {
    Messages.error(AddSiteFields.clientId(field, page.getCovariateCodes()), null, AddSiteFields.label(field) + " " + message);
  }

  private static void notAdded() {
    Messages.error("sites:add-save", null, "Not added: correct the fields marked above.");
    FacesContext.getCurrentInstance().validationFailed();
  }

  public NewSiteForm getForm() {
    return form;
  }
}
