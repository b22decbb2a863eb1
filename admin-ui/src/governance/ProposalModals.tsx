import { Button, Form, FormGroup, ModalVariant, TextArea } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { FormFieldsModal } from "../shared/FormFieldsModal";
import { useSubmit } from "../shared/useSubmit";
import { SodOverrideFields, sodConflict, useSodOverride } from "../shared/SodOverride";
import { changeText, itemText, proposalPath, type Proposal } from "./model";

/**
 * Approves one proposal with an optional comment. A preventive separation-of-duties rule refuses it with 409;
 * the modal then names the rule and offers to approve anyway with a justification, which the server audits.
 */
export function ApproveModal({ proposal, onDone, onClose }: { proposal: Proposal; onDone: (p: Proposal) => void; onClose: (refused: boolean) => void }) {
  const { api } = useConsole();
  const [comment, setComment] = useState("");
  const sod = useSodOverride();
  const { busy, error, run } = useSubmit();
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy || sod.blocked) return;
    const body: Record<string, string> = {};
    if (comment.trim()) body.comment = comment.trim();
    let answer: Proposal | undefined;
    const done = await run(async () => {
      try {
        answer = await api.post<Proposal>(proposalPath(proposal.id, "approve"), sod.body(body));
      } catch (e) {
        sod.caught(e);
        throw e;
      }
    });
    if (done && answer) onDone(answer);
  };
  const refusedBySod = sodConflict(error);
  // a refusal by an SoD rule leaves the proposal as it was; any other (decided meanwhile) makes the list stale
  const close = () => onClose(error !== undefined && !refusedBySod);
  return (
    <ChangeModal
      variant={ModalVariant.small}
      title={t("approveTitle")}
      busy={busy}
      onClose={close}
      actions={[
        <Button key="approve" type="submit" form="approve-proposal" isLoading={busy} isDisabled={busy || sod.blocked}>
          {sod.conflict ? t("approveOverride") : t("approve")}
        </Button>,
      ]}
    >
      <p className="pf-v5-u-mb-md">
        {t("approveBody", { change: changeText(proposal.change), item: itemText(proposal), user: proposal.username })}
      </p>
      <Form id="approve-proposal" onSubmit={submit}>
        <FormGroup label={t("comment")} fieldId="approve-comment">
          <TextArea id="approve-comment" value={comment} onChange={(_e, v) => setComment(v)} />
        </FormGroup>
        <SodOverrideFields state={sod} fieldId="approve-override" help={t("sodOverrideHelp")} />
        {!refusedBySod && <ApiErrorAlert error={error} />}
      </Form>
    </ChangeModal>
  );
}

/** Rejects one proposal or several at once; the reason is required and suppresses the same proposal for a while. */
export function RejectModal({ ids, bulk, onDone, onClose }: { ids: string[]; bulk: boolean; onDone: (answer: unknown) => void; onClose: (refused: boolean) => void }) {
  const { api } = useConsole();
  return (
    <FormFieldsModal
      title={!bulk ? t("rejectTitle") : t("rejectSelectedTitle", { count: ids.length })}
      fields={[{ name: "reason", label: t("rejectReason"), required: true, multiline: true }]}
      submitLabel={t("reject")}
      onClose={onClose}
      onSubmit={async ({ reason }) =>
        onDone(
          !bulk
            ? await api.post<Proposal>(proposalPath(ids[0], "reject"), { reason })
            : await api.post("/runtime-access/governance/proposals/bulk", { action: "reject", ids, reason }),
        )
      }
    />
  );
}
