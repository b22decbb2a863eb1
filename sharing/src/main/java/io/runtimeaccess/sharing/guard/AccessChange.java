package io.runtimeaccess.sharing.guard;

import java.util.List;

/**
 * A user about to get access items, named by their keys: {@code grant:{solutionId}:{role}},
 * {@code eug:{groupId}}, {@code realm-role:{name}}, {@code client-role:{clientId}:{name}},
 * {@code group:{groupId}}. A membership of an end-user group brings the group's grants along, so its change
 * lists the {@code eug:} key and the keys of those grants.
 */
public record AccessChange(String userId, List<String> addedKeys) {

    public AccessChange {
        addedKeys = List.copyOf(addedKeys);
    }

    public static String grantKey(String solutionId, String role) {
        return "grant:" + solutionId + ":" + role;
    }

    public static String endUserGroupKey(String groupId) {
        return "eug:" + groupId;
    }
}
