// The event history, newest first. With `limit` it is a short flat list (card, pinned row); without it,
// the full history grouped by calendar day.
import type { TrackingEvent } from '@/utils/shipments/types';
import { t } from '@/utils/i18n';
import { groupEventsByDay, parseCarrierDate, sortEventsNewestFirst } from '@/utils/shipments/dates';
import { formatCarrierDate } from '@/utils/ui/format';
import { MILESTONE_LABEL, STATUS_ICON, STATUS_LABEL } from '@/utils/ui/labels';

export interface TimelineProps {
  events: readonly TrackingEvent[];
  limit?: number;
  /** Show which carrier leg reported each event (details view). */
  showLeg?: boolean;
}

function dayLabel(day: string): string {
  return formatCarrierDate(day, { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' }) ?? t('ui_timeline_undated');
}

function EventItem({ event, withDay, showLeg }: { event: TrackingEvent; withDay: boolean; showLeg: boolean }) {
  const when = (withDay ? formatCarrierDate(event.date) : parseCarrierDate(event.date)?.time) ?? '';
  return (
    <li class={`tp-event${event.status ? ` tp-status-${event.status}` : ''}`}>
      <span class="tp-event-icon" aria-hidden="true">
        {event.status ? STATUS_ICON[event.status] : '•'}
      </span>
      <div class="tp-event-body">
        <div class="tp-event-head">
          {when && (
            <time class="tp-event-time" dateTime={event.date} title={event.localTime ? t('ui_timeline_localTime') : undefined}>
              {when}
            </time>
          )}
          {event.status && <span class="tp-sr-only">{t(STATUS_LABEL[event.status])}</span>}
          {event.milestone && <span class="tp-milestone">{t(MILESTONE_LABEL[event.milestone])}</span>}
          {showLeg && (
            <span class="tp-leg-tag">{t(event.leg === 'origin' ? 'ui_leg_origin' : 'ui_leg_destination')}</span>
          )}
        </div>
        <div class="tp-event-desc">{event.description}</div>
        {event.location && <div class="tp-event-loc">{event.location}</div>}
      </div>
    </li>
  );
}

export function Timeline({ events, limit, showLeg = false }: TimelineProps) {
  if (events.length === 0) return <p class="tp-muted tp-timeline-empty">{t('ui_timeline_empty')}</p>;
  if (limit !== undefined) {
    const shown = sortEventsNewestFirst(events).slice(0, Math.max(0, limit));
    return (
      <ol class="tp-timeline tp-timeline-flat" aria-label={t('ui_timeline_label')}>
        {shown.map((event, i) => (
          <EventItem key={i} event={event} withDay showLeg={showLeg} />
        ))}
      </ol>
    );
  }
  return (
    <div class="tp-timeline" role="group" aria-label={t('ui_timeline_label')}>
      {groupEventsByDay(events).map((group) => (
        <section class="tp-day" key={group.day || 'undated'}>
          <h3 class="tp-day-head">{group.day ? dayLabel(group.day) : t('ui_timeline_undated')}</h3>
          <ol class="tp-day-events">
            {group.events.map((event, i) => (
              <EventItem key={i} event={event} withDay={false} showLeg={showLeg} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
