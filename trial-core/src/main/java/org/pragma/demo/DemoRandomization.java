package org.pragma.demo;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.pragma.allocation.AllocationService;
import org.pragma.allocation.Draw;
import org.pragma.security.Roles;
import org.pragma.signature.SignatureMeaning;

/**
 * The demo's automatic randomization commit: the demo loader commits the demo study's draw as the
 * demo statistician ({@code demo-statistician}, the run-as principal of the STATISTICIAN role in
 * glassfish-application.xml), who signs it with the password the loader generated for that account,
 * through the real allocation and signature services. The signature, the randomization record and
 * the audit trail therefore name the demo statistician, and the loader's own audit note says that
 * the demo did it automatically.
 */
@Stateless
@RunAs(Roles.STATISTICIAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoRandomization {
  /** The account the commit runs as: it must be the run-as principal mapped to STATISTICIAN. */
  public static final String STATISTICIAN = "demo-statistician";

  @EJB AllocationService allocation;

  @RolesAllowed(Roles.ADMIN)
  public Draw commit(String studyCode, String statisticianPassword) {
    return allocation.commit(studyCode, statisticianPassword, SignatureMeaning.AUTHORSHIP);
  }
}
