import type { FlightLeg } from '@/utils/shipments/types';

/** The flight the cargo is on now: departed and not yet arrived; else the last departed; else the first. */
export function currentFlight(flights: readonly FlightLeg[]): FlightLeg | null {
  const airborne = flights.find((f) => f.actualDeparture && !f.actualArrival);
  if (airborne) return airborne;
  const departed = flights.filter((f) => f.actualDeparture);
  return departed[departed.length - 1] ?? flights[0] ?? null;
}
