package io.runtimeaccess.governance.run;

import io.runtimeaccess.governance.proposal.Category;
import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.queue.ProposalQueue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a run found and did, as stored in {@link RunEntity#getCounts()} and shown by the API. */
public record RunCounts(int users, double seconds, int created, int duplicates, int suppressed, int autoApplied,
        Map<String, Integer> byCategory, String error) {

    public static RunCounts of(int users, double seconds, List<Proposal> proposals,
            ProposalQueue.SubmitResult submitted) {
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        for (Category category : Category.values()) {
            byCategory.put(category.apiName(), 0);
        }
        proposals.forEach(proposal -> byCategory.merge(proposal.category().apiName(), 1, Integer::sum));
        return new RunCounts(users, seconds, submitted.created(), submitted.duplicates(), submitted.suppressed(),
                submitted.autoApplied(), byCategory, null);
    }

    public static RunCounts failed(double seconds, String error) {
        return new RunCounts(0, seconds, 0, 0, 0, 0, Map.of(), error);
    }
}
