import type { ReactElement } from "react";
import type { MessageKey } from "../messages";
import type { Permissions } from "./ConsoleContext";
import { SolutionsPage } from "../solutions/SolutionsPage";
import { SolutionPage } from "../solutions/SolutionPage";
import { RolesPage } from "../roles/RolesPage";
import { GroupsPage } from "../groups/GroupsPage";
import { GroupPage } from "../groups/GroupPage";
import { UsersPage } from "../users/UsersPage";
import { UserPage } from "../users/UserPage";
import { FindingsPage } from "../findings/FindingsPage";
import { FindingPage } from "../findings/FindingPage";
import { FindingSettingsPage } from "../findings/FindingSettingsPage";
import { TransferPage } from "../transfer/TransferPage";
import { ProposalsPage } from "../governance/ProposalsPage";
import { SeparationPage } from "../governance/SeparationPage";
import { DormantPage } from "../governance/DormantPage";
import { RoleMiningPage } from "../governance/RoleMiningPage";
import { GovernanceSettingsPage } from "../governance/GovernanceSettingsPage";
import { RequestsPage } from "../requests/RequestsPage";
import { MyAccessPage } from "../requests/MyAccessPage";
import { ApprovalsPage } from "../requests/ApprovalsPage";
import { CampaignsPage } from "../reviews/CampaignsPage";
import { CampaignPage } from "../reviews/CampaignPage";
import { MyReviewsPage } from "../reviews/MyReviewsPage";

export interface ConsoleRoute {
  /** Path under `/{realm}/`. */
  path: string;
  element: ReactElement;
  /** Shown in the sidebar when set. */
  nav?: MessageKey;
  /** The sidebar group the entry is listed under, if any. */
  group?: MessageKey;
  /** Whether the admin may open it; the server checks again on every call. */
  visible: (p: Permissions) => boolean;
}

const viewUsers = (p: Permissions) => p.viewUsers;
const viewEvents = (p: Permissions) => p.viewEvents;
/** Any signed-in user of the realm, admin or not: these pages call the user API with the user's own token. */
const selfService = (p: Permissions) => p.selfService;

export const routes: ConsoleRoute[] = [
  { path: "solutions", element: <SolutionsPage />, nav: "navSolutions", visible: viewUsers },
  { path: "solutions/:id", element: <SolutionPage />, visible: viewUsers },
  { path: "roles", element: <RolesPage />, nav: "navRoles", visible: viewUsers },
  { path: "groups", element: <GroupsPage />, nav: "navGroups", visible: viewUsers },
  { path: "groups/:id", element: <GroupPage />, visible: viewUsers },
  { path: "users", element: <UsersPage />, nav: "navUsers", visible: viewUsers },
  { path: "users/:id", element: <UserPage />, visible: viewUsers },
  { path: "findings", element: <FindingsPage />, nav: "navFindings", visible: viewEvents },
  { path: "findings/:id", element: <FindingPage />, visible: viewEvents },
  { path: "finding-settings", element: <FindingSettingsPage />, nav: "navFindingSettings", visible: viewEvents },
  { path: "transfer", element: <TransferPage />, nav: "navTransfer", visible: viewUsers },
  { path: "proposals", element: <ProposalsPage />, nav: "navProposals", group: "navGovernance", visible: viewUsers },
  { path: "separation-of-duties", element: <SeparationPage />, nav: "navSeparation", group: "navGovernance", visible: viewUsers },
  { path: "dormant", element: <DormantPage />, nav: "navDormant", group: "navGovernance", visible: viewUsers },
  { path: "role-mining", element: <RoleMiningPage />, nav: "navRoleMining", group: "navGovernance", visible: viewUsers },
  { path: "governance-settings", element: <GovernanceSettingsPage />, nav: "navGovernanceSettings", group: "navGovernance", visible: viewUsers },
  { path: "requests", element: <RequestsPage />, nav: "navRequests", group: "navAccessRequests", visible: viewUsers },
  { path: "campaigns", element: <CampaignsPage />, nav: "navCampaigns", group: "navAccessRequests", visible: viewUsers },
  { path: "campaigns/:id", element: <CampaignPage />, visible: viewUsers },
  // A user without admin rights lands on the first page they may open: my access.
  { path: "my-access", element: <MyAccessPage />, nav: "navMyAccess", group: "navAccessRequests", visible: selfService },
  { path: "approvals", element: <ApprovalsPage />, nav: "navApprovals", group: "navAccessRequests", visible: selfService },
  { path: "my-reviews", element: <MyReviewsPage />, nav: "navMyReviews", group: "navAccessRequests", visible: selfService },
];
