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

export interface ConsoleRoute {
  /** Path under `/{realm}/`. */
  path: string;
  element: ReactElement;
  /** Shown in the sidebar when set. */
  nav?: MessageKey;
  /** Whether the admin may open it; the server checks again on every call. */
  visible: (p: Permissions) => boolean;
}

const viewUsers = (p: Permissions) => p.viewUsers;
const viewEvents = (p: Permissions) => p.viewEvents;

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
];
