package org.pragma.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.security.Principal;
import org.pragma.security.Roles;

/**
 * The signed-in user as the layout shows them: name, which menu entries apply, and sign-out.
 * Menus only hide links; the pages and services enforce the roles themselves.
 */
@Named
@RequestScoped
public class SignedIn {
  @Inject SecurityContext security;

  public boolean isPresent() {
    return security.getCallerPrincipal() != null;
  }

  public String getUsername() {
    Principal p = security.getCallerPrincipal();
    return p == null ? "" : p.getName();
  }

  public boolean isAdmin() {
    return security.isCallerInRole(Roles.ADMIN);
  }

  public boolean isStatistician() {
    return security.isCallerInRole(Roles.STATISTICIAN);
  }

  /** Admins, data managers and coordinators record patient data (status changes, visits). */
  public boolean isRecordsPatients() {
    return isAdmin() || security.isCallerInRole(Roles.DATA_MANAGER) || security.isCallerInRole(Roles.COORDINATOR);
  }

  public boolean isDataManager() {
    return security.isCallerInRole(Roles.DATA_MANAGER);
  }

  public boolean isMonitor() {
    return isAdmin() || security.isCallerInRole(Roles.DATA_MANAGER);
  }

  /** Ends the session (a POST, so another site cannot sign the user out) and shows the sign-in page. */
  public void signOut() throws IOException, ServletException {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) ec.getRequest();
    request.logout();
    ec.invalidateSession();
    ec.redirect(ec.getRequestContextPath() + PragmaAuthentication.LOGIN_PAGE + "?signedOut=true");
  }
}
