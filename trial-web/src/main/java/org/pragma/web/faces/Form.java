package org.pragma.web.faces;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a form shows each field's errors and what it calls the field: a domain error about
 * {@code consent.obtainedOn} appears beside the "Consent obtained on" input, named as its label names
 * it; an error about a field the form does not show appears beside the form's button.
 */
public final class Form {
  private final String button;
  private final Map<String, String> clientIds = new LinkedHashMap<>();
  private final Map<String, String> labels = new LinkedHashMap<>();

  private Form(String button) {
    this.button = button;
  }

  /** A form whose errors appear beside {@code buttonClientId} (or in the page's messages when null). */
  public static Form at(String buttonClientId) {
    return new Form(buttonClientId);
  }

  /** A field the form shows: errors about {@code path} (or any path ending in it) go beside it. */
  public Form field(String path, String clientId, String label) {
    clientIds.put(path, clientId);
    labels.put(path, label);
    return this;
  }

  /** A field's label without a place of its own (its errors appear beside the button). */
  public Form label(String path, String label) {
    labels.put(path, label);
    return this;
  }

  public String button() {
    return button;
  }

  /** Whether the form shows a field for {@code path} (else its errors appear beside the button). */
  public boolean shows(String path) {
    return tail(clientIds, path) != null;
  }

  /** The client id beside which errors about {@code path} appear. */
  public String clientIdOf(String path) {
    String known = tail(clientIds, path);
    return known == null ? button : known;
  }

  /** The field's label as this form shows it, else as every form calls it ({@link Labels#field}). */
  public String labelOf(String path) {
    String known = tail(labels, path);
    return known == null ? Labels.field(path) : known;
  }

  private static String tail(Map<String, String> map, String path) {
    String tail = path == null ? "" : path;
    while (!tail.isEmpty()) {
      if (map.containsKey(tail)) {
        return map.get(tail);
      }
      int dot = tail.indexOf('.');
      tail = dot < 0 ? "" : tail.substring(dot + 1);
    }
    return null;
  }
}
