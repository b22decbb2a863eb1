package io.runtimeaccess.sharing.admin;

import io.runtimeaccess.events.actor.AdminNames;
import io.runtimeaccess.mappers.token.ContractValues;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapper;
import io.runtimeaccess.mappers.token.RuntimeAttributesTokenMapperConfig;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.claim.RuntimeAttributes;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.EndUserGroupStore;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.Listings;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.keycloak.models.KeycloakSession;
import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;

/**
 * Why a user has (or does not have) each role: every grant to the user and to its end-user groups, each
 * with the reason it counts or not, next to the claims its token carries. Grants that do not count are
 * listed too, with the first reason that applies: {@code expired}, {@code archived-group} (a group grant
 * through an archived group), {@code not-in-active-policy} (the Active Policy does not offer the role).
 * Memberships are read as stored, from every source; the identity-provider ones as last synced.
 */
final class AccessExplanation {

    static final String DIRECT = "direct";
    static final String GROUP = "group";
    static final String EXPIRED = "expired";
    static final String ARCHIVED_GROUP = "archived-group";
    static final String NOT_IN_ACTIVE_POLICY = "not-in-active-policy";

    private final KeycloakSession session;
    private final RealmModel realm;
    private final SharingStore store;
    private final Map<String, SolutionEntity> solutions = new HashMap<>();
    private final Map<String, List<String>> offered = new HashMap<>();

    AccessExplanation(KeycloakSession session, RealmModel realm) {
        this.session = session;
        this.realm = realm;
        this.store = new SharingStore(session, realm);
    }

    Map<String, Object> explain(UserModel user) {
        ContractValues claims = ContractValues.of(user, realm.getId(), mapperConfig());
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("id", user.getId());
        who.put("username", user.getUsername());
        who.put("email", user.getEmail());
        who.put("enabled", user.isEnabled());
        result.put("user", who);
        Map<String, Object> claimMap = new LinkedHashMap<>();
        claimMap.put("runtimeGroups", claims.runtimeGroups());
        claimMap.put("businessFilters", claims.businessFilters());
        claimMap.put("designerUser", claims.designerUser());
        claimMap.put("org_id", claims.orgId());
        result.put("claims", claimMap);
        // The check API's designer bypass: any swimlane permission, for an enabled user with the flag. The check reads
        // the contract's own attribute, whatever attribute the token mapper is configured to read.
        result.put("designerBypass", user.isEnabled() && RuntimeAttributes.subjectOf(user).designer());
        result.put("access", access(user.getId(), System.currentTimeMillis()));
        return result;
    }

    /** The realm's runtime-attributes mapper on a client scope, as tokens use it; the defaults if there is none. */
    private RuntimeAttributesTokenMapperConfig mapperConfig() {
        return realm.getClientScopesStream().flatMap(scope -> scope.getProtocolMappersStream())
                .filter(m -> RuntimeAttributesTokenMapper.PROVIDER_ID.equals(m.getProtocolMapper()))
                .findFirst().map(RuntimeAttributesTokenMapper::config).orElseGet(ContractValues::defaults);
    }

    private List<Map<String, Object>> access(String userId, long now) {
        List<Map<String, Object>> access = new ArrayList<>();
        for (GrantEntity grant : store.grantsTo(PrincipalType.USER, userId)) {
            access.add(entry(grant, null, now));
        }
        EndUserGroupStore groups = new EndUserGroupStore(session, realm);
        for (String groupId : new Listings(session, realm).groupIdsOf(userId)) {
            EndUserGroupEntity group = groups.group(groupId);
            for (GrantEntity grant : store.grantsTo(PrincipalType.GROUP, groupId)) {
                access.add(entry(grant, group, now));
            }
        }
        return access;
    }

    private Map<String, Object> entry(GrantEntity grant, EndUserGroupEntity viaGroup, long now) {
        SolutionEntity solution = solutions.computeIfAbsent(grant.getSolutionId(), store::solution);
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("solutionId", solution.getId());
        entry.put("solutionName", solution.getName());
        entry.put("role", grant.getRoleName());
        entry.put("reason", reason(grant, solution, viaGroup, now));
        entry.put("viaGroup", viaGroup == null ? null : viaGroup.getName());
        // the id too, so the console links the group without looking it up by its name
        entry.put("viaGroupId", viaGroup == null ? null : viaGroup.getId());
        entry.put("grantId", grant.getId());
        entry.put("expiresAt", grant.getExpiresAt() == null ? null : Instant.ofEpochMilli(grant.getExpiresAt()).toString());
        entry.put("source", grant.getSource().toLowerCase(Locale.ROOT));
        entry.put("grantedBy", grant.getGrantedBy());
        entry.put("grantedByUsername", AdminNames.username(session, realm, grant.getGrantedBy()));
        return entry;
    }

    private String reason(GrantEntity grant, SolutionEntity solution, EndUserGroupEntity viaGroup, long now) {
        if (grant.getExpiresAt() != null && now >= grant.getExpiresAt()) {
            return EXPIRED;
        }
        if (viaGroup != null && viaGroup.isArchived()) {
            return ARCHIVED_GROUP;
        }
        if (!offeredRoles(solution).contains(grant.getRoleName())) {
            return NOT_IN_ACTIVE_POLICY;
        }
        return viaGroup == null ? DIRECT : GROUP;
    }

    private List<String> offeredRoles(SolutionEntity solution) {
        return offered.computeIfAbsent(solution.getId(), id -> {
            if (solution.getActiveBuildId() == null) {
                return List.of();
            }
            BuildEntity active = store.build(solution, solution.getActiveBuildId());
            List<String> roles = Policies.read(active.getPolicy()).roles;
            return roles == null ? List.of() : roles;
        });
    }
}
