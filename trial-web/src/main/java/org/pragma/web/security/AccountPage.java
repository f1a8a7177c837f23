package org.pragma.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.IOException;
import java.security.Principal;
import org.pragma.security.Caller;
import org.pragma.security.PasswordPolicy;
import org.pragma.security.UserService;
import org.pragma.security.WeakPasswordException;
import org.pragma.security.WrongPasswordException;
import org.pragma.web.faces.Messages;

/**
 * The account page: the signed-in user changes their own password. After signing in with a one-time
 * password an admin set, this is the "choose your password" page every other page redirects to.
 */
@Named
@RequestScoped
public class AccountPage {
  @EJB UserService users;
  @Inject SecurityContext security;

  private Boolean firstPassword;

  private String currentPassword;
  private String newPassword;
  private String repeated;

  /** Signed in with a password an admin set: the page asks for the user's own before anything else. */
  public boolean isFirstPassword() {
    if (firstPassword == null) {
      Principal p = security.getCallerPrincipal();
      firstPassword = p != null && users.activeCaller(p.getName()).map(Caller::passwordChangeRequired).orElse(false);
    }
    return firstPassword;
  }

  public void changePassword() throws IOException {
    if (newPassword == null || !newPassword.equals(repeated)) {
      FacesContext.getCurrentInstance()
          .addMessage("account:repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not changed", "The two new passwords differ."));
      return;
    }
    try {
      boolean first = isFirstPassword();
      users.changeOwnPassword(currentPassword, newPassword);
      if (first) {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        ec.redirect(ec.getRequestContextPath() + "/index.xhtml");
        return;
      }
      Messages.info("Password changed", "Use the new password from now on.");
    } catch (WrongPasswordException e) {
      Messages.refused("account:current", e);
    } catch (WeakPasswordException e) {
      Messages.refused("account:new", e);
    }
  }

  public int getMinLength() {
    return PasswordPolicy.MIN_LENGTH;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getNewPassword() {
    return newPassword;
  }

  public void setNewPassword(String newPassword) {
    this.newPassword = newPassword;
  }

  public String getRepeated() {
    return repeated;
  }

  public void setRepeated(String repeated) {
    this.repeated = repeated;
  }
}
