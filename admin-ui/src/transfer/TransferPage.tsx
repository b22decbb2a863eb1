import { Alert, Button, PageSection, Stack, StackItem, Text, TextContent, Title } from "@patternfly/react-core";
import { DownloadIcon } from "@patternfly/react-icons";
import { useState } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { PageHeader } from "../shared/PageHeader";
import { ImportSection } from "./ImportSection";

/** Export the realm's runtime access configuration as a file, and import one after a dry run. */
export function TransferPage() {
  const { permissions } = useConsole();
  return (
    <>
      <PageHeader title={t("transferTitle")} description={t("transferDescription")} />
      <PageSection>
        <Stack hasGutter>
          <StackItem>
            <ExportSection />
          </StackItem>
          <StackItem>
            {/* The server refuses any import, even a dry run, without manage-users. */}
            {permissions.manageUsers ? <ImportSection /> : <Alert variant="info" isInline title={t("importViewOnly")} />}
          </StackItem>
        </Stack>
      </PageSection>
    </>
  );
}

function ExportSection() {
  const { api, realm } = useConsole();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const download = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const document = await api.get<unknown>("/runtime-access/export");
      const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: "application/json" }));
      const link = window.document.createElement("a");
      link.href = url;
      link.download = `runtime-access-${realm}.json`;
      window.document.body.appendChild(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(url);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack hasGutter>
      <StackItem>
        <Title headingLevel="h2">{t("exportTitle")}</Title>
        <TextContent>
          <Text>{t("exportHelp")}</Text>
        </TextContent>
      </StackItem>
      <StackItem>
        <Button variant="secondary" icon={<DownloadIcon />} onClick={download} isLoading={busy} isDisabled={busy}>
          {t("download")}
        </Button>
      </StackItem>
      <StackItem>
        <ApiErrorAlert error={error} reading />
      </StackItem>
    </Stack>
  );
}
