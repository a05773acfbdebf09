// Where a shipment is, at a glance: the milestone steps as an ordered list (done ✓, the current one marked
// with aria-current="step", a problem with "!"), and the expected delivery window beside it when known.
// Shared by the popup's details and the in-page card (`compact`: the card is narrow, so only the current
// step's words show; every step's words stay in the list for screen readers).
import { useId } from 'preact/hooks';
import type { Shipment } from '@/utils/shipments/types';
import { shipmentProgress } from '@/utils/shipments/milestones';
import { STEP_LABEL } from '@/utils/ui/labels';
import type { DeliveryWindow } from '@/utils/ui/eta';
import { formatNumber, t } from '@/utils/i18n';
import { formatWall } from '@/utils/ui/format';

export interface MilestoneStepperProps {
  shipment: Pick<Shipment, 'kind' | 'status' | 'events'>;
  /** Expected delivery (the carrier's day, or the transit-time window), when known. */
  eta?: DeliveryWindow | null;
  compact?: boolean;
}

type StepState = 'done' | 'current' | 'problem' | 'upcoming';

export function MilestoneStepper({ shipment, eta, compact = false }: MilestoneStepperProps) {
  const id = useId();
  const { steps, current, exception } = shipmentProgress(shipment);
  const labels = steps.map((s) => t(STEP_LABEL[s]));
  const where = current < 0 ? null : t('ui_progress_step', formatNumber(current + 1), formatNumber(steps.length), labels[current]!);
  const summary = where === null ? t('ui_progress_notYet') : exception ? t('ui_progress_problem', where) : where;
  // The last step reached is done, not "current", once the journey is over (delivered).
  const finished = current === steps.length - 1 && !exception;
  const stateOf = (i: number): StepState =>
    i < current || (i === current && finished) ? 'done' : i === current ? (exception ? 'problem' : 'current') : 'upcoming';
  const short: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short' };
  return (
    <div
      class={`tp-progress${compact ? ' tp-progress-compact' : ''}`}
      data-step={current < 0 ? 'none' : steps[current]}
      data-exception={exception ? 'true' : undefined}
    >
      <p id={`${id}-sum`} class={compact ? 'tp-progress-summary' : 'tp-sr-only'}>
        {summary}
      </p>
      <ol class="tp-stepper" aria-labelledby={`${id}-sum`} style={{ '--tp-steps': steps.length }}>
        {steps.map((step, i) => {
          const state = stateOf(i);
          return (
            <li key={step} class={`tp-step tp-step-${state}`} aria-current={i === current ? 'step' : undefined}>
              <span class="tp-step-dot" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'problem' ? '!' : formatNumber(i + 1)}
              </span>
              <span class={compact ? 'tp-sr-only' : 'tp-step-label'}>
                {labels[i]}
                {state === 'done' && <span class="tp-sr-only">, {t('ui_progress_done')}</span>}
              </span>
            </li>
          );
        })}
      </ol>
      {eta?.source === 'carrier' && (
        <p class="tp-progress-eta" data-source="carrier">
          {/* "Expected Thu 3 Dec" to the eye; the words in full for screen readers. */}
          <span aria-hidden="true">{t('ui_progress_expected', formatWall(eta.day, { weekday: 'short', day: 'numeric', month: 'short' }))}</span>
          <span class="tp-sr-only">
            {t('ui_progress_expectedLong', formatWall(eta.day, { weekday: 'long', day: 'numeric', month: 'long' }))}
          </span>
        </p>
      )}
      {eta?.source === 'transit' && (
        <p class="tp-progress-eta" data-source="transit">
          <span class="tp-muted">{t('ui_summary_eta')}: </span>
          {t(
            'ui_summary_etaRange',
            formatWall(eta.from, short),
            formatWall(eta.to, short),
            formatNumber(eta.minDays),
            formatNumber(eta.maxDays),
          )}
        </p>
      )}
    </div>
  );
}
