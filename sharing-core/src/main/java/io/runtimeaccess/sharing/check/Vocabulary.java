package io.runtimeaccess.sharing.check;

import io.runtimeaccess.sharing.policy.Action;
import io.runtimeaccess.sharing.policy.Build;
import io.runtimeaccess.sharing.policy.Resource;
import io.runtimeaccess.sharing.policy.ResourceKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The resource types and action names of an index's Active Policies, interned to small ints when the index is
 * built, so a check compares ints and indexes arrays instead of comparing names. The fixed actions keep their
 * {@link Action} ordinal and the fixed types their {@link ResourceKind} ordinal, in every index.
 */
public final class Vocabulary {

    /** A name no Active Policy uses. */
    public static final int UNKNOWN = -1;

    private final Map<String, Integer> typeIds = new HashMap<>();
    private final List<String> types = new ArrayList<>();
    private final Map<String, Integer> actionIds = new HashMap<>();
    private final List<String> actions = new ArrayList<>();

    Vocabulary(Iterable<Build> builds) {
        for (ResourceKind kind : ResourceKind.values()) {
            intern(typeIds, types, kind.type());
        }
        for (Action action : Action.values()) {
            intern(actionIds, actions, action.wireName());
        }
        for (Build build : builds) {
            for (Resource resource : build.resources()) {
                intern(typeIds, types, resource.type());
                resource.rolesByAction().keySet().forEach(action -> intern(actionIds, actions, action));
            }
        }
    }

    private static void intern(Map<String, Integer> ids, List<String> names, String name) {
        if (!ids.containsKey(name)) {
            ids.put(name, names.size());
            names.add(name);
        }
    }

    /** The type's id, or {@link #UNKNOWN}. A hash lookup; allocates nothing. */
    public int typeId(String type) {
        Integer id = typeIds.get(type);
        return id == null ? UNKNOWN : id;
    }

    /** The action's id, or {@link #UNKNOWN}. A hash lookup; allocates nothing. */
    public int actionId(String action) {
        Integer id = actionIds.get(action);
        return id == null ? UNKNOWN : id;
    }

    public String type(int id) {
        return types.get(id);
    }

    public String action(int id) {
        return actions.get(id);
    }

    int typeCount() {
        return types.size();
    }

    int actionCount() {
        return actions.size();
    }
}
