package org.pragma.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deployment, before any other bean touches the database. The
 * schema is owned by the versioned SQL files in {@code db/migration}; bean-managed transactions
 * keep Flyway's own commits out of JTA.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {
  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  @Resource(lookup = DataSourceConfig.JNDI_NAME)
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor())
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * The folder of database-specific migrations (triggers and the like): {@code h2} or
   * {@code postgresql}. Every other migration is plain SQL that runs on both.
   */
  private String vendor() {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("h2")) {
        return "h2";
      }
      if (product.contains("postgres")) {
        return "postgresql";
      }
      throw new IllegalStateException("Pragma runs on H2 or PostgreSQL, not on " + product);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
    }
  }
}
