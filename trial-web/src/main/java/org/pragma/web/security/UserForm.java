package org.pragma.web.security;

import java.io.Serializable;

/** What the users page's forms hold while an admin types. */
public class UserForm implements Serializable {
  private static final long serialVersionUID = 1L;

  String username;
  String fullName;
  String email;
  String password;
  String[] roles;
  String sites;
  String studies;
  boolean active = true;
  boolean unlock;
  String reason;

  void clear() {
    username = fullName = email = password = sites = studies = reason = null;
    roles = null;
    active = true;
    unlock = false;
  }

  public String getUsername() { return username; }
  public void setUsername(String v) { username = v; }
  public String getFullName() { return fullName; }
  public void setFullName(String v) { fullName = v; }
  public String getEmail() { return email; }
  public void setEmail(String v) { email = v; }
  public String getPassword() { return password; }
  public void setPassword(String v) { password = v; }
  public String[] getRoles() { return roles; }
  public void setRoles(String[] v) { roles = v; }
  public String getSites() { return sites; }
  public void setSites(String v) { sites = v; }
  public String getStudies() { return studies; }
  public void setStudies(String v) { studies = v; }
  public boolean isActive() { return active; }
  public void setActive(boolean v) { active = v; }
  public boolean isUnlock() { return unlock; }
  public void setUnlock(boolean v) { unlock = v; }
  public String getReason() { return reason; }
  public void setReason(String v) { reason = v; }
}
