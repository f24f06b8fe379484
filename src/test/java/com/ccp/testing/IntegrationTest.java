package com.ccp.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The one full-stack configuration every *IT shares, so Spring starts one context and one embedded
 * MariaDB for all of them: real HTTP on a random port, data under target/. {@link ReadGate} lets a
 * test hold background reads and wait for their end.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "app.data-dir=target/it-data",
        "app.max-file-size-mb=8",
        "app.max-pages=12000",
        "app.parse-timeout=120s",
        "app.demo-data=false"
})
@Import(ReadGate.class)
public @interface IntegrationTest {
}
