import { useTranslation } from 'react-i18next';
import type { CooperativeAnalysis } from '../../../../src/contract';
import { DataTable } from '../../components/table/DataTable';
import { formatMoney, formatPercent } from '../../domain/format';
import { useLang } from '../../i18n/useLang';

type Room = NonNullable<CooperativeAnalysis['sgeiDeMinimis']>;

function RoomRow({ kind, room }: { kind: 'general' | 'sgei'; room: Room }) {
  const { t } = useTranslation();
  const { locale } = useLang();
  const money = (euros: number) => formatMoney(euros, locale, true);
  return (
    <tr data-testid="de-minimis-room" data-kind={kind} data-warning={room.warning}>
      <th scope="row">{t(`cooperativePage.deMinimis.${kind}`)}</th>
      <td className="nowrap">
        {room.window.first}–{room.window.last}
      </td>
      <td className="num">{money(room.ceiling)}</td>
      <td className="num">{money(room.priorAid)}</td>
      <td className="num">{money(room.blendAid)}</td>
      <td className={room.headroom < 0 ? 'num field__error' : 'num'}>
        <strong>{money(room.headroom)}</strong>
      </td>
      <td className="num">
        {room.usedShare === null ? '–' : formatPercent(room.usedShare, locale, 0)}
        {room.warning && (
          <span className="cooperative-page__warning">{t('cooperativePage.deMinimis.warning')}</span>
        )}
      </td>
    </tr>
  );
}

/**
 * De minimis room left (Reg. (EU) 2023/2831), and for a cooperative entrusted with an
 * SGEI the room under its own ceiling (Reg. (EU) 2023/2832): the worst rolling window
 * the plans touch, with aid received before and aid from the blend at gross grant equivalent.
 */
export function DeMinimisRoom({ analysis }: { analysis: CooperativeAnalysis }) {
  const { t } = useTranslation();
  const { deMinimis, sgeiDeMinimis } = analysis;
  return (
    <section
      className="panel"
      aria-labelledby="cooperative-de-minimis-title"
      data-testid="cooperative-de-minimis"
    >
      <h3 id="cooperative-de-minimis-title" className="panel__title">
        {t('cooperativePage.deMinimis.title')}
      </h3>
      {deMinimis === null ? (
        <p className="muted">{t('cooperativePage.deMinimis.noPlans')}</p>
      ) : (
        <DataTable
          className="table table--compact"
          caption={t('cooperativePage.deMinimis.title')}
          columns={[
            { label: t('cooperativePage.deMinimis.columns.regime') },
            { label: t('cooperativePage.deMinimis.columns.window') },
            ...(['ceiling', 'prior', 'blend', 'room', 'used'] as const).map((key) => ({
              label: t(`cooperativePage.deMinimis.columns.${key}`),
              num: true,
            })),
          ]}
        >
          <tbody>
            <RoomRow kind="general" room={deMinimis} />
            {sgeiDeMinimis !== null && <RoomRow kind="sgei" room={sgeiDeMinimis} />}
          </tbody>
        </DataTable>
      )}
      <p className="field__hint">
        {sgeiDeMinimis === null
          ? t('cooperativePage.deMinimis.hint')
          : t('cooperativePage.deMinimis.hintSgei')}
      </p>
    </section>
  );
}
