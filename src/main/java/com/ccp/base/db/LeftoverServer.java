package com.ccp.base.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code mariadbd} left running for our data directory by a JVM that died without stopping it
 * (kill -9, the OOM killer): reparented to PID 1, it keeps the data directory's locks and the next
 * start fails after 30 s ("Unable to lock ./ibdata1"). Recognised by its pid file and its command
 * line ({@code /proc/<pid>/cmdline} naming the data directory), it is stopped — TERM, so InnoDB
 * shuts down cleanly, then KILL — before the new server starts. A server whose parent is another
 * live JVM belongs to another running instance: that is refused, never killed.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Path PROC = Path.of("/proc");
    private static final Duration CLEAN_SHUTDOWN = Duration.ofSeconds(60);
    private static final Duration KILLED = Duration.ofSeconds(10);

    private LeftoverServer() {
    }

    /** Stops every leftover server of {@code dataDir}; {@code pidFiles} are where its pid may be written. */
    static void stopAny(Path dataDir, List<Path> pidFiles) {
        if (!Files.isDirectory(PROC)) {
            return;
        }
        for (long pid : candidates(dataDir, pidFiles)) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
            if (process.isEmpty() || !servesDataDir(pid, dataDir)) {
                continue;
            }
            refuseIfOwnedByALiveJvm(process.get(), dataDir);
            log.warn("A MariaDB server (pid {}) left running by an earlier run still holds {}; stopping it", pid, dataDir);
            stop(process.get());
        }
    }

    /** The pids of the pid files, then every process whose command line names the data directory. */
    private static Set<Long> candidates(Path dataDir, List<Path> pidFiles) {
        Set<Long> pids = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>(pidFiles);
        // a server started without --pid-file writes <datadir>/<hostname>.pid
        if (Files.isDirectory(dataDir)) {
            try (DirectoryStream<Path> found = Files.newDirectoryStream(dataDir, "*.pid")) {
                found.forEach(files::add);
            } catch (IOException e) {
                log.debug("Could not list {}: {}", dataDir, e.getMessage());
            }
        }
        for (Path file : files) {
            readPid(file).ifPresent(pids::add);
        }
        long self = ProcessHandle.current().pid();
        ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).filter(pid -> pid != self).forEach(pids::add);
        return pids;
    }

    private static Optional<Long> readPid(Path file) {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.US_ASCII).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Whether the process is a MariaDB server whose {@code --datadir} is ours. */
    static boolean servesDataDir(long pid, Path dataDir) {
        List<String> arguments = commandLine(pid);
        if (arguments.isEmpty()) {
            return false;
        }
        String program = Path.of(arguments.getFirst()).getFileName().toString();
        if (!program.equals("mariadbd") && !program.equals("mysqld")) {
            return false;
        }
        Set<Path> ours = sameDirectory(dataDir);
        for (int i = 1; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String value = null;
            if (argument.startsWith("--datadir=")) {
                value = argument.substring("--datadir=".length());
            } else if (argument.equals("--datadir") && i + 1 < arguments.size()) {
                value = arguments.get(i + 1);
            }
            if (value != null && ours.contains(Path.of(value.replace("\"", "")).toAbsolutePath().normalize())) {
                return true;
            }
        }
        return false;
    }

    private static Set<Path> sameDirectory(Path dataDir) {
        Set<Path> names = new LinkedHashSet<>();
        names.add(dataDir.toAbsolutePath().normalize());
        try {
            names.add(dataDir.toRealPath());
        } catch (IOException e) {
            // not there yet: only its plain name can match
        }
        return names;
    }

    private static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(PROC.resolve(Long.toString(pid)).resolve("cmdline"));
            List<String> arguments = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    arguments.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            if (start < raw.length) {
                arguments.add(new String(raw, start, raw.length - start, StandardCharsets.UTF_8));
            }
            return arguments;
        } catch (IOException e) {
            return List.of();
        }
    }

    private static void refuseIfOwnedByALiveJvm(ProcessHandle server, Path dataDir) {
        Optional<ProcessHandle> parent = server.parent().filter(ProcessHandle::isAlive).filter(p -> p.pid() != 1);
        if (parent.isPresent() && !commandLine(parent.get().pid()).isEmpty()
                && Path.of(commandLine(parent.get().pid()).getFirst()).getFileName().toString().equals("java")) {
            throw new IllegalStateException("The data directory " + dataDir + " is in use by another running instance"
                    + " of the app (process " + parent.get().pid() + "); stop it first or choose another DATA_DIR.");
        }
    }

    private static void stop(ProcessHandle server) {
        server.destroy();
        if (awaitExit(server, CLEAN_SHUTDOWN)) {
            return;
        }
        log.warn("The leftover MariaDB server (pid {}) did not stop within {} s; killing it", server.pid(),
                CLEAN_SHUTDOWN.toSeconds());
        server.destroyForcibly();
        if (!awaitExit(server, KILLED)) {
            throw new IllegalStateException("Could not stop the leftover MariaDB server (pid " + server.pid() + ")");
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration limit) {
        try {
            process.onExit().get(limit.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
