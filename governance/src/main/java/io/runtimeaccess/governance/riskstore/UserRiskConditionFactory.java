package io.runtimeaccess.governance.riskstore;

import java.util.List;
import java.util.Map;
import org.keycloak.Config;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticator;
import org.keycloak.authentication.authenticators.conditional.ConditionalAuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel.Requirement;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;
import org.keycloak.provider.ProviderConfigurationBuilder;

/**
 * "Condition - user risk": lets a conditional sub-flow (e.g. Conditional OTP) run only for users whose stored
 * risk is at least a threshold, as Keycloak's "Condition - user role" does for a role.
 */
public class UserRiskConditionFactory implements ConditionalAuthenticatorFactory {

    public static final String PROVIDER_ID = "runtime-access-condition-user-risk";
    public static final String THRESHOLD = "threshold";
    public static final String NEGATE = "negate";
    public static final String UNSCORED_RISKY = "unscoredRisky";
    public static final int DEFAULT_THRESHOLD = 70;

    private static final Requirement[] REQUIREMENT_CHOICES = {Requirement.REQUIRED, Requirement.DISABLED};

    private static final List<ProviderConfigProperty> CONFIG = ProviderConfigurationBuilder.create()
            .property().name(THRESHOLD).label("Risk threshold")
            .helpText("The condition holds for users whose stored risk score (0-100) is at least this value. "
                    + "70 is where the level 'high' starts, 40 'medium'.")
            .type(ProviderConfigProperty.STRING_TYPE).defaultValue(String.valueOf(DEFAULT_THRESHOLD)).add()
            .property().name(NEGATE).label("Negate output")
            .helpText("Apply a NOT to the result: the condition holds for users below the threshold.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
            .property().name(UNSCORED_RISKY).label("Users without a score are risky")
            .helpText("A user whose risk was never computed counts as score 0 (not risky) unless this is on. "
                    + "The score is never computed during a sign-in.")
            .type(ProviderConfigProperty.BOOLEAN_TYPE).defaultValue("false").add()
            .build();

    /** The configured threshold, the default when absent or not a whole number within 0..100. */
    static int threshold(Map<String, String> config) {
        String value = config.get(THRESHOLD);
        if (value == null || value.isBlank()) {
            return DEFAULT_THRESHOLD;
        }
        try {
            int threshold = Integer.parseInt(value.trim());
            return threshold < 0 || threshold > 100 ? DEFAULT_THRESHOLD : threshold;
        } catch (NumberFormatException e) {
            return DEFAULT_THRESHOLD;
        }
    }

    @Override
    public ConditionalAuthenticator getSingleton() {
        return UserRiskCondition.SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Condition - user risk";
    }

    @Override
    public String getHelpText() {
        return "Holds when the user's stored risk score (Runtime Access user risk) is at least the threshold.";
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES;
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG;
    }

    @Override
    public void init(Config.Scope config) {
    }

    /**
     * Stored risks go with their user or realm, and follow the user's findings; registered here, the risk concept's
     * one Keycloak factory.
     */
    @Override
    public void postInit(KeycloakSessionFactory factory) {
        RiskRemoval.register(factory);
        RiskAfterFindings.register(factory);
    }

    @Override
    public void close() {
        RiskAfterFindings.shutdown();
    }
}
