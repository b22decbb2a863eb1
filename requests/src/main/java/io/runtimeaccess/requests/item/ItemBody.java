package io.runtimeaccess.requests.item;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * A requestable item as an admin sends it. {@code kind} picks the target fields: {@code solutionId} and
 * {@code role} (runtime-role), {@code groupId} (end-user-group), {@code role} (realm-role), {@code clientId}
 * and {@code role} (client-role). The GET answer's read-only {@code id} and {@code createdAt} are let through, so a
 * fetched item may be sent back whole; any other field the body does not have is a 400.
 */
@JsonIgnoreProperties({"id", "createdAt"})
public class ItemBody {
    public String kind;
    public String solutionId;
    public String groupId;
    public String clientId;
    public String role;
    public String description;
    public String maxDuration;
    public Approvers approvers;
    public Integer approvalsNeeded;
    public Boolean justificationRequired;
    public Boolean ticketRequired;
    /** True: a person must act once a request is approved, so a ticket is opened in the realm's ticket sink. */
    public Boolean manualStep;
    /** Absent or null: no auto-approval (the default). */
    public Auto autoApproval;

    /** Approved without a human when the recommender's confidence is at least minConfidence and the risk below maxRisk. */
    public static class Auto {
        public Double minConfidence;
        public Integer maxRisk;
    }

    /** Who approves: {@code type} users, group, realm-role or manager, and its values (see ApproverRule). */
    public static class Approvers {
        public String type;
        public List<String> values;
    }
}
