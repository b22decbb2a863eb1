package io.runtimeaccess.evaluation.generator;

/**
 * One of a user's browsers on one device. It installs each browser release {@code lagDays} after it
 * ships (people update at their own pace), so its header drifts over the weeks.
 */
record Device(Agent agent, int lagDays) {

    String header(int day) {
        return agent.header(day - lagDays);
    }

    String browser(int day) {
        return agent.browser(day - lagDays);
    }
}
