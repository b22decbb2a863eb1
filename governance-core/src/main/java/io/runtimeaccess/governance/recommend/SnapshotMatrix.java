package io.runtimeaccess.governance.recommend;

import io.runtimeaccess.governance.access.AccessItem;
import io.runtimeaccess.governance.access.AccessSnapshot;
import io.runtimeaccess.governance.access.Holding;
import io.runtimeaccess.governance.access.UserRecord;
import io.runtimeaccess.governance.matrix.AssignmentMatrix;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A snapshot as an {@link AssignmentMatrix}: one column per access item, plus one per peer attribute value
 * ({@code attribute:department=Finance}), which makes users with the same attributes similar but is never
 * proposed. Items flagged privileged, or marked privileged in the settings, are columns too (they say something
 * about a user) but are never recommendable.
 */
final class SnapshotMatrix {

    static final String ATTRIBUTE_PREFIX = "attribute:";

    final AssignmentMatrix matrix;
    final AccessItem[] items;
    final String[] attributeNames;
    final String[] attributeValues;
    final boolean[] recommendable;
    final Map<String, Integer> userIndex;
    final AccessSnapshot snapshot;

    SnapshotMatrix(AccessSnapshot snapshot, RecommenderSettings settings) {
        this.snapshot = snapshot;
        Map<String, Integer> columns = new HashMap<>();
        List<AccessItem> itemList = new ArrayList<>();
        List<String[]> attributeList = new ArrayList<>();
        int[][] rows = new int[snapshot.users().size()][];
        String[] userIds = new String[rows.length];
        this.userIndex = new HashMap<>(rows.length * 2);
        for (int u = 0; u < rows.length; u++) {
            UserRecord user = snapshot.users().get(u);
            userIds[u] = user.id();
            userIndex.put(user.id(), u);
            List<Integer> row = new ArrayList<>(user.holdings().size() + settings.peerAttributes().size());
            for (Holding holding : user.holdings()) {
                row.add(columns.computeIfAbsent(holding.item().key(), key -> {
                    itemList.add(holding.item());
                    attributeList.add(null);
                    return itemList.size() - 1;
                }));
            }
            for (String name : settings.peerAttributes()) {
                String value = user.attributes().get(name);
                if (value != null && !value.isBlank()) {
                    String key = ATTRIBUTE_PREFIX + name + "=" + value;
                    row.add(columns.computeIfAbsent(key, k -> {
                        itemList.add(null);
                        attributeList.add(new String[] {name, value});
                        return itemList.size() - 1;
                    }));
                }
            }
            rows[u] = row.stream().mapToInt(Integer::intValue).toArray();
        }
        int columnCount = itemList.size();
        this.items = itemList.toArray(new AccessItem[0]);
        this.attributeNames = new String[columnCount];
        this.attributeValues = new String[columnCount];
        this.recommendable = new boolean[columnCount];
        String[] columnNames = new String[columnCount];
        for (int c = 0; c < columnCount; c++) {
            String[] attribute = attributeList.get(c);
            if (attribute != null) {
                attributeNames[c] = attribute[0];
                attributeValues[c] = attribute[1];
                columnNames[c] = ATTRIBUTE_PREFIX + attribute[0] + "=" + attribute[1];
            } else {
                columnNames[c] = items[c].key();
                recommendable[c] = !items[c].privileged() && !settings.privilegedItems().contains(items[c].key());
            }
        }
        this.matrix = new AssignmentMatrix(userIds, columnNames, rows);
    }

    boolean isAttribute(int column) {
        return items[column] == null;
    }

    /** "department Finance" for an attribute column. */
    String attributeLabel(int column) {
        return attributeNames[column] + " " + attributeValues[column];
    }
}
