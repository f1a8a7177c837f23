package org.pragma.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import org.pragma.security.PasswordPolicy;
import org.pragma.security.UserService;
import org.pragma.security.WeakPasswordException;
import org.pragma.security.WrongPasswordException;
import org.pragma.web.faces.Messages;

/** The account page: the signed-in user changes their own password. */
@Named
@RequestScoped
public class AccountPage {
  @EJB UserService users;

  private String currentPassword;
  private String newPassword;
  private String repeated;

  public void changePassword() {
    if (newPassword == null || !newPassword.equals(repeated)) {
      FacesContext.getCurrentInstance()
          .addMessage("account:repeated", new FacesMessage(FacesMessage.SEVERITY_ERROR, "Not changed", "The two new passwords differ."));
      return;
    }
    try {
      users.changeOwnPassword(currentPassword, newPassword);
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
