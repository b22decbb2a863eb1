import { Button, Form, FormGroup, FormHelperText, HelperText, HelperTextItem, ModalVariant, TextArea, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { useSubmit } from "../shared/useSubmit";
import { PrincipalTypeahead, type PrincipalOption } from "../solutions/PrincipalTypeahead";
import { decisionText, type DecisionBody, type ItemDecision } from "./model";

/**
 * One decision for the selected items, always with a justification (auditors read it); a delegation names the new
 * reviewer. `send` posts the bulk: to the admin API for an admin, to the reviewers' API for a reviewer, who names
 * the delegate by username (a reviewer may not search the realm's users).
 */
export function DecideModal({ itemIds, decision, send, delegateByUsername = false, onDone, onClose }: {
  itemIds: string[];
  decision: ItemDecision;
  send: (decisions: DecisionBody[]) => Promise<{ decided: number }>;
  delegateByUsername?: boolean;
  onDone: (decided: number) => void;
  /** `refused`: the server refused the last try (a closed campaign, a delegation meanwhile): the list is stale. */
  onClose: (refused: boolean) => void;
}) {
  const [justification, setJustification] = useState("");
  const [delegate, setDelegate] = useState<PrincipalOption>();
  const [delegateName, setDelegateName] = useState("");
  const { busy, error, run } = useSubmit();
  const delegateTo = delegateByUsername ? delegateName.trim() : delegate?.name;
  const incomplete = !justification.trim() || (decision === "delegate" && !delegateTo);
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (incomplete || busy) return;
    const decisions: DecisionBody[] = itemIds.map((itemId) => ({
      itemId,
      decision,
      justification: justification.trim(),
      ...(decision === "delegate" ? { delegateTo } : {}),
    }));
    let answer: { decided: number } | undefined;
    if ((await run(async () => (answer = await send(decisions)))) && answer) {
      onDone(answer.decided);
    }
  };
  return (
    <ChangeModal variant={ModalVariant.small} title={t("decideTitle", { decision: decisionText(decision), count: itemIds.length })} busy={busy} onClose={() => onClose(error !== undefined)} actions={[
      <Button key="decide" type="submit" form="review-decision" variant={decision === "revoke" ? "danger" : "primary"} isDisabled={incomplete || busy} isLoading={busy}>
        {t("decideConfirm")}
      </Button>,
    ]}>
      <Form id="review-decision" onSubmit={submit}>
        <FormGroup label={t("justification")} fieldId="review-justification" isRequired>
          <TextArea id="review-justification" value={justification} onChange={(_e, v) => setJustification(v)} />
        </FormGroup>
        {decision === "delegate" && delegateByUsername && (
          <FormGroup label={t("delegateTo")} fieldId="review-delegate" isRequired>
            <TextInput id="review-delegate" value={delegateName} onChange={(_e, v) => setDelegateName(v)} />
            <FormHelperText>
              <HelperText>
                <HelperTextItem>{t("delegateUsernameHelp")}</HelperTextItem>
              </HelperText>
            </FormHelperText>
          </FormGroup>
        )}
        {decision === "delegate" && !delegateByUsername && (
          <FormGroup label={t("delegateTo")} fieldId="review-delegate" isRequired>
            <PrincipalTypeahead inputId="review-delegate" types={["user"]} label={t("delegateTo")} placeholder={t("userPlaceholder")} value={delegate} onChange={setDelegate} />
          </FormGroup>
        )}
        <ApiErrorAlert error={error} />
      </Form>
    </ChangeModal>
  );
}
