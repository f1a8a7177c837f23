package org.pragma.web.security;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pragma.security.NewUser;
import org.pragma.security.Role;
import org.pragma.security.UserChange;
import org.pragma.security.UserService;
import org.pragma.shared.DomainException;
import org.pragma.web.faces.Messages;

/** The users page (admins): the accounts, a form to create one, and a form to change the selected one. */
@Named
@ViewScoped
public class UsersPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private transient UserService service;
  @Inject private transient Clock clock;

  private List<UserView> users;
  private final UserForm created = new UserForm();
  private final UserForm edited = new UserForm();
  private String selected;

  public List<UserView> getUsers() {
    if (users == null) {
      users = service.all().stream().map(u -> UserView.of(u, clock.instant())).toList();
    }
    return users;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  /** The role a stored name stands for, so the page can show its label. */
  public Role role(String name) {
    return Role.valueOf(name);
  }

  public void create() {
    try {
      NewUser request =
          new NewUser(created.username, created.fullName, created.email, created.password, roles(created.roles),
              SiteList.parse(created.sites), SiteList.parseStudies(created.studies));
      String name = service.create(request).username();
      Messages.info("User created", name + " can sign in now with the initial password, and must then choose their own.");
      created.clear();
      users = null;
    } catch (DomainException e) {
      Messages.refused("users:create", e);
    } catch (EJBException e) {
      Messages.invalid("users:create", e);
    }
  }

  public void select(UserView user) {
    selected = user.username();
    edited.fullName = user.fullName();
    edited.email = user.email();
    edited.roles = user.roles().toArray(String[]::new);
    edited.sites = SiteList.format(user.sites());
    edited.studies = String.join(", ", user.studies());
    edited.active = user.active();
    edited.unlock = false;
    edited.reason = null;
  }

  public void save() {
    try {
      service.update(
          selected,
          new UserChange(edited.fullName, edited.email, roles(edited.roles), SiteList.parse(edited.sites),
              SiteList.parseStudies(edited.studies), edited.active, edited.unlock, edited.reason));
      Messages.info("User changed", selected + " is saved.");
      selected = null;
      users = null;
    } catch (DomainException e) {
      Messages.refused("users:edit", e);
    } catch (EJBException e) {
      Messages.invalid("users:edit", e);
    }
  }

  private static Set<Role> roles(String[] names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (names != null) {
      for (String n : names) {
        roles.add(Role.valueOf(n));
      }
    }
    return roles;
  }

  public UserForm getCreated() {
    return created;
  }

  public UserForm getEdited() {
    return edited;
  }

  public String getSelected() {
    return selected;
  }
}
