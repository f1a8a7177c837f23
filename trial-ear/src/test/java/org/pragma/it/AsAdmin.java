package org.pragma.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.concurrent.Callable;
import org.pragma.security.Roles;

/**
 * Runs in-container test code as the system principal in the admin role (the same run-as mapping
 * DemoData uses), because in-container tests have no signed-in caller and the services check roles.
 */
@Stateless
@RunAs(Roles.ADMIN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each service call keeps its own transaction
public class AsAdmin {
  public <T> T call(Callable<T> work) throws Exception {
    return work.call();
  }

  /** The first cause of the given type, for exceptions that passed through this bean. */
  public static <X extends Throwable> X causeOf(Throwable t, Class<X> type) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    throw new AssertionError("No " + type.getSimpleName() + " in " + t, t);
  }

  public void run(Runnable work) {
    work.run();
  }
}
