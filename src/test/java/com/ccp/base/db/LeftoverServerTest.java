package com.ccp.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Stand-ins for a MariaDB server (a shell started under the name {@code mariadbd} with a {@code
 * --datadir}): one orphaned by a dead JVM is stopped, one of a live JVM or of another data directory
 * is left alone.
 */
@EnabledOnOs(OS.LINUX)
class LeftoverServerTest {

    private final Path root = Path.of("target", "leftover-server-test").toAbsolutePath();
    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void killStandIns() {
        for (ProcessHandle process : started) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Test
    void anOrphanedServerOfOurDataDirectoryIsStopped() throws Exception {
        Path dataDir = Files.createDirectories(root.resolve("ours"));
        Path pidFile = root.resolve("mariadbd.pid");
        ProcessHandle orphan = orphanedStandIn(dataDir, pidFile);

        LeftoverServer.stopAny(dataDir, List.of(pidFile));

        assertThat(orphan.isAlive()).isFalse();
    }

    @Test
    void aServerOfALiveJvmIsRefusedNotKilled() throws Exception {
        Path dataDir = Files.createDirectories(root.resolve("busy"));
        Process child = new ProcessBuilder(standInCommand(dataDir)).start();
        started.add(child.toHandle());
        awaitCommandLine(child.pid(), dataDir);

        assertThatThrownBy(() -> LeftoverServer.stopAny(dataDir, List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("in use by another running instance");
        assertThat(child.isAlive()).isTrue();
    }

    @Test
    void aServerOfAnotherDataDirectoryIsLeftAlone() throws Exception {
        Path other = Files.createDirectories(root.resolve("other"));
        Path pidFile = root.resolve("other.pid");
        ProcessHandle orphan = orphanedStandIn(other, pidFile);

        LeftoverServer.stopAny(Files.createDirectories(root.resolve("mine")), List.of(pidFile));

        assertThat(orphan.isAlive()).isTrue();
    }

    /** A stand-in whose parent exits at once, as a JVM killed with SIGKILL leaves its server; its pid is written. */
    private ProcessHandle orphanedStandIn(Path dataDir, Path pidFile) throws Exception {
        Files.deleteIfExists(pidFile);
        List<String> command = standInCommand(dataDir);
        String line = String.join(" ", command.stream().map(arg -> "'" + arg + "'").toList());
        Process launcher = new ProcessBuilder("/bin/sh", "-c", line + " > /dev/null 2>&1 & echo $! > '" + pidFile + "'")
                .start();
        launcher.waitFor();
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle orphan = ProcessHandle.of(pid).orElseThrow();
        started.add(orphan);
        awaitCommandLine(pid, dataDir);
        // its sleep outlives it when it is stopped: remember it for the clean-up
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (orphan.children().findAny().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        orphan.children().forEach(started::add);
        return orphan;
    }

    /** {@code sh} started under the name mariadbd: its command line is what a real server's looks like. */
    private List<String> standInCommand(Path dataDir) throws IOException {
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path name = bin.resolve("mariadbd");
        if (!Files.exists(name, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createSymbolicLink(name, Path.of("/bin/sh"));
        }
        return List.of(name.toString(), "-c", "sleep 600 & wait", "mariadbd", "--no-defaults", "--datadir=" + dataDir);
    }

    private static void awaitCommandLine(long pid, Path dataDir) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!LeftoverServer.servesDataDir(pid, dataDir)) {
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            assertThat(process.map(ProcessHandle::isAlive)).as("stand-in alive").contains(true);
            assertThat(System.nanoTime()).as("stand-in's command line").isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
