package io.runtimeaccess.lifecycle.onboarding;

import io.runtimeaccess.governance.run.Onboarding;
import io.runtimeaccess.governance.run.RunEntity;
import io.runtimeaccess.lifecycle.actor.AdminActor;
import io.runtimeaccess.lifecycle.identity.Account;
import io.runtimeaccess.lifecycle.identity.DuplicateFinder;
import io.runtimeaccess.lifecycle.identity.PossibleDuplicate;
import io.runtimeaccess.lifecycle.onboard.NewUser;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.audit.ServerAdminEvents;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.events.admin.OperationType;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.userprofile.UserProfile;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;
import org.keycloak.util.JsonSerialization;

/**
 * Onboards the users of a CSV in the request's transaction: each row that resembles no existing account (nor an
 * earlier row) becomes an account through Keycloak's user profile, as the admin API creates users, so the realm's
 * attribute rules apply; a row that resembles one is reported, not created. The created users' recommended access
 * is then submitted to the governance proposal queue as one onboarding run. A row the user profile refuses is a
 * 400 naming its line and column, and nothing of the file is kept.
 */
public final class CsvOnboarding {

    private final KeycloakSession session;
    private final RealmModel realm;

    public CsvOnboarding(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
    }

    public Map<String, Object> onboard(List<NewUser> rows, AdminActor actor) {
        DuplicateFinder finder = existingAccounts(rows);
        List<Map<String, Object>> created = new ArrayList<>();
        List<Map<String, Object>> duplicates = new ArrayList<>();
        Map<String, Integer> lineOfCreated = new HashMap<>();
        List<String> createdIds = new ArrayList<>();
        for (NewUser row : rows) {
            Account candidate = candidate(row);
            List<PossibleDuplicate> matches = finder.find(candidate);
            if (!matches.isEmpty()) {
                duplicates.add(duplicate(row, matches, lineOfCreated));
                continue;
            }
            UserModel user = create(row);
            finder.add(account(user));
            lineOfCreated.put(user.getId(), row.line());
            createdIds.add(user.getId());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("line", row.line());
            entry.put("userId", user.getId());
            entry.put("username", user.getUsername());
            created.add(entry);
            ServerAdminEvents.record(session, realm, OperationType.CREATE, "lifecycle/onboarding/users/" + user.getId(),
                    entry, actor.auth());
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("created", created);
        result.put("possibleDuplicates", duplicates);
        result.put("recommendations", createdIds.isEmpty() ? null : recommend(createdIds));
        return result;
    }

    /**
     * The accounts of the realm that resemble a row (a client's service account too: its username is taken, so a row
     * naming it is flagged rather than refusing the whole file), read once as five columns and
     * streamed: not as users, which would fill the node's user cache with the whole realm and keep every entity in
     * this request's persistence context; and only those sharing a key with a row are kept, so a one-row file in a
     * realm of a million accounts holds a handful, not the realm. Users of a user-storage provider that are not
     * imported are not compared: they are not in Keycloak's table.
     */
    private DuplicateFinder existingAccounts(List<NewUser> rows) {
        DuplicateFinder finder = DuplicateFinder.lookingFor(rows.stream().map(CsvOnboarding::candidate).toList());
        session.getProvider(JpaConnectionProvider.class).getEntityManager().createQuery("select u.id, u.username,"
                + " u.email, u.firstName, u.lastName from UserEntity u where u.realmId = :realmId", Object[].class)
                .setParameter("realmId", realm.getId()).getResultStream()
                .forEach(row -> finder.add(new Account((String) row[0], (String) row[1], (String) row[2],
                        (String) row[3], (String) row[4])));
        return finder;
    }

    private static Account candidate(NewUser row) {
        return new Account(null, row.username(), row.email(), row.firstName(), row.lastName());
    }

    private static Account account(UserModel user) {
        return new Account(user.getId(), user.getUsername(), user.getEmail(), user.getFirstName(), user.getLastName());
    }

    private UserModel create(NewUser row) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        attributes.put(UserModel.USERNAME, List.of(row.username()));
        put(attributes, UserModel.EMAIL, row.email());
        put(attributes, UserModel.FIRST_NAME, row.firstName());
        put(attributes, UserModel.LAST_NAME, row.lastName());
        row.attributes().forEach((name, value) -> attributes.put(name, List.of(value)));
        UserProfile profile = session.getProvider(UserProfileProvider.class).create(UserProfileContext.USER_API,
                attributes);
        try {
            UserModel user = profile.create();
            user.setEnabled(true);
            return user;
        } catch (ValidationException e) {
            String attribute = e.getErrors().isEmpty() ? "username" : e.getErrors().get(0).getAttribute();
            throw BadRequest.invalid("csv.line." + row.line() + "." + attribute,
                    "refused by the realm's user profile (" + (e.getErrors().isEmpty() ? "invalid"
                            : e.getErrors().get(0).getMessage()) + "); no user of the file was created");
        }
    }

    private static void put(Map<String, List<String>> attributes, String name, String value) {
        if (value != null) {
            attributes.put(name, List.of(value));
        }
    }

    private static Map<String, Object> duplicate(NewUser row, List<PossibleDuplicate> matches,
            Map<String, Integer> lineOfCreated) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("line", row.line());
        entry.put("username", row.username());
        entry.put("email", row.email());
        List<Map<String, Object>> accounts = new ArrayList<>();
        for (PossibleDuplicate match : matches) {
            Map<String, Object> account = new LinkedHashMap<>();
            account.put("userId", match.account().id());
            account.put("username", match.account().username());
            account.put("matchedOn", match.on());
            account.put("createdFromLine", lineOfCreated.get(match.account().id()));
            accounts.add(account);
        }
        entry.put("matches", accounts);
        return entry;
    }

    /** The governance module's onboarding run for the new users; its counts, or why there is none. */
    private Map<String, Object> recommend(List<String> userIds) {
        RunEntity run = Onboarding.onboard(session, realm, userIds);
        Map<String, Object> recommendations = new LinkedHashMap<>();
        if (run == null) {
            recommendations.put("runId", null);
            recommendations.put("note", "access-intelligence mode is off in this realm: no proposals were made");
            return recommendations;
        }
        recommendations.put("runId", run.getId());
        try {
            recommendations.put("counts", JsonSerialization.mapper.readTree(run.getCounts()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return recommendations;
    }
}
