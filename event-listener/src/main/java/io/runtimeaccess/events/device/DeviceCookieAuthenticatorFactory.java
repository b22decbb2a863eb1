package io.runtimeaccess.events.device;

import java.util.List;
import org.keycloak.Config;
import org.keycloak.authentication.Authenticator;
import org.keycloak.authentication.AuthenticatorFactory;
import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.KeycloakSessionFactory;
import org.keycloak.provider.ProviderConfigProperty;

/**
 * The {@code runtime-access-device-cookie} flow step. Admins add it as REQUIRED inside the browser
 * flow's "forms" sub-flow, after the username/password form; see docs/anomaly-detection.md.
 */
public class DeviceCookieAuthenticatorFactory implements AuthenticatorFactory {

    public static final String PROVIDER_ID = "runtime-access-device-cookie";

    private static final DeviceCookieAuthenticator SINGLETON = new DeviceCookieAuthenticator();
    private static final AuthenticationExecutionModel.Requirement[] REQUIREMENT_CHOICES = {
        AuthenticationExecutionModel.Requirement.REQUIRED, AuthenticationExecutionModel.Requirement.DISABLED};
    private static final List<ProviderConfigProperty> CONFIG_PROPERTIES = DeviceCookieConfig.properties();

    @Override
    public Authenticator create(KeycloakSession session) {
        return SINGLETON;
    }

    @Override
    public String getId() {
        return PROVIDER_ID;
    }

    @Override
    public String getDisplayType() {
        return "Runtime Access: device cookie";
    }

    @Override
    public String getHelpText() {
        return "Recognises the browser of a sign-in for anomaly scoring: sets a long-lived, random, HttpOnly device "
                + "cookie and adds a digest of it to the LOGIN event (never the cookie itself). Never asks the user "
                + "anything and never fails a login. Add it as REQUIRED inside the 'forms' sub-flow, after the "
                + "username/password form; as a REQUIRED step at the top level of the browser flow it would switch "
                + "off the ALTERNATIVE Cookie step (single sign-on).";
    }

    @Override
    public String getReferenceCategory() {
        return null;
    }

    @Override
    public boolean isConfigurable() {
        return true;
    }

    @Override
    public AuthenticationExecutionModel.Requirement[] getRequirementChoices() {
        return REQUIREMENT_CHOICES.clone();
    }

    @Override
    public boolean isUserSetupAllowed() {
        return false;
    }

    @Override
    public List<ProviderConfigProperty> getConfigProperties() {
        return CONFIG_PROPERTIES;
    }

    @Override
    public void init(Config.Scope config) {
    }

    @Override
    public void postInit(KeycloakSessionFactory factory) {
    }

    @Override
    public void close() {
    }
}
