// `POST /trackings/aircargo` (contract §5.16, seed `172-28891936`). `data` is an object keyed by AWB;
// `flight_info` is an object keyed by flight number whose siblings may include `flight_way_station`
// and `last_event` (the doc lists them there, the sample puts them in `return_data`).
import * as v from 'valibot';
import { list, num, objectOrEmpty, text } from './scalars';

export const AirEventSchema = v.object({
  plan_date: text,
  actual_date: text,
  event: text,
  station: text,
  flight_number: text,
  status: text,
  piece: text,
  weight: text,
});

export const FlightSchema = v.object({
  plan_depart_time: text,
  depart_time: text,
  depart_station: text,
  plan_arrival_time: text,
  arrival_time: text,
  arrival_station: text,
});

const StationsSchema = v.array(v.string());

/** `flight_info` → flights (with their number) plus a route when it was listed there. */
const FlightInfoSchema = v.pipe(
  v.record(v.string(), v.unknown()),
  v.transform((info) => {
    const flights: ApiFlight[] = [];
    let route: string[] | null = null;
    for (const [key, value] of Object.entries(info)) {
      const stations = v.safeParse(StationsSchema, value);
      if (stations.success) {
        if (key === 'flight_way_station') route = stations.output;
        continue;
      }
      const flight = v.safeParse(FlightSchema, value);
      if (flight.success) flights.push({ flight_number: key, ...flight.output });
    }
    return { flights, route };
  }),
);

export const ReturnDataSchema = v.object({
  weight: text,
  piece: num,
  origin: text,
  destination: text,
  status_number: num,
  track_info: list(AirEventSchema),
  flight_info: objectOrEmpty(FlightInfoSchema),
  flight_way_station: v.nullish(StationsSchema, null),
  last_event: text,
});

export const AirlineSchema = v.object({ name: text, url: text, track_url: text });

export const AirCargoEntrySchema = v.object({
  track_number: text,
  status_number: num,
  return_data: objectOrEmpty(ReturnDataSchema),
  airline_info: objectOrEmpty(AirlineSchema),
});

/** Keyed by AWB (documented) or a plain array; the key fills a missing `track_number`. */
export const AirCargoSchema = v.union([
  v.pipe(
    v.record(v.string(), AirCargoEntrySchema),
    v.transform((byAwb) =>
      Object.entries(byAwb).map(([awb, entry]) => ({ ...entry, track_number: entry.track_number ?? awb })),
    ),
  ),
  v.array(AirCargoEntrySchema),
]);

export type ApiFlight = v.InferOutput<typeof FlightSchema> & { flight_number: string };
export type ApiAirEvent = v.InferOutput<typeof AirEventSchema>;
export type ApiAirCargo = v.InferOutput<typeof AirCargoEntrySchema>;
