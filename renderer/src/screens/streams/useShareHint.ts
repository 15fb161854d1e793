import { useTranslation } from 'react-i18next';
import { fractionLookalike } from '../../domain/percentHint';
import { useLang } from '../../i18n/useLang';

/**
 * The hint under a share or chance typed in percent: when the value looks like a
 * fraction ("0,8"), it says what was typed and what was probably meant, so 0,8 is never
 * stored as 0,8% unnoticed; otherwise the field's usual hint.
 */
export function useShareHint(): (text: string, usual?: string) => string | undefined {
  const { t } = useTranslation();
  const { locale } = useLang();
  return (text, usual) => {
    const lookalike = fractionLookalike(text, locale);
    return lookalike === null ? usual : t('streamStatus.fractionLookalike', lookalike);
  };
}
