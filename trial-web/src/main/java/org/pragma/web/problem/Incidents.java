package org.pragma.web.problem;

import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One incident id per unexpected error, logged once. Jersey's EJB integration asks a mapper for
 * the cause of an {@code EJBException} twice (once to see whether it maps, once to map it); without
 * this every 500 through an EJB was logged twice, under two ids, and the user's id matched only one.
 */
final class Incidents {
  private final Map<Throwable, String> ids = Collections.synchronizedMap(new WeakHashMap<>());
  private final Logger log;

  Incidents(Logger log) {
    this.log = log;
  }

  /** The incident id of {@code e}, logging it with its stack trace the first time it is seen. */
  String of(Throwable e) {
    String[] created = new String[1];
    String id = ids.computeIfAbsent(e, k -> created[0] = UUID.randomUUID().toString());
    if (created[0] != null) {
      log.log(Level.SEVERE, "Unexpected error, incident " + id, e);
    }
    return id;
  }
}
