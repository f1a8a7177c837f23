package org.pragma.protocol.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A parsed YAML file: its tree and, for every JSON pointer in it, where the key (for a property) or the
 * value (for an array element) starts. Errors found anywhere in the tree are reported at the nearest
 * known position.
 */
public final class YamlDocument {

  private final String file;
  private final JsonNode root;
  private final Map<String, SourcePosition> positions;

  YamlDocument(String file, JsonNode root, Map<String, SourcePosition> positions) {
    this.file = file;
    this.root = root;
    this.positions = Map.copyOf(positions);
  }

  public String file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** The position of the pointer, or of its nearest ancestor that has one. */
  public SourcePosition positionOf(String pointer) {
    String p = pointer;
    while (true) {
      SourcePosition found = positions.get(p);
      if (found != null) {
        return found;
      }
      if (p.isEmpty()) {
        return SourcePosition.START;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** An error located at the given JSON pointer, e.g. {@code /schedule/visits/1/window}. */
  public ValidationError error(String pointer, String message, String hint) {
    SourcePosition at = positionOf(pointer);
    return new ValidationError(file, at.line(), at.column(), message, hint);
  }
}
