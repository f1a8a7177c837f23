package org.pragma.it;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * A small HTTP client for black-box tests: JSON in, status and body out. It sends one fixed
 * {@code Authorization} header, or none: {@link #anonymous}, {@link #basic} (HTTP Basic on every
 * call) or {@link #bearer} (a token from {@code POST /api/auth/token}, the usual choice). Get one
 * per role from {@link ItUsers}.
 */
public final class Http {
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI base;
  private final String authorization;

  private Http(URL base, String authorization) {
    this.base = URI.create(base.toString());
    this.authorization = authorization;
  }

  /** The same credentials sent to another server: a token one instance issued, used on another. */
  public Http on(URL otherBase) {
    return new Http(otherBase, authorization);
  }

  public static Http anonymous(URL base) {
    return new Http(base, null);
  }

  public static Http basic(URL base, String username, String password) {
    String pair = username + ":" + password;
    return new Http(base, "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
  }

  /** Signs in through {@code POST /api/auth/token} and sends the token on every call. */
  public static Http bearer(URL base, String username, String password) {
    HttpResponse<String> r = anonymous(base).postJson("api/auth/token", credentials(username, password));
    if (r.statusCode() != 200) {
      throw new IllegalStateException("No token for " + username + ": " + r.statusCode() + " " + r.body());
    }
    String token = r.body().replaceAll(".*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    return new Http(base, "Bearer " + token);
  }

  public static String credentials(String username, String password) {
    return "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}";
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET());
  }

  /** A download (a zip): the body as bytes. */
  public HttpResponse<byte[]> getBytes(String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postJson(String path, String json, String header, String value) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postZip(String path, byte[] zip) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/zip")
            .POST(HttpRequest.BodyPublishers.ofByteArray(zip)));
  }

  /** A body of any media type, such as a CSV or XLSX file. */
  public HttpResponse<String> post(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A body sent in chunks without a declared length, as a client streaming a file does. */
  public HttpResponse<String> postStreamed(String path, String contentType, java.util.function.Supplier<java.io.InputStream> body) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofInputStream(body)));
  }

  /** Any method with a JSON body. */
  public HttpResponse<String> json(String method, String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return CLIENT.send(
          request.timeout(Duration.ofSeconds(30)).header("Accept", "application/json, application/problem+json, */*;q=0.5").build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("HTTP call failed: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
