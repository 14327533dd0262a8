// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogSet } from '../../data/load';
import { findSet, loadCatalog } from '../../data/load';
import { repoFetcher } from '../../../tests/fixtures/catalog';
import { usePrefs } from '../../state/prefs';
import { InquiryForm } from './InquiryForm';

let catalog: Catalog;
let sets: CatalogSet[];
beforeAll(async () => {
  const r = await loadCatalog(repoFetcher());
  if (!r.ok) throw new Error('catalog failed to load');
  catalog = r.catalog;
  sets = ['courtroom', 'subway-platform', 'cq-villa'].map((id) => findSet(catalog, id)!);
});
afterEach(() => {
  cleanup();
  localStorage.clear();
});

const iso = (days: number) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('InquiryForm', () => {
  it('keeps its typed draft across a reload (offline included), but not invalid stored values', () => {
    usePrefs.setState({ lang: 'en' });
    const first = render(<InquiryForm catalog={catalog} sets={sets} />);
    type('inquiry-name', 'Jane Doe');
    type('inquiry-notes', '夜戏，需要发电车');
    first.unmount();
    render(<InquiryForm catalog={catalog} sets={sets} />);
    expect((screen.getByTestId('inquiry-name') as HTMLInputElement).value).toBe('Jane Doe');
    expect((screen.getByTestId('inquiry-notes') as HTMLTextAreaElement).value).toBe('夜戏，需要发电车');
    cleanup();
    localStorage.setItem('setscout.inquiry.draft.v1', '{"name": 42, "email": "a@b.example"}');
    render(<InquiryForm catalog={catalog} sets={sets} />);
    expect((screen.getByTestId('inquiry-name') as HTMLInputElement).value).toBe('');
    expect((screen.getByTestId('inquiry-email') as HTMLInputElement).value).toBe('a@b.example');
  });

  it('marks what is missing and moves focus to the first problem', () => {
    usePrefs.setState({ lang: 'en' });
    render(<InquiryForm catalog={catalog} sets={sets} initial={['courtroom']} />);
    const boxes = screen.getAllByTestId('inquiry-set') as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([true, false, false]);
    fireEvent.click(screen.getByTestId('inquiry-prepare'));
    expect(screen.getByRole('alert').textContent).toContain('6 field(s)');
    for (const f of ['from', 'to', 'crew', 'name', 'company', 'email']) expect(screen.getByTestId(`inquiry-${f}`).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(screen.getByTestId('inquiry-from'));
    // Problems clear as they are fixed.
    type('inquiry-name', 'Jane Doe');
    expect(screen.getByTestId('inquiry-name').getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByTestId('inquiry-error-name')).toBeNull();
  });

  it('prepares one mailto per base in the chosen language, and the full text to copy', () => {
    usePrefs.setState({ lang: 'zh' });
    render(<InquiryForm catalog={catalog} sets={sets} />);
    fireEvent.click(screen.getByTestId('inquiry-lang-en'));
    type('inquiry-from', iso(20));
    type('inquiry-to', iso(22));
    type('inquiry-crew', '18');
    type('inquiry-name', 'Jane Doe');
    type('inquiry-company', 'Harbour Pictures');
    type('inquiry-email', 'jane@harbour.example');
    fireEvent.click(screen.getByTestId('inquiry-prepare'));
    const result = screen.getByTestId('inquiry-result');
    const links = within(result).getAllByTestId('inquiry-mailto') as HTMLAnchorElement[];
    expect(links.map((a) => a.dataset.baseId)).toEqual(['quzhou', 'chongqing']);
    const href = links[0]!.getAttribute('href')!;
    expect(href.startsWith('mailto:bookings@quzhou-base.example?subject=Shoot%20inquiry')).toBe(true);
    const body = decodeURIComponent(href.split('&body=')[1]!);
    expect(body).toContain('Crew: 18 people');
    expect(body).toContain(`Dates: ${iso(20)} to ${iso(22)} (3 days)`);
    const full = (within(result).getAllByTestId('inquiry-full-text')[0] as HTMLTextAreaElement).value;
    expect(full).toContain('Subject: Shoot inquiry');
    // The page stays in Chinese: only the documents are English.
    expect(result.textContent).toContain('询价已准备好');
    fireEvent.click(screen.getByTestId('inquiry-edit'));
    expect((screen.getByTestId('inquiry-crew') as HTMLInputElement).value).toBe('18');
  });
});
