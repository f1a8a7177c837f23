package org.pragma.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A person who signs in to Pragma. The username is unique, never reused and never changes (§11.100:
 * a signature belongs to one person); accounts are deactivated, never deleted. Wrong passwords are
 * counted, and {@link LoginPolicy#maxFailures()} of them in a row lock the account.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {
  /** A lock that only an admin lifts; far in the future but still a valid SQL timestamp. */
  static final Instant UNTIL_UNLOCKED = Instant.parse("9999-12-31T00:00:00Z");

  @Id
  @SequenceGenerator(name = "user_seq", sequenceName = "user_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_seq")
  private Long id;

  @Column(nullable = false, updatable = false, length = 40)
  private String username;

  @Column(name = "full_name", nullable = false, length = 200)
  private String fullName;

  @Column(length = 200)
  private String email;

  @Column(name = "password_hash", nullable = false, length = 400)
  private String passwordHash;

  @Column(nullable = false)
  private boolean active;

  @Column(name = "failed_logins", nullable = false)
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "password_changed_at", nullable = false)
  private Instant passwordChangedAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role", length = 20)
  @Enumerated(EnumType.STRING)
  private Set<Role> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_site", joinColumns = @JoinColumn(name = "user_id"))
  private Set<SiteAssignment> sites = new HashSet<>();

  /** Whole studies an investigator is assigned to: every site of each, including sites added later. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_study", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "study_code", length = 40)
  private Set<String> studies = new HashSet<>();

  /** The password was set by an admin (new account, reset): the user must choose their own first. */
  @Column(name = "password_change_required", nullable = false)
  private boolean passwordChangeRequired;

  @Version private long version;

  protected UserAccount() {}

  UserAccount(String username, String fullName, String passwordHash, Set<Role> roles, Instant now) {
    this.username = username;
    this.fullName = fullName.strip();
    this.passwordHash = passwordHash;
    this.active = true;
    this.roles = new HashSet<>(roles);
    this.passwordChangedAt = now;
    this.createdAt = now;
  }

  /** An account whose password an admin chose: it works for one purpose only, choosing the user's own. */
  static UserAccount withOneTimePassword(String username, String fullName, String passwordHash, Set<Role> roles, Instant now) {
    UserAccount user = new UserAccount(username, fullName, passwordHash, roles, now);
    user.passwordChangeRequired = true;
    return user;
  }

  public String username() {
    return username;
  }

  /** Where work reminders (the daily visit digest) go; optional. */
  public java.util.Optional<String> email() {
    return java.util.Optional.ofNullable(email);
  }

  void changeEmail(String newEmail) {
    email = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
  }

  public String fullName() {
    return fullName;
  }

  public boolean active() {
    return active;
  }

  public Set<Role> roles() {
    return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
  }

  public Set<SiteAssignment> sites() {
    return Set.copyOf(sites);
  }

  /** The whole studies the user is assigned to (investigators). */
  public Set<String> studies() {
    return Set.copyOf(studies);
  }

  /** Signed in with a password an admin set: the user must choose their own before anything else. */
  public boolean passwordChangeRequired() {
    return passwordChangeRequired;
  }

  /** Who this account signs in as, with what it may do until its password is its own. */
  Caller caller() {
    return new Caller(username, roles(), passwordChangeRequired);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant passwordChangedAt() {
    return passwordChangedAt;
  }

  public int failedLogins() {
    return failedLogins;
  }

  public Optional<Instant> lockedUntil() {
    return Optional.ofNullable(lockedUntil);
  }

  public SiteScope scope() {
    return SiteScope.of(roles(), sites(), studies());
  }

  /** Locked now: too many wrong passwords and the lock-out has not run out (or never does). */
  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  String passwordHash() {
    return passwordHash;
  }

  /** A wrong password. Returns true when this failure locks the account. */
  boolean recordFailedLogin(Instant now, LoginPolicy policy) {
    failedLogins++;
    if (failedLogins >= policy.maxFailures() && !isLocked(now)) {
      lockedUntil = policy.locksUntilUnlocked() ? UNTIL_UNLOCKED : now.plus(policy.lockout());
      return true;
    }
    return false;
  }

  /** The right password: the count of failures starts again. */
  void recordSuccessfulLogin() {
    failedLogins = 0;
    lockedUntil = null;
  }

  void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }

  /** The user chose their own password. */
  void changePassword(String newHash, Instant now) {
    passwordHash = newHash;
    passwordChangedAt = now;
    passwordChangeRequired = false;
  }

  /** An admin set a password for the user: it must be replaced at the next sign-in. */
  void resetPassword(String newHash, Instant now) {
    changePassword(newHash, now);
    passwordChangeRequired = true;
  }

  void rename(String newFullName) {
    fullName = newFullName.strip();
  }

  void setActive(boolean active) {
    this.active = active;
  }

  void assignRoles(Set<Role> newRoles) {
    roles.clear();
    roles.addAll(newRoles);
  }

  void assignSites(Set<SiteAssignment> newSites) {
    sites.clear();
    sites.addAll(newSites);
  }

  void assignStudies(Set<String> newStudies) {
    studies.clear();
    studies.addAll(newStudies);
  }
}
