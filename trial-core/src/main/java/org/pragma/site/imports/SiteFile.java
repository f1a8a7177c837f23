package org.pragma.site.imports;

import java.util.List;
import org.pragma.site.NewSite;

/** A site file as read: the sites to register, in file order, or every problem found in it. */
public record SiteFile(List<NewSite> sites, List<RowError> errors) {
  public SiteFile {
    sites = List.copyOf(sites);
    errors = List.copyOf(errors);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
