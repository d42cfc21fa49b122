package com.kospet.warranty.testinfra;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/** Makes the service under test verify tokens with the test key pair of {@link TestTokens}. */
public class JwtResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return TestTokens.verificationConfig();
    }

    @Override
    public void stop() {
        // nothing was started
    }
}
