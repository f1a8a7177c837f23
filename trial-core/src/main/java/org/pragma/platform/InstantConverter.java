package org.pragma.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} in a {@code timestamp with time zone} column, as the same instant at
 * UTC, so what is read back never depends on the server's default zone (a zone-less timestamp
 * would be the server's wall-clock time: ambiguous in a DST fall-back, shifted by a zone change).
 * EclipseLink 4.0.1 (bundled in Payara 6) would otherwise serialize Instants as binary.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, OffsetDateTime> {
  @Override
  public OffsetDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(OffsetDateTime stored) {
    return stored == null ? null : stored.toInstant();
  }
}
