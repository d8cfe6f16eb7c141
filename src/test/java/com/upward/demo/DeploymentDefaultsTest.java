package com.upward.demo;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Demo data (86 accounts with one shared password) belongs to the embedded demo run only: the compose files and the
 * {@code mysql} profile start without it unless told otherwise. .ci/run also checks the files with
 * {@code docker-compose config}.
 */
class DeploymentDefaultsTest {

    @Test
    void composeStartsWithoutDemoData() throws IOException {
        assertThat(appEnvironment("docker-compose.yml", "app").get("UPWARD_DEMO_DATA"))
                .isEqualTo("${UPWARD_DEMO_DATA:-false}");
    }

    @Test
    void theScaledComposeStartsWithoutDemoData() throws IOException {
        for (String node : new String[] {"app1", "app2"}) {
            assertThat(appEnvironment("docker-compose.scale.yml", node).get("UPWARD_DEMO_DATA"))
                    .as(node).isEqualTo("${UPWARD_DEMO_DATA:-false}");
        }
    }

    @Test
    void composePassesTheFirstAdministratorThrough() throws IOException {
        assertThat(appEnvironment("docker-compose.yml", "app"))
                .containsEntry("UPWARD_ADMIN_USERNAME", "${UPWARD_ADMIN_USERNAME:-}")
                .containsEntry("UPWARD_ADMIN_PASSWORD", "${UPWARD_ADMIN_PASSWORD:-}");
    }

    @Test
    void theMysqlProfileStartsWithoutDemoData() throws IOException {
        Properties mysql = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/application-mysql.properties"))) {
            mysql.load(in);
        }
        assertThat(mysql.getProperty("upward.demo-data.enabled")).isEqualTo("${UPWARD_DEMO_DATA:false}");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> appEnvironment(String file, String service) throws IOException {
        try (Reader in = Files.newBufferedReader(Path.of(file))) {
            Map<String, Object> compose = new Yaml().load(in);
            Map<String, Object> services = (Map<String, Object>) compose.get("services");
            Map<String, Object> app = (Map<String, Object>) services.get(service);
            return (Map<String, Object>) app.get("environment");
        }
    }
}
