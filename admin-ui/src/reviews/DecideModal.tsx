import { Button, Form, FormGroup, Modal, ModalVariant, TextArea } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { useSubmit } from "../shared/useSubmit";
import { PrincipalTypeahead, type PrincipalOption } from "../solutions/PrincipalTypeahead";
import { campaignPath, decisionText, type ItemDecision } from "./model";

/** One decision for the selected items, always with a justification (auditors read it); a delegation names the new reviewer. */
export function DecideModal({ campaignId, itemIds, decision, onDone, onClose }: {
  campaignId: string;
  itemIds: string[];
  decision: ItemDecision;
  onDone: (decided: number) => void;
  onClose: () => void;
}) {
  const { api } = useConsole();
  const [justification, setJustification] = useState("");
  const [delegate, setDelegate] = useState<PrincipalOption>();
  const { busy, error, run } = useSubmit();
  const incomplete = !justification.trim() || (decision === "delegate" && !delegate);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (incomplete || busy) return;
    const decisions = itemIds.map((itemId) => ({
      itemId,
      decision,
      justification: justification.trim(),
      ...(decision === "delegate" ? { delegateTo: delegate!.name } : {}),
    }));
    let answer: { decided: number } | undefined;
    if ((await run(async () => (answer = await api.post<{ decided: number }>(campaignPath(campaignId, "decisions"), { decisions })))) && answer) {
      onDone(answer.decided);
    }
  };
  return (
    <Modal variant={ModalVariant.small} title={t("decideTitle", { decision: decisionText(decision), count: itemIds.length })} isOpen onClose={onClose} actions={[
      <Button key="decide" type="submit" form="review-decision" variant={decision === "revoke" ? "danger" : "primary"} isDisabled={incomplete || busy} isLoading={busy}>
        {t("decideConfirm")}
      </Button>,
      <Button key="cancel" variant="link" onClick={onClose}>{t("cancel")}</Button>,
    ]}>
      <Form id="review-decision" onSubmit={submit}>
        <FormGroup label={t("justification")} fieldId="review-justification" isRequired>
          <TextArea id="review-justification" value={justification} onChange={(_e, v) => setJustification(v)} />
        </FormGroup>
        {decision === "delegate" && (
          <FormGroup label={t("delegateTo")} fieldId="review-delegate" isRequired>
            <PrincipalTypeahead inputId="review-delegate" types={["user"]} label={t("delegateTo")} placeholder={t("userPlaceholder")} value={delegate} onChange={setDelegate} />
          </FormGroup>
        )}
        <ApiErrorAlert error={error} />
      </Form>
    </Modal>
  );
}
