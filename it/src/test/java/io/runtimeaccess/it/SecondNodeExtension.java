package io.runtimeaccess.it;

import java.io.IOException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Stops a test class's {@link SecondNode} after the class, passed or failed, so that the next class finds its
 * ports free. A class registers it as a static field with {@code @RegisterExtension}.
 */
final class SecondNodeExtension implements AfterAllCallback {

    private SecondNode node;

    /** Starts the second node; a class runs one at a time. */
    SecondNode start() throws IOException {
        node = SecondNode.start();
        return node;
    }

    /** Whether this class started the node and it still runs: the class's tests share it. */
    boolean running() {
        return node != null && node.alive();
    }

    /** Stops the node if it still runs. */
    @Override
    public void afterAll(ExtensionContext context) throws InterruptedException {
        if (node != null && node.alive()) {
            node.close();
        }
        node = null;
    }
}
