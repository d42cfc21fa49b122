package com.kospet.warranty.claims;

import com.kospet.warranty.testinfra.JwtResource;
import com.kospet.warranty.testinfra.KafkaResource;
import com.kospet.warranty.testinfra.PolicyServiceResource;
import com.kospet.warranty.testinfra.PostgresResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/**
 * The real infrastructure every test of this service runs against: PostgreSQL, a Kafka broker,
 * the packaged policy-service (with a policy version only the tests know, from
 * {@code policy-versions-for-tests.properties}), and the test key that signs tokens. Global: started once per run.
 */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = PolicyServiceResource.class, scope = TestResourceScope.GLOBAL, parallel = true,
        initArgs = @ResourceArg(name = PolicyServiceResource.EXTRA_CONFIG, value = "policy-versions-for-tests.properties"))
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.GLOBAL)
public final class ClaimsTestResources {
    private ClaimsTestResources() {
    }
}
