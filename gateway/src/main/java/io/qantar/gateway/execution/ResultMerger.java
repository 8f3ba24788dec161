package io.qantar.gateway.execution;

import java.util.List;
import java.util.Map;

/** Merges a subgraph's answer into the result tree in place, object by object and list element by element. */
final class ResultMerger {

    private ResultMerger() {
    }

    @SuppressWarnings("unchecked")
    static void merge(Map<String, Object> target, Map<String, Object> source) {
        for (Map.Entry<String, Object> entry : source.entrySet()) {
            Object incoming = entry.getValue();
            Object existing = target.get(entry.getKey());
            if (existing instanceof Map<?, ?> existingMap && incoming instanceof Map<?, ?> incomingMap) {
                if (existingMap != incomingMap) {
                    merge((Map<String, Object>) existingMap, (Map<String, Object>) incomingMap);
                }
            } else if (existing instanceof List<?> existingList && incoming instanceof List<?> incomingList
                    && existingList.size() == incomingList.size() && existingList != incomingList) {
                mergeLists((List<Object>) existingList, (List<Object>) incomingList);
            } else {
                target.put(entry.getKey(), incoming);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void mergeLists(List<Object> target, List<Object> source) {
        for (int i = 0; i < target.size(); i++) {
            Object existing = target.get(i);
            Object incoming = source.get(i);
            if (existing instanceof Map<?, ?> existingMap && incoming instanceof Map<?, ?> incomingMap) {
                merge((Map<String, Object>) existingMap, (Map<String, Object>) incomingMap);
            } else if (existing instanceof List<?> existingList && incoming instanceof List<?> incomingList
                    && existingList.size() == incomingList.size()) {
                mergeLists((List<Object>) existingList, (List<Object>) incomingList);
            } else if (incoming != null || existing == null) {
                target.set(i, incoming);
            }
        }
    }
}
