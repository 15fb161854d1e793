/**
 * What every part of the report needs besides its own data: the model, the words in the
 * report's language, the formatters and the display names. One context, set once by the
 * document, so components take only the data they show.
 */
import { createContext, createElement as h, useContext, type ReactNode } from 'react';
import type { Lang } from '../../model/messages';
import type { ReportModel } from '../model';
import { reportFormat, type ReportFormat } from './format';
import { displayText, namesOf, type Names } from './names';
import { enumLabels, reportWords, type EnumLabel, type Words } from '../words';

export interface ReportEnv {
  model: ReportModel;
  lang: Lang;
  /** The report's general words, from the `report` namespace. */
  t: Words<'general'>;
  /** The methodology section's words. */
  m: Words<'methodology'>;
  enumLabel: EnumLabel;
  fmt: ReportFormat;
  names: Names;
  streamOrder: string[];
  /** Section anchor id -> the PDF page it starts on, for the contents list; null: not known (HTML, first PDF pass). */
  pageNumbers: ReadonlyMap<string, number> | null;
}

export function reportEnv(
  model: ReportModel,
  pageNumbers: ReadonlyMap<string, number> | null = null,
): ReportEnv {
  return {
    pageNumbers,
    model,
    lang: model.lang,
    t: reportWords(model.lang, 'general'),
    m: reportWords(model.lang, 'methodology'),
    enumLabel: enumLabels(model.lang),
    fmt: reportFormat(model.lang),
    names: namesOf(
      model.workspace,
      model.scenarios.flatMap((s) => s.run.desiloing?.pools ?? []),
    ),
    streamOrder: model.workspace.fundingStreams.map((s) => s.id),
  };
}

const ReportContext = createContext<ReportEnv | null>(null);

export const ReportProvider = ReportContext.Provider;

export function useReport(): ReportEnv {
  const env = useContext(ReportContext);
  if (env === null) throw new Error('Report components render inside the report document only');
  return env;
}

/**
 * A user's name or text, isolated so that a right-to-left name cannot reorder the
 * figures beside it, and cleaned of bidi and control characters.
 */
export function UserText({ text }: { text: string }): ReactNode {
  return h('bdi', null, displayText(text));
}
