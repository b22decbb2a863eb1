package io.runtimeaccess.sharing.invite;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.keycloak.authentication.actiontoken.execactions.ExecuteActionsActionToken;
import org.keycloak.common.util.Time;
import org.keycloak.connections.jpa.JpaConnectionProvider;
import org.keycloak.email.EmailException;
import org.keycloak.email.EmailTemplateProvider;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.ModelDuplicateException;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.services.resources.LoginActionsService;
import org.keycloak.userprofile.UserProfileContext;
import org.keycloak.userprofile.UserProfileProvider;
import org.keycloak.userprofile.ValidationException;

/** One invitation: a new user of the realm, named by an email address, and the mail that asks them in. */
public final class Invitation {

    private static final Logger LOG = Logger.getLogger(Invitation.class);

    /** What the mail's link asks the new user to do, in this order: prove the address, then choose a password. */
    static final List<String> ACTIONS = List.of(UserModel.RequiredAction.VERIFY_EMAIL.name(),
            UserModel.RequiredAction.UPDATE_PASSWORD.name());

    /** Only the shape here; the realm's user profile checks the address as it checks any (its own validator). */
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+");

    private final String email;
    private final Map<String, Object> attributes;

    private Invitation(String email, Map<String, Object> attributes) {
        this.email = email;
        this.attributes = attributes;
    }

    /**
     * The invitation asked for; a missing or malformed address, or a name longer than Keycloak keeps, is a 400
     * naming the field. The address is the username too, lower-cased as Keycloak stores usernames.
     */
    static Invitation of(String email, String firstName, String lastName) {
        if (email == null || email.isBlank()) {
            throw BadRequest.invalid("email", "is required");
        }
        String address = Limits.text("email", email.trim(), Limits.USER_REF);
        if (!ADDRESS.matcher(address).matches()) {
            throw BadRequest.invalid("email", "'" + Limits.shown(address) + "' is not an email address");
        }
        Map<String, Object> attributes = new HashMap<>();
        attributes.put(UserModel.USERNAME, address.toLowerCase(Locale.ROOT));
        attributes.put(UserModel.EMAIL, address);
        putName(attributes, UserModel.FIRST_NAME, "firstName", firstName);
        putName(attributes, UserModel.LAST_NAME, "lastName", lastName);
        return new Invitation(address, attributes);
    }

    private static void putName(Map<String, Object> attributes, String attribute, String field, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(attribute, Limits.text(field, value.trim(), Limits.USER_REF));
        }
    }

    /**
     * Creates the user and mails the invitation, or changes nothing: a realm without a mail server or an address a
     * user has is a 409 naming {@code email}, a value the realm's user profile refuses a 400 naming its field, and a
     * mail server that does not take the mail a 502 (the user is not kept then).
     */
    UserModel send(KeycloakSession session, RealmModel realm) {
        Map<String, String> smtp = realm.getSmtpConfig();
        if (smtp == null || smtp.getOrDefault("host", "").isBlank()) {
            throw BadRequest.conflict("email", "the realm sends no mail: set its email server (Realm settings, Email)");
        }
        try {
            if (session.users().getUserByEmail(realm, email) != null
                    || session.users().getUserByUsername(realm, email) != null) {
                throw taken();
            }
            UserModel user = create(session);
            // the user's row and its unique keys are checked now, before a link to it is mailed
            session.getProvider(JpaConnectionProvider.class).getEntityManager().flush();
            mail(session, realm, user);
            return user;
        } catch (ModelDuplicateException raced) {
            // another invitation, or a realm that lets several users share an address
            BadRequest.rollbackRequest();
            throw taken();
        }
    }

    private BadRequest taken() {
        return BadRequest.conflict("email", "'" + Limits.shown(email) + "' is a user already: share with them");
    }

    private UserModel create(KeycloakSession session) {
        try {
            UserModel user = session.getProvider(UserProfileProvider.class)
                    .create(UserProfileContext.USER_API, attributes).create();
            user.setEnabled(true);
            return user;
        } catch (ValidationException refused) {
            ValidationException.Error first = refused.getErrors().get(0);
            // an attribute the invitation does not send (one the realm's profile requires) is named as it is
            String field = switch (first.getAttribute()) {
                case UserModel.FIRST_NAME -> "firstName";
                case UserModel.LAST_NAME -> "lastName";
                case UserModel.EMAIL, UserModel.USERNAME -> "email";
                default -> first.getAttribute();
            };
            Object[] parameters = first.getMessageParameters();
            String why = first.getMessage() + (parameters.length == 0 ? "" : " " + Arrays.toString(parameters));
            throw BadRequest.invalid(field, "the realm's user profile refuses it (" + why + "); a user it needs more"
                    + " of is created in Keycloak's console");
        }
    }

    /** Keycloak's own "execute actions" mail, with a link that lives as long as one an admin sends by hand. */
    private static void mail(KeycloakSession session, RealmModel realm, UserModel user) {
        int lifespan = realm.getActionTokenGeneratedByAdminLifespan();
        ExecuteActionsActionToken token = new ExecuteActionsActionToken(user.getId(), user.getEmail(),
                Time.currentTime() + lifespan, ACTIONS, null, Constants.ACCOUNT_MANAGEMENT_CLIENT_ID);
        UriInfo uri = session.getContext().getUri();
        String link = LoginActionsService.actionTokenProcessor(uri)
                .queryParam("key", token.serialize(session, realm, uri)).build(realm.getName()).toString();
        try {
            session.getProvider(EmailTemplateProvider.class)
                    .setAttribute(Constants.TEMPLATE_ATTR_REQUIRED_ACTIONS, token.getRequiredActions())
                    .setRealm(realm).setUser(user).sendExecuteActions(link, TimeUnit.SECONDS.toMinutes(lifespan));
        } catch (EmailException e) {
            // the link is a credential: it is never logged, nor is the user kept without it
            BadRequest.rollbackRequest();
            LOG.warnf("Realm '%s': the invitation mail was not sent (%s); the user was not created", realm.getName(),
                    Limits.loggable(e.getMessage()));
            throw BadRequest.badGateway("email", "the realm's mail server did not take the invitation; nothing was"
                    + " changed");
        }
    }
}
