package org.pragma.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date at deployment, before any other bean touches the database. The
 * schema is owned by the versioned SQL files in {@code db/migration}, plus the few that must be
 * written per database (triggers) in {@code db/vendor/h2} and {@code db/vendor/postgresql}, chosen
 * by the product name the driver reports. Bean-managed transactions keep Flyway's own commits out
 * of JTA.
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
    h2SessionZone(dataSource).filter(zone -> !zone.equals("UTC")).ifPresent(zone -> LOG.warning(() ->
        "H2 runs its sessions in " + zone + ": add ;TIME ZONE=UTC to PRAGMA_DB_URL, or an instant saved in the"
            + " repeated hour of a daylight-saving fall-back is stored an hour off"));
    Flyway flyway = flyway(dataSource, getClass().getClassLoader());
    MigrateResult result = flyway.migrate();
    // Nothing to apply (another server sharing the database migrated it a moment ago): the version found.
    String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
        : java.util.Optional.ofNullable(flyway.info().current()).map(m -> m.getVersion().getVersion()).orElse("(none)");
    LOG.info(
        () ->
            "Database schema at version "
                + version
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * Flyway configured for this database: the shared migrations plus its vendor folder. On H2 the
   * migrations run in the server's zone, the one zone-less timestamps were written in before V20
   * turned them into instants (PostgreSQL's driver always sets the session to it).
   */
  public static Flyway flyway(DataSource dataSource, ClassLoader loader) {
    String vendor = vendorOf(dataSource);
    return Flyway.configure(loader)
        .dataSource(dataSource)
        .locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
        .initSql(vendor.equals("h2") ? "set time zone '" + ZoneId.systemDefault().getId() + "'" : null)
        .load();
  }

  /** H2 turns a bound timestamp into its session zone's wall clock: the zone, when the database is H2. */
  static java.util.Optional<String> h2SessionZone(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      if (!c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
        return java.util.Optional.empty();
      }
      try (var rs = c.createStatement().executeQuery(
          "select setting_value from information_schema.settings where setting_name = 'TIME ZONE'")) {
        return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }

  static String vendorOf(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (product.contains("postgres")) {
        return "postgresql";
      }
      if (product.contains("h2")) {
        return "h2";
      }
      throw new IllegalStateException("Unsupported database " + product + ": use H2 or PostgreSQL");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it", e);
    }
  }
}
