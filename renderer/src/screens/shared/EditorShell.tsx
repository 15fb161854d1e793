import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { OperationName } from '../../../../src/contract/operations';
import { FormSummary } from '../../components/form/FormSummary';
import { Modal } from '../../components/Modal';
import type { EntityEditor } from './useEntityEditor';
import { SaveCancelFooter } from '../../components/form/SaveCancelFooter';
import { useCan } from '../../session/sessionContext';

interface EditorShellProps {
  // Only what the shell reads, so an editor over any draft fits.
  editor: Pick<EntityEditor<unknown>, 'titleId' | 'title' | 'onClose'> & {
    form: Pick<EntityEditor<unknown>['form'], 'onSubmit' | 'saving' | 'issueCount' | 'formErrors'>;
  };
  /** Held by the editor, not the shell: its form hook moves focus to the first field in trouble through it. */
  formRef: RefObject<HTMLFormElement | null>;
  testId: string;
  /**
   * The operation Save calls: a role that may not call it reads the record (every field
   * disabled, no Save), so a viewer can open it without typing into a form that cannot save.
   */
  operation: OperationName;
  /** The fields, below the summary of what stopped the last save. */
  children: ReactNode;
}

/** An entity editor's dialog: the form, the summary of its problems, and Cancel and Save. */
export function EditorShell({ editor, formRef, testId, operation, children }: EditorShellProps) {
  const { t } = useTranslation();
  const editable = useCan()(operation);
  const { form } = editor;
  return (
    <Modal
      titleId={editor.titleId}
      title={editor.title}
      onClose={editor.onClose}
      size="large"
      testId={testId}
    >
      <form ref={formRef} onSubmit={form.onSubmit} noValidate aria-labelledby={editor.titleId}>
        <div className="modal__body">
          <FormSummary count={form.issueCount} messages={form.formErrors} />
          {!editable && (
            <p className="muted" data-testid="read-only-note">
              {t('common.readOnly')}
            </p>
          )}
          {/* A disabled fieldset disables every field and button inside it, added rows too. */}
          <fieldset className="read-only-group" disabled={!editable} data-testid="editor-fields">
            {children}
          </fieldset>
        </div>
        <SaveCancelFooter
          onCancel={editor.onClose}
          saving={form.saving}
          saveTestId="editor-save"
          operation={operation}
        />
      </form>
    </Modal>
  );
}
