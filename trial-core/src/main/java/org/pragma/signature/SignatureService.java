package org.pragma.signature;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.pragma.audit.Audit;
import org.pragma.audit.AuditSubject;
import org.pragma.security.CurrentUser;
import org.pragma.security.Roles;
import org.pragma.security.UserAccount;
import org.pragma.security.UserService;
import org.pragma.security.Users;
import org.pragma.security.WrongPasswordException;

/**
 * Applies electronic signatures for the signed-in user only (a signature is never applied for
 * someone else, §11.100), after checking their password again; a wrong password is refused and
 * counts toward the lock-out. Features that need a signature call {@link #sign} inside their own
 * transaction, so the signature and the signed action commit together.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.STATISTICIAN, Roles.DATA_MANAGER, Roles.COORDINATOR, Roles.INVESTIGATOR})
public class SignatureService {
  private static final Logger LOG = Logger.getLogger(SignatureService.class.getName());

  @EJB UserService users;
  @Inject Users accounts;
  @Inject CurrentUser currentUser;
  @Inject Signatures signatures;
  @Inject Audit audit;
  @Inject Clock clock;

  public Signature sign(@NotNull @Valid SignatureRequest request) {
    String username = currentUser.name();
    if (users.login(username, request.password()).signedInCaller().isEmpty()) {
      LOG.warning(() -> "Refused signature by " + username + ": wrong password or locked account");
      throw new WrongPasswordException();
    }
    UserAccount signer = accounts.byUsername(username).orElseThrow(WrongPasswordException::new);
    Signature signature =
        new Signature(username, signer.fullName(), clock.instant().truncatedTo(ChronoUnit.MILLIS), request);
    signatures.add(signature);
    audit.created(
        AuditSubject.of("signature", signature.id().toString()),
        Map.of(
            "signer", username,
            "meaning", signature.meaning(),
            "contentHash", signature.contentHash(),
            "subject", signature.subject()));
    LOG.info(() -> "Signature " + signature.id() + " (" + signature.meaning() + ") by " + username);
    return signature;
  }

  /**
   * Signatures, newest first: every signature for the roles that review all sites' records (admins,
   * statisticians, data managers); the caller's own signatures for anyone else.
   */
  public List<Signature> find(String contentHash, int max) {
    String signer = currentUser.scope().everySite() ? null : currentUser.name();
    return signatures.find(contentHash, signer, Math.min(Math.max(1, max), 1000));
  }
}
