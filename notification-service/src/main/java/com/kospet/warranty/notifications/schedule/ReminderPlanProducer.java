package com.kospet.warranty.notifications.schedule;

import com.kospet.warranty.notifications.config.NotificationsConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Builds the plain-Java {@link ReminderPlan} from configuration. */
public class ReminderPlanProducer {

    @Produces
    @Singleton
    ReminderPlan reminderPlan(NotificationsConfig config) {
        return new ReminderPlan(config);
    }
}
