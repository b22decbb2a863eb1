import {
  Button,
  MenuToggle,
  Select,
  SelectList,
  SelectOption,
  TextInputGroup,
  TextInputGroupMain,
  TextInputGroupUtilities,
} from "@patternfly/react-core";
import { TimesIcon } from "@patternfly/react-icons";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { useConsole } from "../app/ConsoleContext";
import { t } from "../messages";
import { errorId } from "../shared/FieldErrorHelp";

export interface PrincipalOption {
  type: "user" | "group";
  id: string;
  name: string;
  /** Email of a user, description of a group: told apart in the menu. */
  detail?: string;
}

interface UserSummary {
  id: string;
  username: string;
  email?: string;
}

interface GroupSummary {
  id: string;
  name: string;
  description?: string;
}

const DEBOUNCE_MS = 200;

/**
 * Finds a user or an end-user group as the admin types (Keycloak's users and the realm's non-archived groups),
 * as a combobox: arrow keys move through the options, Enter picks one, Escape closes. `types` narrows it to
 * users or to groups, and `label` names the field when it does. `error`: the refusal of the field, which a
 * FieldErrorHelp of `inputId` shows under it.
 */
export function PrincipalTypeahead({
  inputId,
  value,
  onChange,
  types = ["user", "group"],
  label = t("principal"),
  placeholder = t("principalPlaceholder"),
  error,
}: {
  inputId: string;
  value?: PrincipalOption;
  onChange: (value?: PrincipalOption) => void;
  types?: PrincipalOption["type"][];
  label?: string;
  placeholder?: string;
  error?: string;
}) {
  const listboxId = `${inputId}-listbox`;
  const findUsers = types.includes("user");
  const findGroups = types.includes("group");
  const { api } = useConsole();
  const [text, setText] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [options, setOptions] = useState<PrincipalOption[]>();
  // a failed search is said as such, not as "no matches": the admin would look for a user who exists
  const [failure, setFailure] = useState<string>();
  const [focused, setFocused] = useState<number>();
  const inputRef = useRef<HTMLInputElement>(null);

  // TextInputGroupMain puts the props it does not know on its wrapper, not on the input: set on the input here.
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    if (error) {
      input.setAttribute("aria-invalid", "true");
      input.setAttribute("aria-describedby", errorId(inputId));
    } else {
      input.removeAttribute("aria-invalid");
      input.removeAttribute("aria-describedby");
    }
  }, [error, inputId]);

  useEffect(() => {
    const search = text.trim();
    if (!search) {
      // the text was deleted by hand: the old matches go with it, as with the clear button
      setOptions(undefined);
      setOpen(false);
      return;
    }
    if (search === value?.name) return;
    let current = true;
    const timer = setTimeout(() => {
      Promise.all([
        findUsers ? api.get<UserSummary[]>("/users", { search, max: 10, briefRepresentation: true }) : [],
        findGroups ? api.get<GroupSummary[]>("/runtime-access/groups", { search, max: 10, archived: false }) : [],
      ]).then(
        ([users, groups]) => {
          if (!current) return;
          setFailure(undefined);
          setOptions([
            ...users.map((u): PrincipalOption => ({ type: "user", id: u.id, name: u.username, detail: u.email })),
            ...groups.map((g): PrincipalOption => ({ type: "group", id: g.id, name: g.name, detail: g.description })),
          ]);
          setFocused(undefined);
          setOpen(true);
        },
        (error: unknown) => {
          if (!current) return;
          setFailure(error instanceof Error ? error.message : String(error));
          setOptions([]);
          setOpen(true);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, text, value?.name, findUsers, findGroups]);

  const choose = (option: PrincipalOption) => {
    onChange(option);
    setText(option.name);
    setOpen(false);
    setFocused(undefined);
    inputRef.current?.focus();
  };
  const list = options ?? [];
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!list.length) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setFocused((f) => (f === undefined ? (step > 0 ? 0 : list.length - 1) : (f + step + list.length) % list.length));
    } else if (event.key === "Enter" && open && focused !== undefined && list[focused]) {
      event.preventDefault();
      choose(list[focused]);
    } else if (event.key === "Escape" && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };
  const optionId = (index: number) => `${inputId}-option-${index}`;
  const typeLabel = (option: PrincipalOption) => t(option.type === "user" ? "typeUser" : "typeGroup");
  return (
    <Select
      isOpen={open}
      selected={value ? `${value.type}:${value.id}` : undefined}
      onSelect={(_event, selected) => {
        const option = list.find((o) => `${o.type}:${o.id}` === selected);
        if (option) choose(option);
      }}
      onOpenChange={(isOpen) => !isOpen && setOpen(false)}
      toggle={(ref) => (
        <MenuToggle ref={ref} variant="typeahead" isExpanded={open} isFullWidth onClick={() => setOpen(!open && list.length > 0)}>
          <TextInputGroup isPlain>
            <TextInputGroupMain
              inputId={inputId}
              aria-label={label}
              value={text}
              innerRef={inputRef}
              placeholder={placeholder}
              autoComplete="off"
              role="combobox"
              isExpanded={open}
              aria-controls={listboxId}
              {...(open && focused !== undefined ? { "aria-activedescendant": optionId(focused) } : {})}
              onChange={(_event, newText) => {
                setText(newText);
                if (value) onChange(undefined);
              }}
              onKeyDown={onKeyDown}
            />
            {text && (
              <TextInputGroupUtilities>
                <Button
                  variant="plain"
                  aria-label={t("clearPrincipal")}
                  onClick={() => {
                    setText("");
                    setOptions(undefined);
                    onChange(undefined);
                    inputRef.current?.focus();
                  }}
                >
                  <TimesIcon />
                </Button>
              </TextInputGroupUtilities>
            )}
          </TextInputGroup>
        </MenuToggle>
      )}
    >
      <SelectList id={listboxId}>
        {list.length === 0 ? (
          <SelectOption isDisabled>{failure ? t("searchFailed", { error: failure }) : t("noMatches")}</SelectOption>
        ) : (
          list.map((option, index) => (
            <SelectOption
              key={`${option.type}:${option.id}`}
              id={optionId(index)}
              value={`${option.type}:${option.id}`}
              isFocused={focused === index}
              description={[typeLabel(option), option.detail].filter(Boolean).join(" · ")}
            >
              {option.name}
            </SelectOption>
          ))
        )}
      </SelectList>
    </Select>
  );
}
