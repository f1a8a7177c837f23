package org.pragma.security;

import java.util.Set;

/**
 * The studies and sites a caller may see. Admins, statisticians and data managers see every site;
 * investigators see every site of the studies they are assigned to; coordinators see only their
 * assigned sites. Services take this from {@link CurrentUser}, never from a request parameter, and
 * answer "not found" for anything outside it so that existence is not confirmed.
 */
public record SiteScope(boolean everySite, Set<String> wholeStudies, Set<SiteAssignment> sites) {
  public SiteScope {
    wholeStudies = Set.copyOf(wholeStudies);
    sites = Set.copyOf(sites);
  }

  /** Scope of system work (startup, migrations): everything. */
  public static SiteScope everything() {
    return new SiteScope(true, Set.of(), Set.of());
  }

  /** The scope that a user's roles and site assignments give (no whole-study assignments). */
  public static SiteScope of(Set<Role> roles, Set<SiteAssignment> assignments) {
    return of(roles, assignments, Set.of());
  }

  /**
   * The scope that a user's roles, site assignments and whole-study assignments give. Investigators
   * see every site of the studies they are assigned to (directly, or through a site of it);
   * whole-study assignments give other roles nothing.
   */
  public static SiteScope of(Set<Role> roles, Set<SiteAssignment> assignments, Set<String> assignedStudies) {
    if (roles.stream().anyMatch(Role::seesAllSites)) {
      return everything();
    }
    Set<String> studies = new java.util.HashSet<>();
    if (roles.contains(Role.INVESTIGATOR)) {
      assignments.forEach(a -> studies.add(a.studyCode()));
      studies.addAll(assignedStudies);
    }
    Set<SiteAssignment> sites = roles.contains(Role.COORDINATOR) ? assignments : Set.of();
    return new SiteScope(false, studies, sites);
  }

  /** The caller may see no study at all (a new account nobody has assigned yet). */
  public boolean isEmpty() {
    return !everySite && wholeStudies.isEmpty() && sites.isEmpty();
  }

  /** May the caller see anything of this study (its existence, its set-up)? */
  public boolean coversStudy(String studyCode) {
    return everySite
        || wholeStudies.contains(studyCode)
        || sites.stream().anyMatch(s -> s.studyCode().equals(studyCode));
  }

  /** May the caller see every site of this study (investigators of it, and the all-site roles)? */
  public boolean coversWholeStudy(String studyCode) {
    return everySite || wholeStudies.contains(studyCode);
  }

  /** May the caller see data recorded at this site of this study? */
  public boolean coversSite(String studyCode, String siteCode) {
    return everySite
        || wholeStudies.contains(studyCode)
        || sites.contains(new SiteAssignment(studyCode, siteCode));
  }

  /** Is the caller assigned to this very site (a coordinator there), not only allowed to see it? */
  public boolean worksAt(String studyCode, String siteCode) {
    return sites.contains(new SiteAssignment(studyCode, siteCode));
  }
}
