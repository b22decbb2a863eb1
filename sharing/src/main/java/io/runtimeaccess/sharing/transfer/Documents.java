package io.runtimeaccess.sharing.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.api.Limits;
import io.runtimeaccess.sharing.api.Policies;
import io.runtimeaccess.sharing.api.Representations;
import io.runtimeaccess.sharing.grant.GrantSource;
import io.runtimeaccess.sharing.store.BuildEntity;
import io.runtimeaccess.sharing.store.SharingStore;
import io.runtimeaccess.sharing.store.SolutionEntity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.keycloak.util.JsonSerialization;

/** Comparisons and checks of an import document's values. */
final class Documents {

    private static final String SOURCES = Arrays.stream(GrantSource.values())
            .map(source -> source.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private Documents() {
    }

    /**
     * An export carries each grant's source; an import checks it is a known one and then records
     * {@code import}, so a document cannot present its grants as approved recommendations or
     * just-in-time access.
     */
    static void checkSource(String source) {
        if (source == null) {
            return;
        }
        try {
            GrantSource.valueOf(source.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw BadRequest.invalid("grants.source", "'" + Limits.shown(source) + "' is not one of " + SOURCES);
        }
    }

    static boolean samePolicy(String a, String b) {
        return tree(a).equals(tree(b));
    }

    static boolean sameAttributes(String a, String b) {
        return Objects.equals(a == null ? null : tree(a), b == null ? null : tree(b));
    }

    private static JsonNode tree(String json) {
        try {
            return JsonSerialization.mapper.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The roles of the build that will be the Active Policy once the document is applied. */
    static List<String> offeredRoles(SharingStore store, SharingDocument doc, String solutionName,
            SolutionEntity solution) {
        SharingDocument.Solution declared = doc.solutions == null ? null : doc.solutions.stream()
                .filter(s -> s != null && solutionName.equals(s.name)).findFirst().orElse(null);
        if (declared != null && declared.activeBuild != null) {
            for (Representations.Build build : declared.builds == null ? List.<Representations.Build>of() : declared.builds) {
                if (build != null && declared.activeBuild.equals(build.name)) {
                    return build.roles == null ? List.of() : build.roles;
                }
            }
            // a stored build the document activates without listing it: the plan and the apply must both read it,
            // not the build active before the import (which the apply pass has already replaced)
            BuildEntity stored = solution == null ? null : store.builds(solution.getId()).stream()
                    .filter(build -> declared.activeBuild.equals(build.getName())).findFirst().orElse(null);
            if (stored != null) {
                return Policies.read(stored.getPolicy()).roles;
            }
        }
        if (solution != null && solution.getActiveBuildId() != null) {
            return Policies.read(store.build(solution, solution.getActiveBuildId()).getPolicy()).roles;
        }
        return List.of();
    }
}
