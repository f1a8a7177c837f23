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
import org.pragma.security.SystemWork;
import org.pragma.signature.SignatureMeaning;

/**
 * The demo's automatic randomization commit: the demo loader commits the demo study's draw as the
 * demo statistician: it runs in the STATISTICIAN role (as the system's own principal, mapped to that
 * role for this in glassfish-application.xml and named in glassfish-ejb-jar.xml), acts for the
 * account {@code demo-statistician} ({@link SystemWork}), and signs with the password the loader
 * generated for that account, through the real allocation and signature services. The signature, the randomization record and
 * the audit trail therefore name the demo statistician, and the loader's own audit note says that
 * the demo did it automatically.
 */
@Stateless
@RunAs(Roles.STATISTICIAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoRandomization {
  /** The account the commit is made and signed by. */
  public static final String STATISTICIAN = "demo-statistician";

  @EJB AllocationService allocation;

  @RolesAllowed(Roles.ADMIN)
  public Draw commit(String studyCode, String statisticianPassword) {
    try (SystemWork.ActingFor actingFor = SystemWork.actFor(STATISTICIAN)) {
      return allocation.commit(studyCode, statisticianPassword, SignatureMeaning.AUTHORSHIP);
    }
  }
}
