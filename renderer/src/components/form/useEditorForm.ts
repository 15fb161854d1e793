import { useEffect, useState, type FormEvent, type RefObject } from 'react';
import type { ApiError, Result } from '../../../../src/contract/result';
import type { IssuePath } from '../../../../src/model/issues';
import type { Lang } from '../../../../src/model/messages';
import type { Locale } from '../../../../src/model/settings';
import { fromServerIssues, issuesByField, type FormCheck, type FormIssue } from '../../domain/issues';
import { useLang } from '../../i18n/useLang';
import { useIssueText } from './useIssueText';

export interface EditorOptions<D, V> {
  initial: D;
  /** The form element, for moving focus to the first field in trouble. */
  formRef: RefObject<HTMLFormElement | null>;
  fieldsOf: (draft: D) => ReadonlySet<string>;
  check: (draft: D, lang: Lang, locale: Locale) => FormCheck<V>;
  save: (value: V) => Promise<Result<unknown>>;
  /** The input key that wraps the entity on the wire (`cooperative`, `stream`). */
  serverPrefix: string;
  remapPath?: (path: IssuePath, draft: D, locale: Locale) => IssuePath;
  onSaved: (value: V) => void;
}

/** Refusals without issues still belong somewhere: a taken id beside the id, the rest on the form. */
function issuesOfError(error: ApiError, prefix: string): FormIssue[] {
  if (error.issues !== undefined && error.issues.length > 0) return fromServerIssues(error.issues, prefix);
  return [{ source: 'text', path: error.code === 'exists' ? ['id'] : [], text: error.message }];
}

/** What an editor's fields and buttons work with. */
export interface EditorForm<D> {
  draft: D;
  update: (patch: Partial<D>) => void;
  /**
   * Starts over from another draft: an editor with nothing typed following the stored
   * record. A method, so a form over a wider draft still fits where a narrower one is read.
   */
  reset(draft: D): void;
  saving: boolean;
  /** Everything wrong at the last attempt, shown in the summary at the top. */
  issueCount: number;
  errorsFor: (name: string) => string[];
  formErrors: string[];
  onSubmit: (event: FormEvent) => void;
}

/**
 * An editor's state and save cycle. Checks run in the browser with the model's
 * schemas (shown after the first save attempt, then live); the host's answer is
 * mapped onto the same fields.
 */
export function useEditorForm<D, V>(options: EditorOptions<D, V>): EditorForm<D> {
  const { formRef, fieldsOf, check, save, serverPrefix, remapPath, onSaved } = options;
  const { lang, locale } = useLang();
  const issueText = useIssueText();
  const [draft, setDraft] = useState<D>(options.initial);
  const [submitted, setSubmitted] = useState(false);
  const [serverIssues, setServerIssues] = useState<FormIssue[]>([]);
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);

  useEffect(() => {
    if (focusRequest === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>('.form-summary');
    target?.focus();
  }, [focusRequest, formRef]);

  const checked = check(draft, lang, locale);
  const clientIssues = submitted && !checked.ok ? checked.issues : [];
  const grouped = issuesByField([...clientIssues, ...serverIssues], fieldsOf(draft));
  const issueCount = clientIssues.length + serverIssues.length;

  const update = (patch: Partial<D>) => {
    setDraft((current) => ({ ...current, ...patch }));
    // The host judged the old values; its verdict would mislead once they change.
    setServerIssues([]);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSubmitted(true);
    const result = check(draft, lang, locale);
    if (!result.ok) {
      setFocusRequest((n) => n + 1);
      return;
    }
    setSaving(true);
    const saved = await save(result.value);
    setSaving(false);
    if (saved.ok) {
      onSaved(result.value);
      return;
    }
    const issues = issuesOfError(saved.error, serverPrefix);
    setServerIssues(
      remapPath === undefined
        ? issues
        : issues.map((i) => ({ ...i, path: remapPath(i.path, draft, locale) })),
    );
    setFocusRequest((n) => n + 1);
  };

  return {
    draft,
    update,
    reset: setDraft,
    saving,
    issueCount,
    errorsFor: (name: string) => (grouped.get(name) ?? []).map(issueText),
    formErrors: (grouped.get('') ?? []).map(issueText),
    onSubmit: (event: FormEvent) => void onSubmit(event),
  };
}
