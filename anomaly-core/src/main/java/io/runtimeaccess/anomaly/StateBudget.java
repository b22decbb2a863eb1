package io.runtimeaccess.anomaly;

import io.runtimeaccess.anomaly.observation.UserAgentCache;
import io.runtimeaccess.anomaly.state.EntryBudget;

/**
 * Caps shared by every scorer of a process, one per kind of table, so memory stays bounded however many
 * realms there are: {@link ScorerSettings}' caps bound one realm's scorer, these bound all of them
 * together; they also share one cache of parsed user agents. Give the same instance to every {@link
 * AnomalyScorer} of the process; they must all be used
 * from one thread (see {@link EntryBudget}). When a budget is used up, the realm holding the most gives
 * up its least recently used entry first.
 */
public final class StateBudget {

    /** By default the whole process keeps what one realm may keep at the default caps. */
    public static final int DEFAULT_USERS = 250_000;
    public static final int DEFAULT_SESSIONS = 200_000;
    public static final int DEFAULT_SOURCES = 250_000;

    private final EntryBudget users;
    private final EntryBudget sessions;
    private final EntryBudget sources;
    /** Parsed user agents, shared too: a header means the same in every realm. */
    private UserAgentCache agents;

    /**
     * @param users    user and admin profiles (about 500 bytes each)
     * @param sessions sessions whose sign-in location is remembered (about 70 bytes each)
     * @param sources  failure windows: addresses, networks, ASNs, user agents and usernames that failed
     */
    public StateBudget(int users, int sessions, int sources) {
        this.users = new EntryBudget(users);
        this.sessions = new EntryBudget(sessions);
        this.sources = new EntryBudget(sources);
    }

    public static StateBudget defaults() {
        return new StateBudget(DEFAULT_USERS, DEFAULT_SESSIONS, DEFAULT_SOURCES);
    }

    public EntryBudget users() {
        return users;
    }

    public EntryBudget sessions() {
        return sessions;
    }

    public EntryBudget sources() {
        return sources;
    }

    /** The user-agent cache every scorer sharing this budget uses; the first one's size sets it. */
    UserAgentCache agents(int size) {
        if (agents == null) {
            agents = new UserAgentCache(size);
        }
        return agents;
    }

    @Override
    public String toString() {
        return "StateBudget[users " + users.used() + "/" + users.limit() + ", sessions " + sessions.used() + "/"
                + sessions.limit() + ", sources " + sources.used() + "/" + sources.limit() + "]";
    }
}
