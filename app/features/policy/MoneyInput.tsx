import { TextInput } from '@mantine/core';
import { useState, type ReactNode } from 'react';

import { parseMoneyInput } from '../../../domain/money.ts';
import { currencyPrefix, minorToInput } from './money-input.ts';

type MoneyInputProps = {
  label: string;
  description?: ReactNode;
  currency: string;
  /** Minor units; undefined is an empty field ("no limit" where optional). */
  value: number | undefined;
  onChange: (minor: number | undefined) => void;
  /** When false an empty field is an error rather than "no limit". */
  optional?: boolean;
  error?: ReactNode;
  placeholder?: string;
  disabled?: boolean;
  autoFocus?: boolean;
};

/**
 * An amount typed in major units ("75", "1,250.50") and stored as minor units. What is typed stays on
 * screen as typed; the parent hears only amounts that parse, so the document never holds a guess.
 */
export function MoneyInput({
  label,
  description,
  currency,
  value,
  onChange,
  optional = false,
  error,
  placeholder,
  disabled,
  autoFocus,
}: MoneyInputProps) {
  const [text, setText] = useState(() => minorToInput(value, currency));
  const [shown, setShown] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);

  // A change from outside (discarding the draft, another cell) replaces what is typed.
  if (value !== shown) {
    setShown(value);
    setText(minorToInput(value, currency));
    setProblem(null);
  }

  const change = (next: string) => {
    setText(next);
    if (next.trim() === '') {
      setProblem(optional ? null : 'Enter an amount');
      if (optional) {
        setShown(undefined);
        onChange(undefined);
      }
      return;
    }
    const minor = parseMoneyInput(next, currency);
    if (minor === null) {
      setProblem('Enter an amount such as 75 or 75.50');
      return;
    }
    setProblem(null);
    setShown(minor);
    onChange(minor);
  };

  return (
    <TextInput
      label={label}
      description={description}
      leftSection={currencyPrefix(currency)}
      leftSectionPointerEvents="none"
      inputMode="decimal"
      autoComplete="off"
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={() => {
        // Tidy what was typed ("75.5" → "75.50") once the person moves on.
        if (!problem && shown !== undefined) setText(minorToInput(shown, currency));
      }}
      error={problem ?? error}
      placeholder={placeholder ?? (optional ? 'No limit' : undefined)}
      disabled={disabled}
      data-autofocus={autoFocus ? true : undefined}
    />
  );
}
