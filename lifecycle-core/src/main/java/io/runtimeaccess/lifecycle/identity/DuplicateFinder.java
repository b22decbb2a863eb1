package io.runtimeaccess.lifecycle.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds accounts a new user may duplicate, by the {@link IdentityKeys} of username, email and full name. An
 * address used as a username (common when an identity provider's users were created by email) is compared with
 * emails too. Add every existing account once, then ask per new user; adding each created user as well flags
 * the second of two look-alike rows in one file.
 */
public final class DuplicateFinder {

    private final Map<String, List<Account>> byName = new HashMap<>();
    private final Map<String, List<Account>> byEmail = new HashMap<>();
    private final Map<String, List<Account>> byFullName = new HashMap<>();

    public void add(Account account) {
        index(byName, IdentityKeys.name(account.username()), account);
        index(byEmail, IdentityKeys.email(account.email()), account);
        if (account.username() != null && account.username().contains("@")) {
            index(byEmail, IdentityKeys.email(account.username()), account);
        }
        index(byFullName, IdentityKeys.fullName(account.firstName(), account.lastName()), account);
    }

    /** The accounts the candidate resembles, each once with the first reason found, in the order checked. */
    public List<PossibleDuplicate> find(Account candidate) {
        Map<Account, String> found = new java.util.LinkedHashMap<>();
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

    private static void collect(Map<Account, String> found, List<Account> accounts, String on) {
        if (accounts != null) {
            accounts.forEach(account -> found.putIfAbsent(account, on));
        }
    }

    private static void index(Map<String, List<Account>> index, String key, Account account) {
        if (key != null) {
            List<Account> accounts = index.computeIfAbsent(key, k -> new ArrayList<>());
            if (!accounts.contains(account)) {
                accounts.add(account);
            }
        }
    }
}
