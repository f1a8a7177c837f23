package org.pragma.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's one datasource. Its class, URL and credentials come from MicroProfile Config
 * (environment variables such as {@code PRAGMA_DB_URL} win over the embedded-H2 defaults in
 * {@code META-INF/microprofile-config.properties}), so production points at PostgreSQL without a
 * rebuild.
 */
@DataSourceDefinition(
    name = DataSourceConfig.JNDI_NAME,
    className = "${MPCONFIG=pragma.db.class}",
    url = "${MPCONFIG=pragma.db.url}",
    user = "${MPCONFIG=pragma.db.user}",
    password = "${MPCONFIG=pragma.db.password}",
    minPoolSize = 1,
    maxPoolSize = 20)
@Singleton
public class DataSourceConfig {
  public static final String JNDI_NAME = "java:app/jdbc/pragma";
}
