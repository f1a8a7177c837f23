package org.pragma.web.problem;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses API requests whose body is larger than the endpoint accepts, with 413 and a problem
 * document, before anything is read or written: uploads (multipart forms, CSV and binary files) up to
 * {@code pragma.api.max-upload-bytes} (1 GiB, the claims extracts), every other body up to
 * {@code pragma.api.max-body-bytes} (1 MiB). A declared length over the limit is refused at once; a
 * body sent without one is counted as it is read and refused where it passes the limit.
 */
@WebFilter(filterName = "RequestSizeLimit", urlPatterns = "/api/*")
public class RequestSizeLimit extends HttpFilter {
  private static final jakarta.json.bind.Jsonb JSON = JsonbBuilder.create();
  @Inject @ConfigProperty(name = "pragma.api.max-body-bytes", defaultValue = "1048576") long maxBody;
  @Inject @ConfigProperty(name = "pragma.api.max-upload-bytes", defaultValue = "1073741824") long maxUpload;

  /** Thrown by the counted body where it passes the limit; the API's exception mappers answer it with 413. */
  public static final class TooLarge extends IOException {
    private final long limit;

    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
      this.limit = limit;
    }

    /** The 413 problem if {@code e} or one of its causes is a body over the limit. */
    static java.util.Optional<jakarta.ws.rs.core.Response> in(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof TooLarge large) {
          return java.util.Optional.of(problem(large.limit).toResponse());
        }
      }
      return java.util.Optional.empty();
    }
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long limit = isUpload(request.getContentType()) ? maxUpload : maxBody;
    long declared = request.getContentLengthLong();
    if (declared > limit) {
      // Read what the client is sending (up to a cap) so it gets to read the answer; past the cap the connection closes.
      if (!drain(request.getInputStream())) {
        response.setHeader("Connection", "close");
      }
      Problem p = problem(limit);
      response.setStatus(p.status());
      response.setContentType(Problem.MEDIA_TYPE);
      response.getOutputStream().write(JSON.toJson(p).getBytes(StandardCharsets.UTF_8));
      return;
    }
    chain.doFilter(declared >= 0 ? request : new Counted(request, limit), response);
  }

  /** At most this much of a refused body is read and thrown away. */
  static final long DRAIN_CAP = 64L << 20;

  /** Reads and discards the rest of a refused body; false when it is longer than {@link #DRAIN_CAP}. */
  static boolean drain(java.io.InputStream in) {
    byte[] buffer = new byte[64 << 10];
    long read = 0;
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        read += n;
        if (read > DRAIN_CAP) {
          return false;
        }
      }
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static Problem problem(long limit) {
    return Problem.of(new jakarta.ws.rs.core.Response.StatusType() {
      @Override
      public int getStatusCode() {
        return 413;
      }

      @Override
      public jakarta.ws.rs.core.Response.Status.Family getFamily() {
        return jakarta.ws.rs.core.Response.Status.Family.CLIENT_ERROR;
      }

      @Override
      public String getReasonPhrase() {
        return "Content Too Large";
      }
    }, "content-too-large", "The request body is larger than this endpoint accepts (at most " + size(limit) + ").");
  }

  static boolean isUpload(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("multipart/") || type.startsWith("text/csv") || type.startsWith("application/octet-stream")
        || type.startsWith("application/zip");
  }

  static String size(long bytes) {
    if (bytes >= 1L << 30 && bytes % (1L << 30) == 0) {
      return bytes / (1L << 30) + " GiB";
    }
    if (bytes >= 1L << 20 && bytes % (1L << 20) == 0) {
      return bytes / (1L << 20) + " MiB";
    }
    if (bytes >= 1L << 10 && bytes % (1L << 10) == 0) {
      return bytes / (1L << 10) + " KiB";
    }
    return bytes + " bytes";
  }

  /** A request whose body stops with {@link TooLarge} past the limit. */
  private static final class Counted extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream counted;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        ServletInputStream in = super.getInputStream();
        counted = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
              drain(in);
              throw new TooLarge(limit);
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return counted;
    }
  }
}
