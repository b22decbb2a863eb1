import { PageSection, Split, SplitItem, Text, TextContent, Title } from "@patternfly/react-core";
import type { ReactNode } from "react";

/** The title block every page starts with, as in Keycloak's console: title, one line of help, actions on the right. */
export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <PageSection variant="light">
      <Split hasGutter>
        <SplitItem isFilled>
          <TextContent>
            <Title headingLevel="h1">{title}</Title>
            {description && <Text>{description}</Text>}
          </TextContent>
        </SplitItem>
        {actions && <SplitItem>{actions}</SplitItem>}
      </Split>
    </PageSection>
  );
}
