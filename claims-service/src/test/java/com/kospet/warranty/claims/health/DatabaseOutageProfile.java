package com.kospet.warranty.claims.health;

import com.kospet.warranty.testinfra.RestartablePostgresResource;
import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;
import java.util.Map;

/** The service against a PostgreSQL that the test stops and starts again. */
public class DatabaseOutageProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(RestartablePostgresResource.class));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        // A frozen server is told from a slow one by the JDBC socket timeout: a few seconds here keep the test short.
        return Map.of("quarkus.datasource.jdbc.url", RestartablePostgresResource.jdbcUrl(),
                "quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout", "4");
    }
}
