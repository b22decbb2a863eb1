import { ApiError } from "../api/client";

/** What an import does or would do (POST runtime-access/import), see docs/api.md "Export and import". */
export interface ImportPlan {
  dryRun: boolean;
  applied: boolean;
  /** Items such as "role approver", "build Loans/2", "grant Loans user:erin approver". */
  created: string[];
  updated: string[];
  unchanged: number;
  /** Items the document holds that are left out, such as a grant whose expiry is past; older servers omit it. */
  skipped?: string[];
  /** Each "field: message", the field being a path into the document such as "grants[2].principal". */
  problems: string[];
}

export interface Problem {
  field?: string;
  message: string;
}

/** Splits "grants[2].principal: unknown user" into the field it names and the rest. */
export function parseProblem(problem: string): Problem {
  const match = /^([^\s:]+): (.*)$/s.exec(problem);
  return match ? { field: match[1], message: match[2] } : { message: problem };
}

/** A refused import (400) carries the plan with its problems; anything else is a plain error. */
export function planOf(error: unknown): ImportPlan | undefined {
  if (!(error instanceof ApiError) || error.status !== 400) return undefined;
  const body = error.body as Partial<ImportPlan> | undefined;
  return body && Array.isArray(body.problems) ? { created: [], updated: [], unchanged: 0, dryRun: false, applied: false, ...body } as ImportPlan : undefined;
}
