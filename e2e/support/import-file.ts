import type { Page } from 'playwright-core';

export type ImportKind = 'People' | 'Customers' | 'Orders';

/** Picks what the file holds on the import page, by the radio's visible label as a person clicks it. */
export async function chooseImportKind(page: Page, kind: ImportKind): Promise<void> {
  await page
    .getByRole('radiogroup', { name: 'What the file holds' })
    .getByText(kind, { exact: true })
    .click();
}

/**
 * Chooses a CSV made of a header and rows through the page's file chooser and asks for the dry run,
 * waiting until its answer is headed by the file's name.
 */
export async function checkImportFile(
  page: Page,
  file: { name: string; header: string; rows: readonly string[] },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'CSV file' }).click();
  await (
    await chooser
  ).setFiles({
    name: file.name,
    mimeType: 'text/csv',
    buffer: Buffer.from([file.header, ...file.rows].join('\n') + '\n'),
  });
  await page.getByRole('button', { name: 'Check the file' }).click();
  await page.getByRole('heading', { name: file.name }).waitFor();
}
