package io.runtimeaccess.mappers.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.representations.userprofile.config.UPAttribute;
import org.keycloak.representations.userprofile.config.UPAttributePermissions;
import org.keycloak.representations.userprofile.config.UPConfig;
import org.keycloak.userprofile.UserProfileProvider;

/**
 * Checks the realm's user profile against the user attributes that runtime-access authorization reads
 * (groups, business filters, the designer flag) and says so in the server log. Two things go wrong:
 * Keycloak 24+ silently drops an attribute the profile does not declare, so every imported group
 * vanishes; and an attribute users may edit themselves lets any user grant itself a group or the
 * designer bypass, which is logged as an error. Knows nothing about the mappers: callers pass the names.
 */
public final class AttributeDeclarationCheck {

    private static final Logger LOG = Logger.getLogger(AttributeDeclarationCheck.class);

    /** The user-profile role that stands for the user itself (Account Console, Account REST API). */
    static final String USER_ROLE = "user";

    private AttributeDeclarationCheck() {
    }

    /** What is wrong with {@code attributes} in one realm's profile, each list sorted. */
    public record Findings(List<String> ignored, List<String> selfEditable) {

        public boolean isEmpty() {
            return ignored.isEmpty() && selfEditable.isEmpty();
        }
    }

    /** Logs the findings for {@code attributes} in {@code realm}: an error for self-editable ones, a warning for ignored ones. */
    public static void check(KeycloakSession session, RealmModel realm, Collection<String> attributes, String trigger) {
        if (attributes.isEmpty()) {
            return;
        }
        Findings findings = findings(profileOf(session, realm), attributes);
        if (!findings.selfEditable().isEmpty()) {
            LOG.errorf("SECURITY: realm '%s' (%s): users can edit the user attribute(s) %s themselves, and "
                    + "runtime-access grants groups, business filters and the designer bypass from them, so any user "
                    + "can grant itself access. Realm settings > User profile: declare them with edit for admin only "
                    + "(and set Unmanaged attributes to anything but Enabled).", realm.getName(), trigger,
                    findings.selfEditable());
        }
        if (!findings.ignored().isEmpty()) {
            LOG.warnf("Realm '%s' (%s): runtime-access mappers use user attribute(s) %s, but the realm's user profile "
                    + "does not declare them, so Keycloak will ignore them. Declare them in Realm settings > User "
                    + "profile with view and edit for admins only.", realm.getName(), trigger, findings.ignored());
        }
    }

    /**
     * Undeclared attributes are ignored unless unmanaged attributes are on: then ENABLED lets users edit
     * them, while ADMIN_EDIT and ADMIN_VIEW keep them admin-only. A declared attribute is self-editable
     * when its edit permission includes the user.
     */
    public static Findings findings(UPConfig profile, Collection<String> attributes) {
        UPConfig.UnmanagedAttributePolicy unmanaged = profile.getUnmanagedAttributePolicy();
        List<String> ignored = new ArrayList<>();
        List<String> selfEditable = new ArrayList<>();
        for (String name : new TreeSet<>(attributes)) {
            UPAttribute declared = declaration(profile, name);
            if (declared != null) {
                if (userMayEdit(declared.getPermissions())) {
                    selfEditable.add(name);
                }
            } else if (unmanaged == null) {
                ignored.add(name);
            } else if (unmanaged == UPConfig.UnmanagedAttributePolicy.ENABLED) {
                selfEditable.add(name);
            }
        }
        return new Findings(List.copyOf(ignored), List.copyOf(selfEditable));
    }

    /**
     * Whether users can set {@code attribute} on themselves in {@code realm}: then nothing that decides access may
     * trust it (a user naming their own approver or reviewer in a {@code manager} attribute, say).
     */
    public static boolean selfEditable(KeycloakSession session, RealmModel realm, String attribute) {
        return !findings(profileOf(session, realm), List.of(attribute)).selfEditable().isEmpty();
    }

    /** The profile's declaration of {@code name}, or null; a profile built by hand may have no attribute list. */
    public static UPAttribute declaration(UPConfig profile, String name) {
        return profile.getAttributes() == null ? null : profile.getAttribute(name);
    }

    private static boolean userMayEdit(UPAttributePermissions permissions) {
        return permissions != null && permissions.getEdit() != null && permissions.getEdit().contains(USER_ROLE);
    }

    public static UPConfig profileOf(KeycloakSession session, RealmModel realm) {
        return inRealm(session, realm, () -> session.getProvider(UserProfileProvider.class).getConfiguration());
    }

    /** Identity-provider storage and the user profile read the realm from the session context. */
    public static <T> T inRealm(KeycloakSession session, RealmModel realm, Supplier<T> work) {
        RealmModel previous = session.getContext().getRealm();
        session.getContext().setRealm(realm);
        try {
            return work.get();
        } finally {
            session.getContext().setRealm(previous);
        }
    }
}
