import { useTranslation } from 'react-i18next';
import { differenceDirection } from '../../../domain/impact/compare';

/** A difference against the reference scenario, with "better", "worse" or "same" in words. */
export function DifferenceCell({
  text,
  statusDifference,
}: {
  text: string | null;
  statusDifference: number | null;
}) {
  const { t } = useTranslation();
  const direction = differenceDirection(statusDifference);
  if (text === null) return <td className="num muted">–</td>;
  return (
    <td
      className={direction === null ? 'num' : `num difference difference--${direction}`}
      data-direction={direction ?? ''}
    >
      {text}
      {direction !== null && <span className="cell-sub">{t(`compare.${direction}`)}</span>}
    </td>
  );
}
