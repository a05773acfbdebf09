// Air waybills for POST /trackings/aircargo. The seed AWB is served verbatim; other well-formed AWBs get an
// entry with the airline from its prefix and no events yet (the real reply for those is unconfirmed).
import { SEED_AWB_ENTRY } from './seed-vendor-docs';

export const AIRLINES: Record<string, { name: string; url: string; track: string }> = {
  '172': { name: 'Cargolux Airlines', url: 'https://www.cargolux.com/', track: 'https://cvtnt.champ.aero/trackntrace?awbnumber=' },
  '020': { name: 'Lufthansa Cargo', url: 'https://lufthansa-cargo.com/', track: 'https://www.lufthansa-cargo.com/tracking?awb=' },
  '057': { name: 'Air France Cargo', url: 'https://www.afklcargo.com/', track: 'https://www.afklcargo.com/tracking?awb=' },
  '176': { name: 'Emirates SkyCargo', url: 'https://www.skycargo.com/', track: 'https://www.skycargo.com/track?awb=' },
  '160': { name: 'Cathay Cargo', url: 'https://www.cathaycargo.com/', track: 'https://www.cathaycargo.com/track?awb=' },
};

/** SDK check: 3-digit prefix, optional space or dash, 7–8 digits. */
export const AWB_PATTERN = /^([0-9]{3})([ -])?([0-9]{7,8})$/;

/** `XXX-XXXXXXXX`, the form the reply is keyed by. */
export function normaliseAwb(input: string): string {
  const m = AWB_PATTERN.exec(input.trim())!;
  return `${m[1]}-${m[3]}`;
}

export function airCargoEntry(awb: string): unknown {
  if (awb === SEED_AWB_ENTRY.track_number) return structuredClone(SEED_AWB_ENTRY);
  const airline = AIRLINES[awb.slice(0, 3)];
  return {
    track_number: awb,
    return_data: {
      weight: '',
      piece: 0,
      origin: '',
      destination: '',
      track_info: [],
      status_number: 0,
      flight_info: {},
      flight_way_station: [],
      last_event: '',
    },
    airline_info: airline ? { name: airline.name, url: airline.url, track_url: airline.track + awb } : { name: '', url: '', track_url: '' },
  };
}
