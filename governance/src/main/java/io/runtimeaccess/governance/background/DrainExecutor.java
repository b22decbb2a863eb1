package io.runtimeaccess.governance.background;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one daemon thread that drains a work queue of its own: one drain running and at most one more waiting, which
 * takes whatever arrived meanwhile, so a burst of offers costs a drain or two, never a task each.
 */
public final class DrainExecutor {

    private DrainExecutor() {
    }

    public static ThreadPoolExecutor named(String threadName) {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(1), runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.DiscardPolicy());
    }
}
