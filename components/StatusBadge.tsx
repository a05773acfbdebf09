// A shipment status as icon + text; the colour only repeats what the text already says.
import type { Status } from '@/utils/shipments/types';
import { t } from '@/utils/i18n';
import { STATUS_ICON, STATUS_LABEL } from '@/utils/ui/labels';

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span class={`tp-badge tp-status-${status}`} data-status={status}>
      <span class="tp-badge-icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      <span class="tp-badge-text">{t(STATUS_LABEL[status])}</span>
    </span>
  );
}
