import { t, type MessageKey } from "../messages";

/** A finding as `/anomaly-findings` returns it (docs/anomaly-detection.md, FindingJson.representation). */
export interface Finding {
  id: string;
  userId: string | null;
  username: string | null;
  eventId: string;
  time: string;
  firstTime: string;
  eventCount: number;
  score: number;
  severity: Severity;
  detection: string;
  reasons: FindingReason[];
  coveredEvents: string[];
  modelVersion: string;
  status: Status;
  statusBy: string | null;
  /** the username of the admin who set the status (this realm or master), when still known */
  statusByUsername?: string | null;
  statusAt: string | null;
  response: string | null;
  userRemovedAt: string | null;
}

export interface FindingReason {
  detection: string;
  weight: number;
  text: string;
  evidence: Record<string, string>;
}

export const severities = ["LOW", "MEDIUM", "HIGH", "CRITICAL"] as const;
export type Severity = (typeof severities)[number];

export const statuses = ["open", "acknowledged", "dismissed"] as const;
export type Status = (typeof statuses)[number];

/** The scorer's detections (anomaly-core Detection). */
export const detections = [
  "NEW_DEVICE",
  "NEW_NETWORK",
  "IMPOSSIBLE_TRAVEL",
  "UNUSUAL_TIME",
  "PASSWORD_SPRAY",
  "DISTRIBUTED_SPRAY",
  "BRUTE_FORCE",
  "TOKEN_ANOMALY",
  "PRIVILEGE_ESCALATION",
  "BULK_ADMIN_ACTIVITY",
  "CREDENTIAL_CAMPAIGN",
  "AUDIT_TAMPERING",
] as const;

export const findingsPath = "/anomaly-findings";

export function findingPath(id: string): string {
  return `${findingsPath}/${encodeURIComponent(id)}`;
}

/** A detection in words; one a newer server adds shows as its name. */
export function detectionText(detection: string): string {
  const key = `detection${detection}` as MessageKey;
  return (detections as readonly string[]).includes(detection) ? t(key) : detection;
}

export function severityText(severity: string): string {
  return (severities as readonly string[]).includes(severity) ? t(`severity${severity as Severity}`) : severity;
}

const statusKeys: Record<Status, MessageKey> = { open: "statusOpen", acknowledged: "statusAcknowledged", dismissed: "statusDismissed" };

export function statusText(status: string): string {
  return status in statusKeys ? t(statusKeys[status as Status]) : status;
}

/** The reason that weighs most (the first of equals): what the finding is mostly about. */
export function topReason(finding: Finding): FindingReason | undefined {
  return finding.reasons.reduce<FindingReason | undefined>((top, reason) => (!top || reason.weight > top.weight ? reason : top), undefined);
}

/** The address the event came from, as the reasons recorded it; realm-wide reasons may have none. */
export function sourceAddress(finding: Finding): string | undefined {
  return finding.reasons.map((reason) => reason.evidence?.ip).find((ip) => !!ip && ip !== "null");
}
