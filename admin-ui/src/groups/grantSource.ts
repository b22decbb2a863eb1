import { t, type MessageKey } from "../messages";

const sources: Record<string, MessageKey> = {
  admin: "grantSourceAdmin",
  recommendation: "grantSourceRecommendation",
  just_in_time: "grantSourceJustInTime",
  import: "grantSourceImport",
  request: "grantSourceRequest",
};

/** How a grant came to be (GrantSource, lower-cased on the wire), in words; an unknown source shows as sent. */
export function grantSourceText(source: string | undefined): string {
  if (!source) return "";
  const key = sources[source.toLowerCase()];
  return key ? t(key) : source;
}
