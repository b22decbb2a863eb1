package io.runtimeaccess.sharing.transfer;

import io.runtimeaccess.sharing.api.BadRequest;
import io.runtimeaccess.sharing.store.OwnedObject;
import io.runtimeaccess.sharing.store.OwnerStore;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.keycloak.models.UserModel;

/**
 * The owners an import document names for its solutions and end-user groups. Like members and grants they are
 * added when missing and never removed, so applying a document twice adds nothing the second time; the realm's
 * owners are read in one query up front.
 */
final class OwnerImport {

    private final OwnerStore store;
    private final ImportPlan plan;
    private final boolean write;
    private final Map<OwnedObject, Set<String>> stored;
    /** Per object label ("solution Payments"), the user ids this pass added: a new object has no id in a dry run. */
    private final Map<String, Set<String>> added = new HashMap<>();

    OwnerImport(OwnerStore store, ImportPlan plan, boolean write) {
        this.store = store;
        this.plan = plan;
        this.write = write;
        this.stored = store.all();
    }

    /**
     * Makes {@code user} an owner of {@code object} ({@code null} while a dry run plans a new one) unless they are;
     * {@code label} names the object in the plan, {@code field} in a refusal.
     */
    void add(String field, OwnedObject object, String label, UserModel user) {
        Set<String> current = object == null ? Set.of() : stored.getOrDefault(object, Set.of());
        Set<String> planned = added.computeIfAbsent(label, k -> new HashSet<>());
        if (current.contains(user.getId()) || planned.contains(user.getId())) {
            plan.unchanged++;
            return;
        }
        if (current.size() + planned.size() >= OwnerStore.MAX_OWNERS) {
            throw BadRequest.invalid(field, label + " would have more than " + OwnerStore.MAX_OWNERS + " owners");
        }
        planned.add(user.getId());
        plan.created.add("owner " + label + "/" + user.getUsername());
        if (write) {
            store.add(object, user.getId());
        }
    }
}
