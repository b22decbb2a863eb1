package io.runtimeaccess.governance.queue;

import java.util.Locale;

/** Where a proposal is: proposed → approved / rejected → applied / failed, or expired while waiting. */
public enum ProposalStatus {
    PROPOSED,
    /** Approved, being applied: only seen inside the deciding transaction. */
    APPROVED,
    REJECTED,
    APPLIED,
    FAILED,
    EXPIRED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ProposalStatus ofApiName(String name) {
        for (ProposalStatus status : values()) {
            if (status.apiName().equals(name)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown status: " + name);
    }
}
