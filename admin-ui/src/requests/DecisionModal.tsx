import { Button, Form, FormGroup, ModalVariant, TextArea } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { useSubmit } from "../shared/useSubmit";
import { userRequestsPath, type AccessRequest } from "./model";

export type Outcome = "approve" | "reject";

/**
 * An approver's decision with an optional comment. The server has the last word: it refuses one's own request,
 * a second approval by the same approver and a separation-of-duties conflict, and its sentence is shown here.
 */
export function DecisionModal({ request, outcome, what, onDone, onClose }: {
  request: AccessRequest;
  outcome: Outcome;
  /** What is asked for, in words. */
  what: string;
  onDone: (answer: AccessRequest) => void;
  /** `refused`: the server refused the decision (say, another approver decided first). */
  onClose: (refused: boolean) => void;
}) {
  const { userApi } = useConsole();
  const [comment, setComment] = useState("");
  const { busy, error, run } = useSubmit();
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (busy) return;
    let answer: AccessRequest | undefined;
    const body = comment.trim() ? { comment: comment.trim() } : {};
    const path = `${userRequestsPath}/${encodeURIComponent(request.id)}/${outcome}`;
    if ((await run(async () => (answer = await userApi.post<AccessRequest>(path, body)))) && answer) onDone(answer);
  };
  const approve = outcome === "approve";
  const close = () => onClose(error !== undefined);
  return (
    <ChangeModal
      variant={ModalVariant.small}
      title={t(approve ? "approveRequestTitle" : "rejectRequestTitle")}
      busy={busy}
      onClose={close}
      actions={[
        <Button key="decide" type="submit" form="request-decision" variant={approve ? "primary" : "danger"} isLoading={busy} isDisabled={busy}>
          {t(approve ? "approve" : "reject")}
        </Button>,
      ]}
    >
      <p className="pf-v5-u-mb-md">{t("decisionBody", { requester: request.requester ?? request.requesterId, what })}</p>
      <Form id="request-decision" onSubmit={submit}>
        <FormGroup label={t("comment")} fieldId="decision-comment">
          <TextArea id="decision-comment" value={comment} onChange={(_e, v) => setComment(v)} />
        </FormGroup>
        <ApiErrorAlert error={error} />
      </Form>
    </ChangeModal>
  );
}
