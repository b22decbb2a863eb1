package io.runtimeaccess.governance.analysis;

import io.runtimeaccess.governance.proposal.Proposal;
import io.runtimeaccess.governance.risk.UserRisk;
import io.runtimeaccess.governance.sod.SodViolation;
import java.util.List;
import java.util.Map;

/** What one run found: the proposals to submit, every user's risk and the separation-of-duties violations. */
public record AnalysisResult(List<Proposal> proposals, Map<String, UserRisk> risks, List<SodViolation> violations) {

    public AnalysisResult {
        proposals = List.copyOf(proposals);
        risks = Map.copyOf(risks);
        violations = List.copyOf(violations);
    }
}
