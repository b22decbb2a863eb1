import { Label, LabelGroup, List, ListItem, Stack, StackItem, Title } from "@patternfly/react-core";
import { t } from "../messages";
import { parseProblem, type ImportPlan } from "./plan";

/** The plan as a diff: what is created, updated, left unchanged, and what refuses the import. */
export function PlanView({ plan, title, testId }: { plan: ImportPlan; title: string; testId: string }) {
  return (
    <Stack hasGutter data-testid={testId}>
      <StackItem>
        <Title headingLevel="h3">{title}</Title>
      </StackItem>
      <Section title={t("planCreated")} count={plan.created.length} testId={`${testId}-created`}>
        <Items items={plan.created} color="green" />
      </Section>
      <Section title={t("planUpdated")} count={plan.updated.length} testId={`${testId}-updated`}>
        <Items items={plan.updated} color="blue" />
      </Section>
      <Section title={t("planUnchanged")} count={plan.unchanged} testId={`${testId}-unchanged`} />
      {plan.skipped && plan.skipped.length > 0 && (
        <Section title={t("planSkipped")} count={plan.skipped.length} testId={`${testId}-skipped`}>
          <Items items={plan.skipped} color="grey" />
        </Section>
      )}
      <Section title={t("planProblems")} count={plan.problems.length} testId={`${testId}-problems`} color="red">
        {plan.problems.length > 0 && (
          <List>
            {plan.problems.map((problem, index) => {
              const { field, message } = parseProblem(problem);
              return (
                <ListItem key={index}>
                  {field && (
                    <>
                      <Label color="red" isCompact>
                        <span className="pf-v5-screen-reader">{t("problemField")}: </span>
                        {field}
                      </Label>{" "}
                    </>
                  )}
                  {message}
                </ListItem>
              );
            })}
          </List>
        )}
      </Section>
    </Stack>
  );
}

function Section({
  title,
  count,
  testId,
  color = "grey",
  children,
}: {
  title: string;
  count: number;
  testId: string;
  color?: "grey" | "red";
  children?: React.ReactNode;
}) {
  return (
    <StackItem data-testid={testId}>
      <Title headingLevel="h4" size="md">
        {title}{" "}
        <Label isCompact color={count > 0 ? color : "grey"}>
          {count}
        </Label>
      </Title>
      {count > 0 ? children : null}
    </StackItem>
  );
}

function Items({ items, color }: { items: string[]; color: "green" | "blue" | "grey" }) {
  return (
    <LabelGroup numLabels={50} isCompact>
      {items.map((item) => (
        <Label key={item} color={color} isCompact>
          {item}
        </Label>
      ))}
    </LabelGroup>
  );
}
