import { PageHeader } from "../shared/PageHeader";

// SCAFFOLD: replaced by the real page before this lands.
export function GroupPage() {
  return <PageHeader title="GroupPage" />;
}
