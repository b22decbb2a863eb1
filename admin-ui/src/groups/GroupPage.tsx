import { Alert, Breadcrumb, BreadcrumbItem, Button, Label, PageSection, Tab, Tabs, TabTitleText } from "@patternfly/react-core";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { OwnersTab } from "../owners/OwnersTab";
import { LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { AccessTab } from "./AccessTab";
import { ArchiveModal } from "./ArchiveModal";
import { AttributesTab } from "./AttributesTab";
import { MembersTab } from "./MembersTab";
import { groupPath, type Group } from "./model";

/** One end-user group: its members, the solution access it gives, its owners and its attributes. */
export function GroupPage() {
  const { api, realm } = useConsole();
  const id = useParams().id ?? "";
  const [loaded, reload] = useLoader(() => api.get<Group>(groupPath(id)), [api, id]);
  const base = `/${encodeURIComponent(realm)}`;
  return (
    <>
      <PageSection variant="light" className="pf-v5-u-pb-0">
        <Breadcrumb>
          <BreadcrumbItem render={() => <Link to={`${base}/groups`}>{t("navGroups")}</Link>} />
          <BreadcrumbItem isActive>{loaded.state === "ready" ? loaded.data.name : id}</BreadcrumbItem>
        </Breadcrumb>
      </PageSection>
      <LoadState loaded={loaded} onRetry={reload}>
        {(group) => <GroupView key={group.id} initial={group} />}
      </LoadState>
    </>
  );
}

/** Holds the group as the server last returned it, so a change keeps the open tab instead of reloading the page. */
function GroupView({ initial }: { initial: Group }) {
  const { permissions } = useConsole();
  const [group, setGroup] = useState(initial);
  const [tab, setTab] = useState<string | number>("members");
  const [confirming, setConfirming] = useState(false);
  const archiving = !group.archived;
  const action = permissions.manageUsers && (
    <Button variant="secondary" onClick={() => setConfirming(true)}>
      {archiving ? t("archive") : t("unarchive")}
    </Button>
  );
  return (
    <>
      <PageHeader title={group.name} description={group.description} actions={action} />
      {(group.archived || !permissions.manageUsers) && (
        <PageSection variant="light" className="pf-v5-u-pt-0">
          {group.archived && <Label color="grey">{t("groupArchivedLabel")}</Label>}
          {!permissions.manageUsers && <Alert variant="info" isInline isPlain title={t("viewOnly")} />}
        </PageSection>
      )}
      <PageSection variant="light" padding={{ default: "noPadding" }}>
        <Tabs activeKey={tab} onSelect={(_e, key) => setTab(key)} aria-label={group.name} mountOnEnter unmountOnExit>
          <Tab eventKey="members" title={<TabTitleText>{t("tabMembers")}</TabTitleText>}>
            <PageSection>
              <MembersTab group={group} />
            </PageSection>
          </Tab>
          <Tab eventKey="access" title={<TabTitleText>{t("tabSolutionAccess")}</TabTitleText>}>
            <PageSection>
              <AccessTab group={group} />
            </PageSection>
          </Tab>
          <Tab eventKey="owners" title={<TabTitleText>{t("tabOwners")}</TabTitleText>}>
            <PageSection>
              <OwnersTab path={groupPath(group.id)} name={group.name} />
            </PageSection>
          </Tab>
          <Tab eventKey="attributes" title={<TabTitleText>{t("tabAttributes")}</TabTitleText>}>
            <PageSection>
              <AttributesTab group={group} onSaved={setGroup} />
            </PageSection>
          </Tab>
        </Tabs>
      </PageSection>
      {confirming && <ArchiveModal group={group} onChanged={setGroup} onClose={() => setConfirming(false)} />}
    </>
  );
}
