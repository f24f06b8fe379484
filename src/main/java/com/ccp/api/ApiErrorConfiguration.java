package com.ccp.api;

import com.ccp.base.AppProperties;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** {@link ApiErrorContract} in front of every other filter, Spring Security's included, for {@code /api/*}. */
@Configuration(proxyBeanMethods = false)
class ApiErrorConfiguration {

    @Bean
    FilterRegistrationBean<ApiErrorContract> apiErrorContract(AppProperties properties) {
        FilterRegistrationBean<ApiErrorContract> registration =
                new FilterRegistrationBean<>(new ApiErrorContract(properties));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.setName("apiErrorContract");
        return registration;
    }

    /**
     * Tomcat refuses an encoded slash ({@code %2F}) itself, with its HTML error page, before any
     * filter runs: decoded, it reaches Spring Security's firewall, whose refusal the contract answers.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashReachesTheFilters() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setEncodedSolidusHandling(EncodedSolidusHandling.DECODE.getValue()));
    }
}
