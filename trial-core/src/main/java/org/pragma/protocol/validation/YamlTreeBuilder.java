package org.pragma.protocol.validation;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a Jackson tree from YAML parser events while recording where each key starts. Aliases
 * ({@code *name}) are resolved to their anchored value; the total number of values is capped so that
 * alias bombs cannot exhaust memory.
 */
final class YamlTreeBuilder {

  static final int MAX_NODES = 200_000;
  static final int MAX_DEPTH = 64;

  /** Thrown when a document expands to too many values or nests too deeply. */
  static final class TooLargeException extends RuntimeException {
    TooLargeException(String message) {
      super(message, null, false, false);
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String file;
  private final YAMLParser parser;
  private final Map<String, SourcePosition> positions = new HashMap<>();
  private final Map<String, JsonNode> anchors = new HashMap<>();
  private final List<ValidationError> errors = YamlReader.newErrorList();
  private int nodeCount;
  private int depth;

  YamlTreeBuilder(String file, YAMLParser parser) {
    this.file = file;
    this.parser = parser;
  }

  YamlReader.Parsed build() throws IOException {
    if (parser.nextToken() == null) {
      errors.add(ValidationError.ofFile(file, "file is empty", "Write the required keys; see protocols/README.md."));
      return new YamlReader.Parsed(Optional.empty(), errors);
    }
    positions.put("", position());
    JsonNode root = value("");
    if (parser.nextToken() != null) {
      errors.add(at(position(), "a second YAML document starts here",
          "Keep one document per file; remove the '---' separator and what follows."));
    }
    return new YamlReader.Parsed(Optional.of(new YamlDocument(file, root, positions)), errors);
  }

  private JsonNode value(String pointer) throws IOException {
    count(1);
    Object anchor = parser.getObjectId();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING && parser.isCurrentAlias()) {
      return alias(pointer);
    }
    JsonNode node = switch (token) {
      case START_OBJECT -> nested(() -> object(pointer));
      case START_ARRAY -> nested(() -> array(pointer));
      default -> scalar(pointer, token);
    };
    if (anchor != null) {
      anchors.put(anchor.toString(), node);
    }
    return node;
  }

  private interface Level {
    JsonNode read() throws IOException;
  }

  private JsonNode nested(Level level) throws IOException {
    if (++depth > MAX_DEPTH) {
      throw new TooLargeException("values are nested more than " + MAX_DEPTH + " levels deep");
    }
    JsonNode node = level.read();
    depth--;
    return node;
  }

  private JsonNode alias(String pointer) throws IOException {
    JsonNode target = anchors.get(parser.getText());
    if (target == null) {
      errors.add(at(position(), "alias *" + parser.getText() + " has no anchor",
          "Define '&" + parser.getText() + "' before using it."));
      return NODES.textNode(parser.getText());
    }
    count(sizeOf(target));
    return target;
  }

  private ObjectNode object(String pointer) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String child = pointer + "/" + escape(key);
      SourcePosition keyAt = position();
      parser.nextToken();
      if (object.has(key)) {
        errors.add(at(keyAt, "duplicate key '" + key + "'", "Keep only one '" + key + "' here."));
      } else {
        positions.put(child, keyAt);
      }
      object.set(key, value(child));
    }
    return object;
  }

  private ArrayNode array(String pointer) throws IOException {
    ArrayNode array = NODES.arrayNode();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      String child = pointer + "/" + index++;
      positions.put(child, position());
      array.add(value(child));
    }
    return array;
  }

  private JsonNode scalar(String pointer, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_NUMBER_INT -> NODES.numberNode(parser.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT -> decimal(pointer);
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_STRING -> NODES.textNode(parser.getText());
      default -> {
        errors.add(at(positions.getOrDefault(pointer, position()), "unsupported YAML value",
            "Use plain text, numbers, true/false, lists and mappings."));
        yield NODES.nullNode();
      }
    };
  }

  private JsonNode decimal(String pointer) throws IOException {
    double value = parser.getDoubleValue();
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      errors.add(at(positions.getOrDefault(pointer, position()), "number '" + parser.getText()
          + "' is not finite", "Write an ordinary number."));
      return NODES.textNode(parser.getText());
    }
    return NODES.numberNode(parser.getDecimalValue());
  }

  private void count(int nodes) {
    nodeCount += nodes;
    if (nodeCount > MAX_NODES) {
      throw new TooLargeException("file expands to more than " + MAX_NODES + " values");
    }
  }

  private static int sizeOf(JsonNode node) {
    int size = 1;
    for (JsonNode child : node) {
      size += sizeOf(child);
      if (size > MAX_NODES) {
        return size;
      }
    }
    return size;
  }

  private SourcePosition position() {
    JsonLocation location = parser.currentTokenLocation();
    return new SourcePosition(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
  }

  private ValidationError at(SourcePosition where, String message, String hint) {
    return new ValidationError(file, where.line(), where.column(), message, hint);
  }

  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }
}
