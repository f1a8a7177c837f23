package org.pragma.web.faces;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.pragma.shared.Page;
import org.pragma.shared.PageRequest;

/**
 * A PrimeFaces lazy table model over a paged service call: the table asks for the page it shows and
 * the service reads only that page, and the total, from the database. The order is the service's.
 */
public class PagedRows<T> extends LazyDataModel<T> {
  private static final long serialVersionUID = 1L;

  /** The service call that reads one page (a serializable lambda, as view-scoped beans are). */
  @FunctionalInterface
  public interface Loader<T> extends Serializable {
    Page<T> load(PageRequest page);
  }

  private final Loader<T> loader;
  private final int size;
  private transient Page<T> last;
  private int lastOffset;

  public PagedRows(Loader<T> loader, int size) {
    this.loader = loader;
    this.size = size;
  }

  /** Called first by the table: reads the page shown last (the first page at the start) and its total. */
  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    last = loader.load(PageRequest.starting(lastOffset, size));
    return (int) Math.min(last.total(), Integer.MAX_VALUE);
  }

  @Override
  public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    PageRequest wanted = PageRequest.starting(first, Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE)));
    if (last == null || last.page() != wanted.page() || last.size() != wanted.size()) {
      last = loader.load(wanted);
    }
    lastOffset = wanted.offset();
    return last.rows();
  }

  /** Rows in all, as of the last read. */
  public long getTotal() {
    if (last == null) {
      count(Map.of());
    }
    return last.total();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(getWrappedData().indexOf(row));
  }
}
