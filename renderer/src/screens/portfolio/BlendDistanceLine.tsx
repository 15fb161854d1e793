import { blendDistanceWords, provenOptimalWords } from '../../../../src/finance/analysis/blend-distance';
import { useLang } from '../../i18n/useLang';

/** The three figures of a blend (euros) that say how far it may be from the best possible. */
export interface BlendFigures {
  totalCost: number;
  gap: number;
  bound: number;
}

/**
 * Under a portfolio blend: "At most €X from the best possible" with why, when the search
 * stopped short of proving the blend optimal by more than a euro (issue 18); otherwise a
 * quiet "Proven optimal".
 */
export function BlendDistanceLine({ blend, testId }: { blend: BlendFigures; testId: string }) {
  const { lang } = useLang();
  const words = blendDistanceWords(lang, blend);
  if (words === null)
    return (
      <p className="small muted blend-distance" data-testid={testId} data-distance="0">
        {provenOptimalWords(lang)}
      </p>
    );
  return (
    <p className="blend-distance blend-distance--stated" data-testid={testId} data-distance={words.distance}>
      <strong>{words.line}</strong> <span className="muted">{words.note}</span>
    </p>
  );
}
