package org.pragma.web;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Link;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.pragma.shared.Page;
import org.pragma.shared.PageRequest;
import org.pragma.web.problem.Problem;

/**
 * The page of a long list a client asks for ({@code ?page=0&size=50}), as one {@code @BeanParam}. The
 * answer keeps the list as the body (a JSON array, as before paging) and gives the total in
 * {@value #TOTAL} and the neighbouring pages in a {@code Link} header (RFC 8288, rel next/prev). A
 * value that is not a whole number in range is a 400 problem naming the parameter.
 */
public class PageParameters {
  /** Response header with the number of rows in the whole list. */
  public static final String TOTAL = "X-Total-Count";

  /** How every paged operation describes its paging in the OpenAPI document. */
  public static final String DESCRIPTION = "Paged: query parameters page (from 0, default 0) and size (1 to 500, default 50);"
      + " the body is one page of rows as a JSON array, the X-Total-Count header gives the number of rows in all and the"
      + " Link header the next and previous pages. A page or size that is not a whole number in range is a 400 naming it.";

  // No @Parameter here: Payara's OpenAPI walker fails on annotated fields outside a resource class, so
  // each paged operation names page and size in its description (DESCRIPTION).
  @QueryParam("page")
  String page;

  @QueryParam("size")
  String size;

  public PageRequest request() {
    int p = parse("page", page, 0, 0, PageRequest.MAX_PAGE);
    int s = parse("size", size, PageRequest.DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
    return new PageRequest(p, s);
  }

  /** 200 with the page's rows as the body, the total and the links to the next and previous pages. */
  public static Response answer(Page<?> page, UriInfo uri) {
    Response.ResponseBuilder ok = Response.ok(page.rows()).header(TOTAL, page.total());
    if (page.hasNext()) {
      ok.links(link(uri, page.page() + 1, page.size(), "next"));
    }
    if (page.page() > 0) {
      ok.links(link(uri, page.page() - 1, page.size(), "prev"));
    }
    return ok.build();
  }

  private static Link link(UriInfo uri, int page, int size, String rel) {
    return Link.fromUriBuilder(uri.getRequestUriBuilder().replaceQueryParam("page", page).replaceQueryParam("size", size))
        .rel(rel).build();
  }

  private static int parse(String name, String value, int absent, int min, int max) {
    if (value == null || value.isBlank()) {
      return absent;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    String rule = "must be a whole number from " + min + " to " + max;
    throw new BadRequestException(Problem.invalid("The " + name + " parameter " + rule + ".",
        List.of(new Problem.FieldError(name, rule))).toResponse());
  }
}
