package org.pragma.protocol.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks a {@link YamlDocument} against one of the JSON Schemas shipped in {@code protocols/schema/}
 * (a byte-identical copy is on the classpath, so an uploaded protocol cannot bring a laxer schema).
 * Each schema finding becomes a {@link ValidationError} at the offending key.
 */
public final class SchemaCheck {

  /** The schemas Pragma ships: {@code study}, {@code arm} and {@code instrument}. */
  public enum Kind {
    STUDY("study"), ARM("arm"), INSTRUMENT("instrument");

    private final String name;

    Kind(String name) {
      this.name = name;
    }

    /** Classpath resource of the schema, also the file name under {@code protocols/schema/}. */
    public String resource() {
      return "/org/pragma/protocol/schema/" + fileName();
    }

    public String fileName() {
      return name + ".schema.json";
    }
  }

  private final Kind kind;
  private final JsonNode schemaJson;
  private final JsonSchema schema;

  private SchemaCheck(Kind kind, JsonNode schemaJson) {
    this.kind = kind;
    this.schemaJson = schemaJson;
    SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
        .pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).formatAssertionsEnabled(true).build();
    this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schemaJson, config);
  }

  /** Loads the shipped schema of the given kind from the classpath. */
  public static SchemaCheck of(Kind kind) {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(kind.resource())) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the classpath: " + kind.resource());
      }
      return new SchemaCheck(kind, new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every schema violation in the document, in file order. */
  public List<ValidationError> check(YamlDocument document) {
    SchemaMessages messages = new SchemaMessages(document, schemaJson, kind.fileName());
    return schema.validate(document.root()).stream()
        .map(messages::toError)
        .distinct()
        .sorted(Comparator.comparingInt(ValidationError::line).thenComparingInt(ValidationError::column)
            .thenComparing(ValidationError::message))
        .toList();
  }

  static String pointerOf(ValidationMessage message) {
    String pointer = message.getInstanceLocation().toString();
    return pointer.startsWith("#") ? pointer.substring(1) : pointer;
  }
}
