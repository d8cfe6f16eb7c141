package com.upward.security;

import org.springframework.boot.test.context.SpringBootTest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The app as the {@code mysql} profile and Docker Compose start it, on a database of its own that is empty before
 * the start: no demo data. One annotation, so the classes using it share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = {
        "upward.demo-data.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:upward-empty-start;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
                + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password="})
public @interface EmptyDatabaseStart {
}
