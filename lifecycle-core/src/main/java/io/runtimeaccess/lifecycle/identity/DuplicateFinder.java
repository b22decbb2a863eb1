package io.runtimeaccess.lifecycle.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds accounts a new user may duplicate, by the {@link IdentityKeys} of username, email and full name. An
 * address used as a username (common when an identity provider's users were created by email) is compared with
 * emails too. Add every existing account once, then ask per new user; adding each created user as well flags
 * the second of two look-alike rows in one file.
 *
 * <p>Built {@link #lookingFor} the new users, it keeps only accounts that share a key with one of them, and at most
 * {@value #MAX_MATCHES} per key, so streaming a realm of a million accounts through {@link #add} holds the few that
 * matter, not the realm.
 */
public final class DuplicateFinder {

    /** Enough for a person to decide; a key shared by thousands (a common name) is not listed in full. */
    public static final int MAX_MATCHES = 20;

    private final Map<String, Set<Account>> byName = new HashMap<>();
    private final Map<String, Set<Account>> byEmail = new HashMap<>();
    private final Map<String, Set<Account>> byFullName = new HashMap<>();
    /** The keys worth keeping, by index; null when every account is kept. */
    private final Keys wanted;

    /** Keeps every account added. */
    public DuplicateFinder() {
        this.wanted = null;
    }

    private DuplicateFinder(Keys wanted) {
        this.wanted = wanted;
    }

    /** Keeps only accounts resembling one of {@code candidates}: the only ones {@link #find} can return for them. */
    public static DuplicateFinder lookingFor(Collection<Account> candidates) {
        Keys keys = new Keys(new HashSet<>(), new HashSet<>(), new HashSet<>());
        candidates.forEach(keys::collect);
        return new DuplicateFinder(keys);
    }

    public void add(Account account) {
        index(byName, wanted == null ? null : wanted.names(), IdentityKeys.name(account.username()), account);
        Set<String> emails = wanted == null ? null : wanted.emails();
        index(byEmail, emails, IdentityKeys.email(account.email()), account);
        if (account.username() != null && account.username().contains("@")) {
            index(byEmail, emails, IdentityKeys.email(account.username()), account);
        }
        index(byFullName, wanted == null ? null : wanted.fullNames(),
                IdentityKeys.fullName(account.firstName(), account.lastName()), account);
    }

    /**
     * The accounts the candidate resembles, each once with the first reason found, in the order checked; at most
     * {@value #MAX_MATCHES}.
     */
    public List<PossibleDuplicate> find(Account candidate) {
        Map<Account, String> found = new LinkedHashMap<>();
        collect(found, byName.get(IdentityKeys.name(candidate.username())), "username");
        collect(found, byEmail.get(IdentityKeys.email(candidate.email())), "email");
        if (candidate.username() != null && candidate.username().contains("@")) {
            collect(found, byEmail.get(IdentityKeys.email(candidate.username())), "username-email");
        }
        collect(found, byFullName.get(IdentityKeys.fullName(candidate.firstName(), candidate.lastName())), "name");
        List<PossibleDuplicate> duplicates = new ArrayList<>();
        found.forEach((account, on) -> duplicates.add(new PossibleDuplicate(account, on)));
        return duplicates;
    }

    private static void collect(Map<Account, String> found, Set<Account> accounts, String on) {
        if (accounts == null) {
            return;
        }
        for (Account account : accounts) {
            if (found.size() == MAX_MATCHES) {
                return;
            }
            found.putIfAbsent(account, on);
        }
    }

    private static void index(Map<String, Set<Account>> index, Set<String> wanted, String key, Account account) {
        if (key != null && (wanted == null || wanted.contains(key))) {
            Set<Account> accounts = index.computeIfAbsent(key, k -> new LinkedHashSet<>());
            // no more than find can list: a key that thousands share (a common name) holds twenty
            if (accounts.size() < MAX_MATCHES) {
                accounts.add(account);
            }
        }
    }

    /** The keys of the new users, per index. */
    private record Keys(Set<String> names, Set<String> emails, Set<String> fullNames) {

        void collect(Account candidate) {
            add(names, IdentityKeys.name(candidate.username()));
            add(emails, IdentityKeys.email(candidate.email()));
            if (candidate.username() != null && candidate.username().contains("@")) {
                add(emails, IdentityKeys.email(candidate.username()));
            }
            add(fullNames, IdentityKeys.fullName(candidate.firstName(), candidate.lastName()));
        }

        private static void add(Set<String> keys, String key) {
            if (key != null) {
                keys.add(key);
            }
        }
    }
}
