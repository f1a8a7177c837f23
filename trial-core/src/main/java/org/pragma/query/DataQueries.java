package org.pragma.query;

import java.util.List;
import java.util.Optional;
import org.pragma.followup.PatientVisit;
import org.pragma.site.Site;

/** The data queries of the studies' visits. Lists take the sites already in the caller's scope. */
public interface DataQueries {
  void add(DataQuery query);

  /** Writes pending changes now, so a view carries the new id and version. */
  void flush();

  Optional<DataQuery> byId(long id);

  /** The queries at these sites in these states (every state when empty), oldest first. */
  List<DataQuery> at(List<Site> sites, java.util.Set<QueryStatus> states);

  /** The queries of one visit, oldest first. */
  List<DataQuery> of(PatientVisit visit);
}
