package com.ccp.api;

import com.ccp.base.AppProperties;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Multipart limits derived from MAX_FILE_SIZE_MB. The container's limit is twice the product's, so
 * a file just over the limit reaches {@link com.ccp.ingestion.UploadReceiver}, which names the part.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

    @Bean
    MultipartConfigElement multipartConfigElement(AppProperties properties) {
        long perFile = properties.maxFileSizeBytes() * 2 + 1024 * 1024;
        return new MultipartConfigElement(properties.dataDir().resolve("tmp").toAbsolutePath().toString(), perFile,
                perFile * 2 + 1024 * 1024, 1024 * 1024);
    }
}
