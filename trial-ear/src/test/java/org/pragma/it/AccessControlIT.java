package org.pragma.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Who may call what over REST, for every role, and coordinators kept to their own sites. */
@ExtendWith(ArquillianExtension.class)
class AccessControlIT {
  static final List<String> ROLES = List.of("ADMIN", "STATISTICIAN", "DATA_MANAGER", "COORDINATOR", "INVESTIGATOR");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @ArquillianResource URL base;

  @Test
  void anonymousCallsAreUnauthorizedProblems() {
    Http anonymous = Http.anonymous(base);
    for (String path : List.of("api/studies", "api/users", "api/audit", "api/signatures", "api/account")) {
      HttpResponse<String> r = anonymous.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(401);
      assertThat(r.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).contains("Bearer", "Basic"));
      assertThat(r.body()).contains("urn:pragma:problem:unauthenticated");
    }
    assertThat(anonymous.postJson("api/studies", "{\"code\":\"X-1\",\"title\":\"x\"}").statusCode()).isEqualTo(401);
  }

  @Test
  void everyRoleReadsStudiesButOnlyAdminsRegisterThem() {
    for (String role : ROLES) {
      Http http = ItUsers.create(base, role).http();
      String code = StudyServiceIT.uniqueCode();
      HttpResponse<String> register = http.postJson("api/studies", "{\"code\":\"" + code + "\",\"title\":\"By " + role + "\"}");

      assertThat(http.get("api/studies").statusCode()).as(role).isEqualTo(200);
      assertThat(register.statusCode()).as(role).isEqualTo(role.equals("ADMIN") ? 201 : 403);
      if (!role.equals("ADMIN")) {
        assertThat(register.body()).contains("\"status\":403");
      }
    }
  }

  @Test
  void onlyAdminsManageUsersAndOnlyAdminsAndDataManagersReadTheAuditTrail() {
    for (String role : ROLES) {
      Http http = ItUsers.create(base, role).http();
      boolean admin = role.equals("ADMIN");
      boolean monitor = admin || role.equals("DATA_MANAGER");

      assertThat(http.get("api/users").statusCode()).as(role + " users").isEqualTo(admin ? 200 : 403);
      assertThat(http.get("api/audit?max=5").statusCode()).as(role + " audit").isEqualTo(monitor ? 200 : 403);
      assertThat(http.get("api/audit/verification").statusCode()).as(role + " verify").isEqualTo(monitor ? 200 : 403);
      assertThat(http.get("api/account").body()).as(role + " account").contains("\"roles\":[\"" + role + "\"]");
    }
  }

  @Test
  void coordinatorSeesOnlyStudiesOfTheirSitesAndAnotherStudyIsNotFound() {
    Http admin = ItUsers.admin(base);
    String mine = TestStudies.fromTemplate(admin, "impact-lbp");
    String other = StudyServiceIT.uniqueCode();
    Trials.expect(201, admin.postJson("api/studies/" + mine + "/sites", TestStudies.site("S01", "duke", 400, "family")));
    admin.postJson("api/studies", "{\"code\":\"" + other + "\",\"title\":\"Not mine\"}");
    Http coordinator = ItUsers.create(base, "COORDINATOR", mine + "/S01").http();

    HttpResponse<String> list = coordinator.get("api/studies");
    HttpResponse<String> foreign = coordinator.get("api/studies/" + other);
    HttpResponse<String> missing = coordinator.get("api/studies/NOPE-" + System.nanoTime());

    assertThat(list.body()).contains(mine).doesNotContain(other);
    assertThat(coordinator.get("api/studies/" + mine).statusCode()).isEqualTo(200);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.body()).contains("urn:pragma:problem:study-not-found");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(admin.get("api/studies/" + other).statusCode()).isEqualTo(200);
  }

  @Test
  void aUserDeactivatedByAnotherServerInstanceIsRefusedHereAtOnce() {
    ItUsers.User user = ItUsers.create(base, "INVESTIGATOR");
    Http http = user.http();
    assertThat(http.get("api/account").statusCode()).isEqualTo(200);

    assertThat(Database.update("update app_user set active = false where username = ?", user.username())).isEqualTo(1);

    assertThat(http.get("api/account").statusCode()).as("no cached copy of the account may still let them in").isEqualTo(401);
  }

  @Test
  void httpBasicWorksAndWrongCredentialsDoNot() {
    ItUsers.User user = ItUsers.create(base, "INVESTIGATOR");

    assertThat(Http.basic(base, user.username(), user.password()).get("api/account").statusCode()).isEqualTo(200);
    assertThat(Http.basic(base, user.username(), "wrong password!").get("api/account").statusCode()).isEqualTo(401);
    assertThat(Http.anonymous(base).postJson("api/auth/token", Http.credentials(user.username(), "wrong password!")).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aRevokedTokenNoLongerWorks() {
    Http http = ItUsers.create(base, "STATISTICIAN").http();
    assertThat(http.get("api/studies").statusCode()).isEqualTo(200);

    assertThat(http.delete("api/auth/token").statusCode()).isEqualTo(204);
    assertThat(http.get("api/studies").statusCode()).isEqualTo(401);
  }

  @Test
  void pagesSendSecurityHeadersAndAskAnonymousVisitorsToSignIn() {
    HttpResponse<String> login = Http.anonymous(base).get("login.xhtml");
    HttpResponse<String> studies = Http.anonymous(base).get("index.xhtml");
    HttpResponse<String> api = Http.anonymous(base).get("api/auth/token");

    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.headers().allValues("Content-Security-Policy"))
        .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"))
        .anySatisfy(p -> assertThat(p).contains("nonce-"));
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(studies.statusCode()).isEqualTo(302);
    assertThat(studies.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login.xhtml?next="));
    assertThat(api.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(p -> assertThat(p).contains("default-src 'none'"));
  }
}
