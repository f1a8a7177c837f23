package org.pragma.web.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.pragma.security.UserService;

/**
 * The identity store over Pragma's own user accounts: PBKDF2 password check with lock-out, and the
 * user's roles as groups (mapped one-to-one to roles in the EAR's glassfish-application.xml).
 */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {
  @EJB UserService users;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential given)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return users.login(given.getCaller(), given.getPasswordAsString())
        .signedInCaller()
        .map(caller -> new CredentialValidationResult(caller.username(), caller.groups()))
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }
}
