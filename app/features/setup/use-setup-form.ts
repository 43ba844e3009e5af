import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';

import { ApiError } from '../../api/client.ts';
import {
  fieldOf,
  initialFields,
  slugFrom,
  toRequest,
  withoutPath,
  type SetupFieldName,
  type SetupFields,
} from './setup-fields.ts';
import { useSetup } from './use-setup.ts';

/**
 * The setup form's state: the slug follows the name until typed, and a refusal lands on its field.
 * The setup token is asked for only when the page was opened without the link's, or it was refused.
 */
export function useSetupForm(linkToken: string) {
  const [fields, setFields] = useState<SetupFields>(() => initialFields(linkToken));
  const [askToken, setAskToken] = useState(linkToken === '');
  // A link opened in the tab after the page (only its fragment changed) brings a token now.
  const [linkTokenSeen, setLinkTokenSeen] = useState(linkToken);
  if (linkToken !== linkTokenSeen) {
    setLinkTokenSeen(linkToken);
    setFields((current) => ({ ...current, setupToken: linkToken }));
    setAskToken(false);
  }
  const [slugTyped, setSlugTyped] = useState(false);
  const setup = useSetup();
  const navigate = useNavigate();

  const edit = (field: SetupFieldName, value: string) => {
    setFields((current) => {
      const next = { ...current, [field]: value };
      if (field === 'name' && !slugTyped) next.slug = slugFrom(value);
      return next;
    });
    if (field === 'slug') setSlugTyped(true);
    if (setup.isError) setup.reset();
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setup.mutate(toRequest(fields), {
      onSuccess: () => navigate('/', { replace: true }),
      // Another instance's link, or a server restarted since: the field to type the right one.
      onError: (refusal) => {
        if (refusal instanceof ApiError && refusal.field === 'setupToken') setAskToken(true);
      },
    });
  };

  const error = setup.error;
  const errorField = error instanceof ApiError ? fieldOf(error.field) : undefined;
  const fieldError = (field: SetupFieldName) =>
    error instanceof ApiError && errorField === field
      ? withoutPath(error.message, error.field)
      : undefined;
  // A refusal no field shows (setup closed meanwhile, the network) goes above the button.
  const formError = error && !errorField ? error.message : undefined;

  return { fields, edit, submit, fieldError, formError, askToken, pending: setup.isPending };
}
