import { Breadcrumb, BreadcrumbItem, PageSection, Tab, TabTitleText, Tabs } from "@patternfly/react-core";
import { useState } from "react";
import { Link, useParams } from "react-router-dom";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { OwnersTab } from "../owners/OwnersTab";
import { LoadState } from "../shared/LoadState";
import { PageHeader } from "../shared/PageHeader";
import { useLoader } from "../shared/useLoader";
import { BuildsTab } from "./BuildsTab";
import { CheckTab } from "./CheckTab";
import { ShareTab } from "./ShareTab";
import { activeBuild, type Solution } from "./types";

/** One solution: its builds and Active Policy, who it is shared with, its owners, and a check of what a user may do. */
export function SolutionPage() {
  const { api, realm } = useConsole();
  const id = useParams().id ?? "";
  const [tab, setTab] = useState<string | number>("builds");
  const [loaded, reload] = useLoader(
    () => api.get<Solution>(`/runtime-access/solutions/${encodeURIComponent(id)}`),
    [api, id],
  );
  const title = loaded.state === "ready" ? loaded.data.name : t("solutionsTitle");
  const active = loaded.state === "ready" ? activeBuild(loaded.data) : undefined;
  return (
    <>
      <PageSection variant="light" type="breadcrumb">
        <Breadcrumb>
          <BreadcrumbItem>
            <Link to={`/${encodeURIComponent(realm)}/solutions`}>{t("navSolutions")}</Link>
          </BreadcrumbItem>
          <BreadcrumbItem isActive>{title}</BreadcrumbItem>
        </Breadcrumb>
      </PageSection>
      <PageHeader
        title={title}
        description={loaded.state === "ready" ? `${t("activePolicy")}: ${active?.name ?? t("noActivePolicy")}` : undefined}
      />
      <PageSection variant="light" padding={{ default: "noPadding" }}>
        <LoadState loaded={loaded} onRetry={reload}>
          {(solution) => (
            <Tabs activeKey={tab} onSelect={(_event, key) => setTab(key)} mountOnEnter unmountOnExit inset={{ default: "insetLg" }}>
              <Tab eventKey="builds" title={<TabTitleText>{t("tabBuilds")}</TabTitleText>}>
                <PageSection>
                  <BuildsTab solution={solution} onChanged={reload} />
                </PageSection>
              </Tab>
              <Tab eventKey="share" title={<TabTitleText>{t("tabShare")}</TabTitleText>}>
                <PageSection>
                  <ShareTab solution={solution} />
                </PageSection>
              </Tab>
              <Tab eventKey="owners" title={<TabTitleText>{t("tabOwners")}</TabTitleText>}>
                <PageSection>
                  <OwnersTab path={`/runtime-access/solutions/${encodeURIComponent(solution.id)}`} name={solution.name} />
                </PageSection>
              </Tab>
              <Tab eventKey="check" title={<TabTitleText>{t("tabCheck")}</TabTitleText>}>
                <PageSection>
                  <CheckTab solution={solution} />
                </PageSection>
              </Tab>
            </Tabs>
          )}
        </LoadState>
      </PageSection>
    </>
  );
}
