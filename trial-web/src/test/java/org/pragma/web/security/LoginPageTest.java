package org.pragma.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginPageTest {
  @Test
  void returnsToAPageOfThisApplicationOnly() {
    assertThat(LoginPage.target("/audit.xhtml")).isEqualTo("/audit.xhtml");
    assertThat(LoginPage.target("/")).isEqualTo("/");
    assertThat(LoginPage.target("//evil.example/x.xhtml")).isEqualTo("/index.xhtml");
    assertThat(LoginPage.target("https://evil.example/")).isEqualTo("/index.xhtml");
    assertThat(LoginPage.target("/\\evil.example")).isEqualTo("/index.xhtml");
    assertThat(LoginPage.target(null)).isEqualTo("/index.xhtml");
  }

  @Test
  void readsHttpBasicCredentialsAndRefusesMalformedOnes() {
    var c = PragmaAuthentication.decodeBasic("YW5hOnNlY3JldDpwYXJ0"); // ana:secret:part
    assertThat(c.getCaller()).isEqualTo("ana");
    assertThat(c.getPasswordAsString()).isEqualTo("secret:part");
    assertThat(PragmaAuthentication.decodeBasic("not base64!")).isNull();
    assertThat(PragmaAuthentication.decodeBasic("Om5vbmFtZQ==")).isNull(); // ":noname"
  }
}
