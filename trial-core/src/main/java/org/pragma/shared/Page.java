package org.pragma.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list: its rows, which page it is, and how many rows the whole list has. */
public record Page<T>(List<T> rows, int page, int size, long total) {
  public Page {
    rows = List.copyOf(rows);
  }

  public static <T> Page<T> of(List<T> rows, PageRequest request, long total) {
    return new Page<>(rows, request.page(), request.size(), total);
  }

  public static <T> Page<T> empty(PageRequest request) {
    return new Page<>(List.of(), request.page(), request.size(), 0);
  }

  public <R> Page<R> map(Function<? super T, ? extends R> f) {
    return new Page<>(rows.stream().<R>map(f).toList(), page, size, total);
  }

  /** Whether rows follow this page. */
  public boolean hasNext() {
    return (long) (page + 1) * size < total;
  }
}
