package io.runtimeaccess.mappers.idp;

import io.runtimeaccess.mappers.LogText;
import io.runtimeaccess.mappers.ParsedConfigCache;
import io.runtimeaccess.mappers.claim.AttributeUpdate;
import io.runtimeaccess.mappers.claim.ClaimImport;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.broker.provider.AbstractIdentityProviderMapper;
import org.keycloak.broker.provider.BrokeredIdentityContext;
import org.keycloak.models.IdentityProviderMapperModel;
import org.keycloak.models.IdentityProviderSyncMode;
import org.keycloak.models.Constants;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Writes what the identity provider asserted into one user attribute, on the first login and, in
 * FORCE and LEGACY sync mode, on every later login, so the attribute is always what the IdP sends now.
 * Keycloak's sync-mode delegate decides which of the hooks below runs. Nothing here may fail a login:
 * a claim sent but unreadable removes the attribute (keeping it would keep what the provider no longer asserts),
 * and a bad configuration is logged and leaves the attribute as it was.
 */
public abstract class AbstractRuntimeAttributeMapper extends AbstractIdentityProviderMapper {

    /** The help texts' second half, the same for both importers: what the sync mode does to the attribute. */
    static final String SYNC_HELP = " With sync mode Force (as the realm templates set it) the attribute becomes what the"
            + " identity provider sends at every login, so a group removed there is gone; with Import, the default of a"
            + " new identity provider, it is written at the first login only.";

    private static final Logger LOG = Logger.getLogger(AbstractRuntimeAttributeMapper.class);

    private final ParsedConfigCache<ClaimImport> rules = new ParsedConfigCache<>(this::parseRule);

    /** Builds the import rule from a mapper configuration; throws IllegalArgumentException naming the field. */
    protected abstract ClaimImport parseRule(Map<String, String> config);

    /** The claim sets the IdP sent, in lookup order. */
    protected abstract List<Map<String, Object>> claimSets(BrokeredIdentityContext context);

    /** The mapper model both importers' {@code create(...)} helpers build; sources are joined as Keycloak stores them. */
    static IdentityProviderMapperModel model(String providerId, String sourcesKey, String name, String idpAlias,
            String userAttribute, IdentityProviderSyncMode syncMode, String... sources) {
        IdentityProviderMapperModel mapper = new IdentityProviderMapperModel();
        mapper.setName(name);
        mapper.setIdentityProviderAlias(idpAlias);
        mapper.setIdentityProviderMapper(providerId);
        mapper.setConfig(new HashMap<>());
        mapper.getConfig().put(IdentityProviderMapperModel.SYNC_MODE, syncMode.toString());
        mapper.getConfig().put(RuntimeAttributeMapperConfig.USER_ATTRIBUTE, userAttribute);
        mapper.getConfig().put(sourcesKey, String.join(Constants.CFG_DELIMITER, sources));
        return mapper;
    }

    /**
     * What is wrong with one of our mappers' configuration, or null. Keycloak offers identity-provider
     * mappers no validation on save, so the declaration check logs this when one is saved.
     */
    public static String configProblem(IdentityProviderMapperModel mapperModel) {
        AbstractRuntimeAttributeMapper mapper = RuntimeAttributeSamlIdpMapper.PROVIDER_ID
                .equals(mapperModel.getIdentityProviderMapper()) ? new RuntimeAttributeSamlIdpMapper()
                : new RuntimeAttributeIdpMapper();
        try {
            mapper.parseRule(mapperModel.getConfig() == null ? Map.of() : mapperModel.getConfig());
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    @Override
    public boolean supportsSyncMode(IdentityProviderSyncMode syncMode) {
        return true;
    }

    @Override
    public String getDisplayCategory() {
        return "Attribute Importer";
    }

    /**
     * Deliberately empty: values are written to the user after it exists. Handing them to the
     * first-login review form would expose admin-only attributes to the user profile checks of a
     * form the user fills in.
     */
    @Override
    public void preprocessFederatedIdentity(KeycloakSession session, RealmModel realm,
            IdentityProviderMapperModel mapperModel, BrokeredIdentityContext context) {
    }

    @Override
    public void importNewUser(KeycloakSession session, RealmModel realm, UserModel user,
            IdentityProviderMapperModel mapperModel, BrokeredIdentityContext context) {
        sync(user, mapperModel, context);
    }

    @Override
    public void updateBrokeredUser(KeycloakSession session, RealmModel realm, UserModel user,
            IdentityProviderMapperModel mapperModel, BrokeredIdentityContext context) {
        sync(user, mapperModel, context);
    }

    /** LEGACY mode behaves like FORCE: a group removed at the IdP must disappear at the next login. */
    @Override
    public void updateBrokeredUserLegacy(KeycloakSession session, RealmModel realm, UserModel user,
            IdentityProviderMapperModel mapperModel, BrokeredIdentityContext context) {
        sync(user, mapperModel, context);
    }

    private void sync(UserModel user, IdentityProviderMapperModel mapperModel, BrokeredIdentityContext context) {
        String attribute = new RuntimeAttributeMapperConfig(mapperModel.getConfig()).userAttribute();
        try {
            ClaimImport rule = rules.get(mapperModel.getId(), mapperModel.getConfig());
            AttributeUpdate update = rule.evaluate(claimSets(context));
            apply(user, attribute, update);
            report(mapperModel, user, attribute, update);
        } catch (IllegalArgumentException e) {
            LOG.errorf("Runtime attribute mapper '%s' of identity provider '%s' is misconfigured: %s. "
                    + "Attribute '%s' of user '%s' left unchanged.", mapperModel.getName(),
                    mapperModel.getIdentityProviderAlias(), e.getMessage(), attribute, LogText.safe(user.getUsername()));
        } catch (RuntimeException e) {
            // A login must never fail because of this mapper; keep the stack trace for the operator.
            LOG.errorf(e, "Runtime attribute mapper '%s' of identity provider '%s' could not import '%s' for "
                    + "user '%s'; attribute left unchanged.", mapperModel.getName(),
                    mapperModel.getIdentityProviderAlias(), attribute, LogText.safe(user.getUsername()));
        }
    }

    static void apply(UserModel user, String attribute, AttributeUpdate update) {
        switch (update.action()) {
            case REPLACE:
                List<String> current = user.getAttributeStream(attribute).collect(Collectors.toList());
                // the database keeps no order of a user's attribute values: compare them as sets, or every login
                // would rewrite the rows and evict the user from every node's cache
                if (!sameValues(current, update.values())) {
                    user.setAttribute(attribute, update.values());
                }
                break;
            case REMOVE:
                if (user.getFirstAttribute(attribute) != null) {
                    user.removeAttribute(attribute);
                }
                break;
            default:
                break;
        }
    }

    private static boolean sameValues(List<String> current, List<String> wanted) {
        if (current.size() != wanted.size()) {
            return false;
        }
        List<String> left = new ArrayList<>(current);
        List<String> right = new ArrayList<>(wanted);
        Collections.sort(left);
        Collections.sort(right);
        return left.equals(right);
    }

    private static void report(IdentityProviderMapperModel mapperModel, UserModel user, String attribute,
            AttributeUpdate update) {
        if (update.isInvalid()) {
            LOG.warnf("Runtime attribute mapper '%s' of identity provider '%s': %s. Attribute '%s' of user '%s' "
                    + "removed: a claim that cannot be read grants nothing.%s", mapperModel.getName(), mapperModel.getIdentityProviderAlias(),
                    update.problem(), attribute, LogText.safe(user.getUsername()), notes(update));
        } else if (!update.claimSent()) {
            LOG.debugf("Runtime attribute mapper '%s' of identity provider '%s' applied %s to '%s' of user '%s':%s",
                    mapperModel.getName(), mapperModel.getIdentityProviderAlias(), update.action(), attribute,
                    LogText.safe(user.getUsername()), notes(update));
        } else if (!update.notes().isEmpty()) {
            LOG.infof("Runtime attribute mapper '%s' of identity provider '%s' set '%s' of user '%s' to %d value(s):%s",
                    mapperModel.getName(), mapperModel.getIdentityProviderAlias(), attribute, LogText.safe(user.getUsername()),
                    update.values().size(), notes(update));
        } else if (!update.filtered().isEmpty() && LOG.isDebugEnabled()) {
            // the admin's own pattern or allow-list at work, at every login: not worth a line at INFO
            LOG.debugf("Runtime attribute mapper '%s' of identity provider '%s' set '%s' of user '%s' to %d value(s): %s.",
                    mapperModel.getName(), mapperModel.getIdentityProviderAlias(), attribute, LogText.safe(user.getUsername()),
                    update.values().size(), String.join("; ", update.filtered()));
        }
    }

    private static String notes(AttributeUpdate update) {
        return update.notes().isEmpty() ? "" : " " + String.join("; ", update.notes()) + ".";
    }
}
