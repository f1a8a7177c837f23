package org.pragma.shared;

/**
 * Which slice of a long list to read: page {@code page} (from 0) of {@code size} rows. Lists that can
 * grow with enrollment (worklists, a site's patients, a patient's history) are read a page at a time,
 * counted by the database, so they stay fast at a million patients.
 */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;
  /** The last page anyone can ask for, so that the first row's offset always fits an int. */
  public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE - 1;

  public PageRequest {
    if (page < 0 || page > MAX_PAGE) {
      throw new IllegalArgumentException("page must be from 0 to " + MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new IllegalArgumentException("size must be from 1 to " + MAX_SIZE);
    }
  }

  public static PageRequest first(int size) {
    return new PageRequest(0, size);
  }

  /** The page that starts at row {@code first} (how PrimeFaces' lazy tables ask). */
  public static PageRequest starting(int first, int size) {
    return new PageRequest(Math.min(first / size, MAX_PAGE), size);
  }

  /** Position of the page's first row in the whole list. */
  public int offset() {
    return page * size;
  }
}
