package io.runtimeaccess.governance.riskstore;

import java.util.Map;
import org.keycloak.authentication.AuthenticationFlowContext;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.models.AuthenticatorConfigModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * True when the signing-in user's STORED risk is at or above the configured threshold (or below it, negated).
 * Reads one indexed row; never computes a risk during a sign-in. A user without a stored risk counts as
 * {@link UserRiskConditionFactory#UNSCORED_RISKY} says: not risky by default (score 0), since a realm that
 * turns the condition on before its first run must not lock every user into a second factor; an admin who
 * prefers failing closed sets it.
 */
public final class UserRiskCondition implements ConditionalAuthenticator {

    static final UserRiskCondition SINGLETON = new UserRiskCondition();

    @Override
    public boolean matchCondition(AuthenticationFlowContext context) {
        UserModel user = context.getUser();
        if (user == null) {
            return false;
        }
        Map<String, String> config = config(context.getAuthenticatorConfig());
        int threshold = UserRiskConditionFactory.threshold(config);
        boolean negate = Boolean.parseBoolean(config.get(UserRiskConditionFactory.NEGATE));
        boolean risky = risky(context.getSession(), context.getRealm(), user, threshold,
                Boolean.parseBoolean(config.get(UserRiskConditionFactory.UNSCORED_RISKY)));
        return negate != risky;
    }

    static boolean risky(KeycloakSession session, RealmModel realm, UserModel user, int threshold,
            boolean unscoredRisky) {
        return UserRiskStore.score(session, realm, user.getId()).map(score -> score >= threshold).orElse(unscoredRisky);
    }

    private static Map<String, String> config(AuthenticatorConfigModel model) {
        return model == null || model.getConfig() == null ? Map.of() : model.getConfig();
    }

    @Override
    public void action(AuthenticationFlowContext context) {
        // a condition has no form to answer
    }

    @Override
    public boolean requiresUser() {
        return true;
    }

    @Override
    public void setRequiredActions(KeycloakSession session, RealmModel realm, UserModel user) {
        // a condition asks nothing of the user
    }

    @Override
    public void close() {
    }
}
