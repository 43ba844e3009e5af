import type { ChangeEvent } from 'react';

type TextChange = ChangeEvent<HTMLInputElement | HTMLTextAreaElement>;

/**
 * What a Mantine input takes for one field of a form's state (its value, its change and the
 * server's refusal beside it), so a form names each field once rather than wiring it by hand.
 */
export function fieldProps<Field extends string>(
  values: Record<Field, string>,
  edit: (field: Field, value: string) => void,
  fieldError: (field: Field) => string | undefined,
) {
  return {
    /** For TextInput and Textarea, whose change is an event. */
    text: (field: Field) => ({
      value: values[field],
      onChange: (event: TextChange) => edit(field, event.currentTarget.value),
      error: fieldError(field),
    }),
    /** For Autocomplete, whose change is the value. */
    choice: (field: Field) => ({
      value: values[field],
      onChange: (value: string) => edit(field, value),
      error: fieldError(field),
    }),
  };
}
