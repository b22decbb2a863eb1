import { Button, Form, FormGroup, FormSelect, FormSelectOption, ModalVariant, TextArea, TextInput } from "@patternfly/react-core";
import { useState, type FormEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { ApiErrorAlert } from "../shared/ApiErrorAlert";
import { ChangeModal } from "../shared/ChangeModal";
import { fieldError } from "../shared/fieldError";
import { errorProps, FieldErrorHelp } from "../shared/FieldErrorHelp";
import { useSubmit } from "../shared/useSubmit";
import { durationChoices, durationText, targetText, userRequestsPath, type RequestableItem } from "./model";

/** The fields shown under their inputs; any other refusal (an item gone, already requested) above the buttons. */
const fields = ["duration", "justification", "ticket"];

/** Asks for an item for a while, with the justification and ticket its policy requires (the server checks both). */
export function RequestModal({ item, onDone, onClose }: { item: RequestableItem; onDone: () => void; onClose: () => void }) {
  const { userApi } = useConsole();
  const choices = durationChoices(item.maxDuration);
  const [duration, setDuration] = useState(item.maxDuration);
  const [justification, setJustification] = useState("");
  const [ticket, setTicket] = useState("");
  const { busy, error, run } = useSubmit();
  const missing = (item.justificationRequired && !justification.trim()) || (item.ticketRequired && !ticket.trim());
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (missing || busy) return;
    const body = { itemId: item.id, duration, justification: justification.trim() || null, ticket: ticket.trim() || null };
    if (await run(() => userApi.post(userRequestsPath, body))) onDone();
  };
  const refused = (field: string) => fieldError(error, field);
  const named = fields.some((field) => refused(field));
  return (
    <ChangeModal
      variant={ModalVariant.small}
      title={t("requestTitle", { what: targetText(item) })}
      busy={busy}
      onClose={onClose}
      actions={[
        <Button key="request" type="submit" form="access-request" isDisabled={missing || busy} isLoading={busy}>
          {t("sendRequest")}
        </Button>,
      ]}
    >
      <Form id="access-request" onSubmit={submit}>
        <FormGroup label={t("requestDuration")} fieldId="request-duration" isRequired>
          <FormSelect id="request-duration" value={duration} onChange={(_e, v) => setDuration(v)} {...errorProps("request-duration", refused("duration"))}>
            {choices.map((choice) => (
              <FormSelectOption key={choice} value={choice} label={choice === item.maxDuration ? t("durationMax", { duration: durationText(choice) }) : durationText(choice)} />
            ))}
          </FormSelect>
          {refused("duration") && <FieldErrorHelp fieldId="request-duration" text={refused("duration")!} />}
        </FormGroup>
        <FormGroup label={t("justification")} fieldId="request-justification" isRequired={item.justificationRequired}>
          <TextArea id="request-justification" value={justification} onChange={(_e, v) => setJustification(v)} {...errorProps("request-justification", refused("justification"))} />
          {refused("justification") && <FieldErrorHelp fieldId="request-justification" text={refused("justification")!} />}
        </FormGroup>
        <FormGroup label={t("ticket")} fieldId="request-ticket" isRequired={item.ticketRequired}>
          <TextInput id="request-ticket" value={ticket} placeholder="OPS-123" onChange={(_e, v) => setTicket(v)} {...errorProps("request-ticket", refused("ticket"))} />
          {refused("ticket") && <FieldErrorHelp fieldId="request-ticket" text={refused("ticket")!} />}
        </FormGroup>
        {!named && <ApiErrorAlert error={error} />}
      </Form>
    </ChangeModal>
  );
}
