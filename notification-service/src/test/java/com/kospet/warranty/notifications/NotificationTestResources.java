package com.kospet.warranty.notifications;

import com.kospet.warranty.testinfra.JwtResource;
import com.kospet.warranty.testinfra.KafkaResource;
import com.kospet.warranty.testinfra.PostgresResource;
import com.kospet.warranty.testinfra.SmtpResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Real PostgreSQL, Kafka and SMTP for every test of this service, started once per run. */
@WithTestResource(value = PostgresResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = KafkaResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = SmtpResource.class, scope = TestResourceScope.GLOBAL, parallel = true)
@WithTestResource(value = JwtResource.class, scope = TestResourceScope.GLOBAL)
public final class NotificationTestResources {
    private NotificationTestResources() {
    }
}
