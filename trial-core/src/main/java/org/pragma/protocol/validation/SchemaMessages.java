package org.pragma.protocol.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;

/** Turns networknt schema findings into errors a protocol author can act on. */
final class SchemaMessages {

  private final YamlDocument document;
  private final JsonNode schemaJson;
  private final String schemaFile;

  SchemaMessages(YamlDocument document, JsonNode schemaJson, String schemaFile) {
    this.document = document;
    this.schemaJson = schemaJson;
    this.schemaFile = schemaFile;
  }

  ValidationError toError(ValidationMessage m) {
    String pointer = SchemaCheck.pointerOf(m);
    String where = pointer.isEmpty() ? "the top level" : "'" + pointer + "'";
    return switch (m.getType()) {
      case "additionalProperties" -> unknownKey(m, pointer);
      case "required" -> document.error(pointer, "missing required key '" + m.getProperty() + "' in " + where,
          "Add '" + m.getProperty() + ":' here; see protocols/schema/" + schemaFile + ".");
      case "type" -> document.error(pointer, where + " must be " + expected(m.getSchemaNode())
          + ", found " + found(m.getInstanceNode()), "Change the value to " + expected(m.getSchemaNode()) + ".");
      case "enum" -> document.error(pointer, where + " has value " + m.getInstanceNode()
          + ", which is not allowed", "Use one of: " + listOf(m.getSchemaNode()) + ".");
      case "pattern" -> pattern(m, pointer, where);
      default -> document.error(pointer, detail(m),
          "Fix the value to satisfy protocols/schema/" + schemaFile + ".");
    };
  }

  /** A value of the wrong form, told with the schema's description of the form when it has one (e.g. "lower-case-kebab code"). */
  private ValidationError pattern(ValidationMessage m, String pointer, String where) {
    String pattern = m.getSchemaNode() == null ? "" : m.getSchemaNode().asText();
    String described = schemaNodeOf(m).path("description").asText("");
    String value = m.getInstanceNode() == null ? "" : m.getInstanceNode().asText();
    boolean lowerCaseWouldDo = !value.equals(value.toLowerCase(java.util.Locale.ROOT))
        && value.toLowerCase(java.util.Locale.ROOT).matches(pattern);
    String form = described.isBlank() ? "of the form " + pattern : "a " + described;
    String hint = lowerCaseWouldDo ? "Write it in lower case: " + value.toLowerCase(java.util.Locale.ROOT) + "."
        : "Write " + form + (described.isBlank() ? "" : " (" + pattern + ")") + "; see protocols/schema/" + schemaFile + ".";
    return document.error(pointer, where + " is '" + value + "', which is not " + form, hint);
  }

  /** The schema node a finding was checked against (the parent of its keyword), or a missing node. */
  private JsonNode schemaNodeOf(ValidationMessage m) {
    String fragment = m.getSchemaLocation().getFragment().toString();
    if (fragment.startsWith("#")) {
      fragment = fragment.substring(1);
    }
    int keyword = fragment.lastIndexOf('/');
    try {
      return keyword < 0 ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : schemaJson.at(fragment.substring(0, keyword));
    } catch (IllegalArgumentException e) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
  }

  private ValidationError unknownKey(ValidationMessage m, String pointer) {
    String key = m.getProperty();
    String keyPointer = pointer + "/" + YamlTreeBuilder.escape(key);
    List<String> allowed = allowedKeys(m);
    String hint = allowed.isEmpty() ? "Remove it or check its spelling."
        : "Remove it or check its spelling; allowed keys here: " + String.join(", ", allowed) + ".";
    return document.error(keyPointer, "unknown key '" + key + "'", hint);
  }

  private List<String> allowedKeys(ValidationMessage m) {
    String fragment = m.getSchemaLocation().getFragment().toString();
    if (fragment.startsWith("#")) {
      fragment = fragment.substring(1);
    }
    String parent = fragment.endsWith("/additionalProperties")
        ? fragment.substring(0, fragment.length() - "/additionalProperties".length()) : fragment;
    List<String> keys = new ArrayList<>();
    try {
      schemaJson.at(parent).path("properties").fieldNames().forEachRemaining(keys::add);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    return keys;
  }

  private static String detail(ValidationMessage m) {
    String message = m.getMessage();
    String pointer = SchemaCheck.pointerOf(m);
    if (message.startsWith(pointer + ": ")) {
      message = message.substring(pointer.length() + 2);
    }
    String where = pointer.isEmpty() ? "the top level" : "'" + pointer + "'";
    return where + " " + message;
  }

  private static String expected(JsonNode typeNode) {
    if (typeNode == null) {
      return "another type";
    }
    return typeNode.isArray() ? "one of " + listOf(typeNode) : article(typeNode.asText());
  }

  private static String found(JsonNode value) {
    if (value == null || value.isNull()) {
      return "nothing (null)";
    }
    if (value.isIntegralNumber()) {
      return "the integer " + value;
    }
    return switch (value.getNodeType()) {
      case OBJECT -> "a mapping";
      case ARRAY -> "a list";
      case NUMBER -> "the number " + value;
      case BOOLEAN -> "the boolean " + value;
      default -> "the text " + value;
    };
  }

  private static String article(String type) {
    return switch (type) {
      case "object" -> "a mapping (key: value lines)";
      case "array" -> "a list ('- ' items)";
      case "integer" -> "a whole number";
      case "string" -> "text";
      case "boolean" -> "true or false";
      default -> "a " + type;
    };
  }

  private static String listOf(JsonNode node) {
    if (node == null || !node.isArray()) {
      return String.valueOf(node);
    }
    List<String> values = new ArrayList<>();
    node.forEach(v -> values.add(v.isTextual() ? v.asText() : v.toString()));
    return String.join(", ", values);
  }
}
