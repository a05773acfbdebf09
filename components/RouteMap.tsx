// Air route as stations joined left to right, e.g. XMN → LUX → MXP (inline SVG; the label says it in text).
import { t } from '@/utils/i18n';

const STEP = 90;
const PAD = 24;

export function RouteMap({ route }: { route: readonly string[] }) {
  if (route.length === 0) return null;
  const width = PAD * 2 + STEP * Math.max(route.length - 1, 0);
  const label = t('ui_route_label', route.join(' → '));
  return (
    <svg
      class="tp-route"
      role="img"
      aria-label={label}
      viewBox={`0 0 ${width} 44`}
      width="100%"
      style={{ maxWidth: `${width}px` }}
    >
      <title>{label}</title>
      {route.slice(1).map((_, i) => (
        <line
          key={`l${i}`}
          class="tp-route-line"
          x1={PAD + STEP * i + 7}
          y1={14}
          x2={PAD + STEP * (i + 1) - 7}
          y2={14}
        />
      ))}
      {route.map((station, i) => (
        <g key={`s${i}`} class="tp-route-station">
          <circle cx={PAD + STEP * i} cy={14} r={6} />
          <text x={PAD + STEP * i} y={38} text-anchor="middle">
            {station}
          </text>
        </g>
      ))}
    </svg>
  );
}
