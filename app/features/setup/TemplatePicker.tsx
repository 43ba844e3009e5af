import { Alert, Loader, Radio, Stack, Text } from '@mantine/core';

import type { TemplateKey } from './types.ts';
import { usePolicyTemplates } from './use-setup.ts';

/** The starting policies, each with what it lets a rep do; the admin edits it in Policy afterwards. */
export function TemplatePicker({
  value,
  onChange,
  error,
}: {
  value: TemplateKey;
  onChange: (key: TemplateKey) => void;
  error: string | undefined;
}) {
  const templates = usePolicyTemplates();
  if (templates.isPending)
    return <Loader size="sm" role="status" aria-label="Loading the templates" />;
  if (templates.isError) return <Alert color="red">{templates.error.message}</Alert>;
  return (
    <Radio.Group
      label="Starting policy"
      description="Who may decide how much on their own. Amounts are in your currency; you can change every figure in Policy at once."
      value={value}
      onChange={(key) => onChange(key as TemplateKey)}
      error={error}
    >
      <Stack gap="sm" mt="xs">
        {templates.data.map((template) => (
          <Radio
            key={template.key}
            value={template.key}
            label={template.name}
            description={
              <>
                {template.description}
                <Text span size="xs" c="dimmed" display="block">
                  Levels: {template.levels.map((level) => level.name).join(', ')}
                </Text>
              </>
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
