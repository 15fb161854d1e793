/**
 * `coopfolio blend`'s progress on stderr and its Ctrl-C (issue 18). A portfolio blend
 * of a large city can take a while: the search reports its phase, the subproblems
 * solved, how far its best blend may still be from the best possible and the proven
 * bound. On a terminal one line is rewritten in place; piped (`--progress`), each
 * report is a line of its own. SIGINT aborts the blend: the command prints "Cancelled"
 * and exits with EXIT_CANCELLED, having written nothing.
 */
import type { BlendProgress } from '../finance/blend';
import { euroFormat, cliWords } from './format';
import { localeOf, type Lang } from '../i18n';
import type { CliIo } from './io';

/** The line for one report: phase, nodes, best distance (once there is a blend) and bound. */
export function blendProgressLine(lang: Lang, progress: BlendProgress): string {
  const t = cliWords(lang);
  const money = euroFormat(lang);
  const nodes = new Intl.NumberFormat(localeOf(lang)).format(progress.nodes);
  const vars = {
    phase: t(`blend.phase.${progress.phase}`),
    nodes,
    bound: money.format(progress.bound / 100),
  };
  return progress.covered === null
    ? t('blend.progressNoBlend', vars)
    : t('blend.progress', {
        ...vars,
        // With cents: near the end the distance is small, and that is what the user waits for.
        distance: euroFormat(lang, true).format(Math.max(0, progress.bound - progress.covered) / 100),
      });
}

/**
 * A progress callback for the blend: on a terminal it rewrites one line (and clears it
 * when asked to `end`), elsewhere it prints every report on a line of its own.
 */
export function blendProgressPrinter(
  io: CliIo,
  lang: Lang,
  terminal: boolean,
): { onProgress: (p: BlendProgress) => void; end: () => void } {
  let shown = false;
  return {
    onProgress: (p) => {
      const line = blendProgressLine(lang, p);
      // \x1b[K clears what a longer earlier line left on the right.
      io.stderr(terminal ? `\r${line}\x1b[K` : `${line}\n`);
      shown = true;
    },
    end: () => {
      if (terminal && shown) io.stderr('\r\x1b[K');
    },
  };
}

/**
 * Aborts the returned signal on Ctrl-C (SIGINT) until `release` is called. While it is
 * held, Ctrl-C does not end the process at once: the blend stops at its next check and
 * the command ends cleanly.
 */
export function cancelOnInterrupt(): { signal: AbortSignal; release: () => void } {
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.on('SIGINT', onInterrupt);
  return { signal: controller.signal, release: () => process.off('SIGINT', onInterrupt) };
}
