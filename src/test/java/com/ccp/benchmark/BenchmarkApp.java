package com.ccp.benchmark;

import com.ccp.Application;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * The app started in-process for a benchmark on a fresh data directory, which is deleted when the
 * app stops: each run's embedded database takes about half a gigabyte.
 */
final class BenchmarkApp implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Path dataDir;

    private BenchmarkApp(ConfigurableApplicationContext context, Path dataDir) {
        this.context = context;
        this.dataDir = dataDir;
    }

    static BenchmarkApp start(Path root) {
        Path dataDir = root.resolve("data-" + System.currentTimeMillis());
        ConfigurableApplicationContext context = SpringApplication.run(Application.class,
                "--server.port=0", "--app.data-dir=" + dataDir,
                "--app.demo-data=false", "--logging.level.com.ccp=info", "--logging.level.root=warn");
        return new BenchmarkApp(context, dataDir);
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() throws IOException {
        context.close();
        FileSystemUtils.deleteRecursively(dataDir);
    }
}
