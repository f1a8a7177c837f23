package org.pragma.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SiteScopeTest {
  static final Set<SiteAssignment> SPINE_S01 = Set.of(new SiteAssignment("SPINE-CARE", "S01"));

  @Test
  void coordinatorSeesOnlyTheirOwnSites() {
    SiteScope scope = SiteScope.of(Set.of(Role.COORDINATOR), SPINE_S01);

    assertThat(scope.coversSite("SPINE-CARE", "S01")).isTrue();
    assertThat(scope.coversSite("SPINE-CARE", "S02")).isFalse();
    assertThat(scope.coversSite("IMPACT-LBP", "S01")).isFalse();
    assertThat(scope.coversStudy("SPINE-CARE")).isTrue();
    assertThat(scope.coversStudy("IMPACT-LBP")).isFalse();
  }

  @Test
  void investigatorSeesEverySiteOfTheirStudiesOnly() {
    SiteScope scope = SiteScope.of(Set.of(Role.INVESTIGATOR), SPINE_S01);

    assertThat(scope.coversSite("SPINE-CARE", "S02")).isTrue();
    assertThat(scope.coversSite("IMPACT-LBP", "S01")).isFalse();
  }

  @Test
  void adminsStatisticiansAndDataManagersSeeEverything() {
    for (Role role : Set.of(Role.ADMIN, Role.STATISTICIAN, Role.DATA_MANAGER)) {
      SiteScope scope = SiteScope.of(Set.of(role), Set.of());
      assertThat(scope.coversSite("ANY", "WHERE")).as(role.name()).isTrue();
    }
  }

  @Test
  void aUserWithNoRoleSeesNothing() {
    SiteScope scope = SiteScope.of(Set.of(), SPINE_S01);

    assertThat(scope.coversStudy("SPINE-CARE")).isFalse();
    assertThat(scope.coversSite("SPINE-CARE", "S01")).isFalse();
  }

  @Test
  void anInvestigatorAssignedToAStudySeesEverySiteOfItWithoutSiteAssignments() {
    SiteScope scope = SiteScope.of(Set.of(Role.INVESTIGATOR), Set.of(), Set.of("IMPACT-LBP"));

    assertThat(scope.coversWholeStudy("IMPACT-LBP")).isTrue();
    assertThat(scope.coversSite("IMPACT-LBP", "S42")).isTrue();
    assertThat(scope.coversStudy("SPINE-CARE")).isFalse();
    assertThat(scope.isEmpty()).isFalse();
  }

  @Test
  void aStudyAssignmentGivesACoordinatorNothingAndANewUserSeesNothing() {
    assertThat(SiteScope.of(Set.of(Role.COORDINATOR), Set.of(), Set.of("IMPACT-LBP")).coversStudy("IMPACT-LBP")).isFalse();
    assertThat(SiteScope.of(Set.of(Role.INVESTIGATOR), Set.of(), Set.of()).isEmpty()).isTrue();
  }
}
