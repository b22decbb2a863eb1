import "@patternfly/react-core/dist/styles/base.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { consoleLocation } from "./auth/location";
import { signIn } from "./auth/session";

const location = consoleLocation(window.location.pathname, window.location.origin);
const root = createRoot(document.getElementById("root")!);

signIn(location).then(
  (session) =>
    root.render(
      <StrictMode>
        <App location={location} session={session} />
      </StrictMode>,
    ),
  (error: unknown) => {
    // No inline script or markup: report the failure as text in the page itself.
    document.getElementById("root")!.textContent = `Sign-in failed: ${error instanceof Error ? error.message : String(error)}`;
  },
);
