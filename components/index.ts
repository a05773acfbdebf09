// Shared primitives for the popup, the options page and the in-page card. Import './theme.css' once per UI.
export { StatusBadge } from './StatusBadge';
export { Timeline, type TimelineProps } from './Timeline';
export { ErrorNotice, type ErrorNoticeProps } from './ErrorNotice';
export { ShipmentSummary, type ShipmentSummaryProps } from './ShipmentSummary';
export { FlightLegs } from './FlightLegs';
export { RouteMap } from './RouteMap';
