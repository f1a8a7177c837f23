package org.pragma.protocol.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schemas on the classpath are byte-identical to those shipped in protocols/schema/. */
class SchemaCopyTest {

  @ParameterizedTest
  @EnumSource(SchemaCheck.Kind.class)
  void classpathSchemaEqualsShippedSchema(SchemaCheck.Kind kind) throws IOException {
    byte[] shipped = Files.readAllBytes(Path.of("..", "protocols", "schema", kind.fileName()));
    try (InputStream in = SchemaCheck.class.getResourceAsStream(kind.resource())) {
      assertThat(in).as("copy protocols/schema/%s to src/main/resources%s", kind.fileName(), kind.resource())
          .isNotNull();
      assertThat(in.readAllBytes()).isEqualTo(shipped);
    }
  }
}
