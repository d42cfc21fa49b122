package com.kospet.warranty.system;

import com.kospet.warranty.stack.Stack;
import com.kospet.warranty.stack.StackOptions;
import com.kospet.warranty.testinfra.RepoRoot;
import com.kospet.warranty.testinfra.TestTokens;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole system, started once for all system tests: real PostgreSQL, Kafka and SMTP, and the
 * three packaged services as their own processes, on free ports, with throw-away data. The same
 * {@link Stack} the {@code ./stack} command runs.
 */
public final class RunningSystem implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    private static Stack stack;

    public static Stack stack() {
        return stack;
    }

    @Override
    public synchronized void beforeAll(ExtensionContext context) throws Exception {
        if (stack != null) {
            return;
        }
        Path root = RepoRoot.find();
        Path work = Files.createTempDirectory(root.resolve("system-tests/target").toAbsolutePath(), "stack-");
        stack = Stack.start(new StackOptions(root, work, false, 0, 0, 1, 0, -1, 0, 1, 0, 0,
                Optional.of(TestTokens.privateKeyPem()), Optional.of(TestTokens.publicKeyPem())));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningSystem.class.getName(), this);
    }

    @Override
    public void close() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
