package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.grant.PrincipalType;
import io.runtimeaccess.sharing.store.EndUserGroupEntity;
import io.runtimeaccess.sharing.store.GrantEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The grants of an import document, after its solutions and groups: matched by solution, principal, role and expiry
 * against those stored (read once per solution) and those this pass added, so a document of thousands of grants costs
 * a few queries; while applying, a grant not found is looked for again under the solution's lock.
 */
final class GrantImport {

    private final ImportPlan plan;
    private final boolean write;
    private final SharingStore store;
    private final SharingDocument doc;
    private final String importedBy;
    private final Map<String, SolutionEntity> solutionsByName;
    /** Solution names the document declares, new ones included. */
    private final Set<String> declaredSolutions;
    private final Map<String, EndUserGroupEntity> groupsByName;
    private final ImportPrincipals principals;
    private final ImportAccessChanges accessChanges;
    private final ImportLocks locks;
    private final Map<String, Set<String>> grantKeys = new HashMap<>();
    private final Map<String, List<String>> offered = new HashMap<>();

    GrantImport(ImportRun run, SharingStore store, SharingDocument doc, String importedBy, ImportLocks locks) {
        this.plan = run.plan;
        this.write = run.write;
        this.store = store;
        this.doc = doc;
        this.importedBy = importedBy;
        this.solutionsByName = run.solutionsByName();
        this.declaredSolutions = run.declaredSolutions();
        this.groupsByName = run.groupsByName();
        this.principals = run.principals();
        this.accessChanges = run.accessChanges();
        this.locks = locks;
    }

    void add(SharingDocument.Grant grant) {
        if (grant.solution == null || grant.solution.isBlank()) {
            throw BadRequest.invalid("grants.solution", "is required");
        }
        Instant expiresAt = grant.expiresAt == null || grant.expiresAt.isBlank() ? null
                : Limits.instant("grants.expiresAt", grant.expiresAt);
        Documents.checkSource(grant.source);
        Limits.text("grants.reason", grant.reason, Limits.TEXT);
        SolutionEntity solution = solutionsByName.get(grant.solution);
        if (solution == null && !declaredSolutions.contains(grant.solution)) {
            throw BadRequest.invalid("grants.solution", "no solution '" + Limits.shown(grant.solution) + "'");
        }
        String principalId = principals.id(grant, groupsByName);
        if (expiresAt != null && !expiresAt.isAfter(Instant.now())) {
            // it would give nothing and the clean-up would remove it again: importing an export twice must not
            // create it each time, nor may it count for the separation-of-duties guards
            plan.skipped.add(label(grant) + " expired at " + expiresAt);
            return;
        }
        // the expiry is part of the match: a permanent grant beside a timed one of the same role is a grant of its own
        String key = key(grant.principalType, principalId, grant.role, expiresAt == null ? null : expiresAt.toEpochMilli());
        Set<String> existing = existingGrants(grant.solution, solution);
        PrincipalType type = PrincipalType.valueOf(grant.principalType.toUpperCase(Locale.ROOT));
        if (write && solution != null && !existing.contains(key)) {
            // only a grant about to be stored is looked for again: an idempotent re-import costs no query per grant
            locks.grantsNow(solution, type, principalId).forEach(g -> existing.add(key(g)));
        }
        if (existing.contains(key)) {
            // as it is here, even of a role the Active Policy no longer offers: importing an export is idempotent
            plan.unchanged++;
            return;
        }
        List<String> offeredRoles = offered.computeIfAbsent(grant.solution,
                name -> Documents.offeredRoles(store, doc, name, solution));
        if (!offeredRoles.contains(grant.role)) {
            throw BadRequest.invalid("grants.role", "'" + Limits.shown(grant.role) + "' is not offered by the Active Policy of "
                    + grant.solution + ", which offers " + offeredRoles);
        }
        existing.add(key);
        accessChanges.grant(grant.principalType, principalId, solution == null ? null : solution.getId(), grant.role);
        plan.created.add(label(grant));
        if (write) {
            // The document's source and granter are not trusted: the import and the importing admin made it.
            store.persistGrant(solution, type, principalId, grant.role, expiresAt, GrantSource.IMPORT, importedBy,
                    grant.reason);
        }
    }

    private static String label(SharingDocument.Grant grant) {
        return "grant " + grant.solution + " " + grant.principalType + ":" + grant.principal + " " + grant.role;
    }

    /** The grant keys (type|principal|role|expiry) of a solution: those stored, and those this pass added. */
    private Set<String> existingGrants(String solutionName, SolutionEntity solution) {
        return grantKeys.computeIfAbsent(solutionName, name -> {
            Set<String> keys = new HashSet<>();
            if (solution != null) {
                store.grants(solution.getId()).forEach(g -> keys.add(key(g)));
            }
            return keys;
        });
    }

    private static String key(GrantEntity grant) {
        return key(grant.getPrincipalType(), grant.getPrincipalId(), grant.getRoleName(), grant.getExpiresAt());
    }

    private static String key(String principalType, String principalId, String role, Long expiresAt) {
        return principalType.toLowerCase(Locale.ROOT) + "|" + principalId + "|" + role + "|"
                + (expiresAt == null ? "" : expiresAt);
    }
}
