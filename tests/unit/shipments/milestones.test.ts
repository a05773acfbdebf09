// @vitest-environment node
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { AirCargoSchema } from '@/utils/api/schema/aircargo';
import { SingleGetSchema } from '@/utils/api/schema/tracking';
import { normalizeAirCargo } from '@/utils/shipments/normalize-aircargo';
import { normalizeTracking } from '@/utils/shipments/normalize-tracking';
import { AWB_STEPS, PARCEL_STEPS, airMilestoneOf, milestoneOf, shipmentProgress } from '@/utils/shipments/milestones';
import type { Milestone, Shipment, Status, TrackingEvent } from '@/utils/shipments/types';
import single4px from '@/tests/fixtures/api-trackingmore-get-4px.json';
import aircargo from '@/tests/fixtures/api-trackingmore-aircargo-172-28891936.json';

function ev(status: Status | null, milestone: Milestone | null = null): TrackingEvent {
  return { date: '2026-11-20 10:00', localTime: true, description: 'x', location: '', status, substatus: null, milestone, leg: 'origin' };
}
const parcel = (status: Status, events: TrackingEvent[]): Pick<Shipment, 'kind' | 'status' | 'events'> => ({ kind: 'parcel', status, events });
const awb = (status: Status, events: TrackingEvent[]): Pick<Shipment, 'kind' | 'status' | 'events'> => ({ kind: 'awb', status, events });

describe('milestoneOf (a checkpoint)', () => {
  it('reads ItemNode first, then the substatus, then the status', () => {
    expect(milestoneOf('ArrivalfromAbroad', 'pickup001', 'pickup')).toBe('arrived-abroad');
    expect(milestoneOf(null, 'transit005', 'transit')).toBe('customs');
    expect(milestoneOf(null, 'delivered003', 'transit')).toBe('delivered');
    expect(milestoneOf(null, null, 'pickup')).toBe('out-for-delivery');
    expect(milestoneOf(null, 'transit001', 'transit')).toBeNull();
  });
  it('counts an air arrival only at the final station', () => {
    expect(airMilestoneOf('ARR', 'LUX', 'MXP')).toBeNull();
    expect(airMilestoneOf('ARR', 'MXP', 'MXP')).toBe('arrived-destination');
    expect(airMilestoneOf('DEP', 'XMN', 'MXP')).toBe('departed');
  });
});

describe('shipmentProgress (parcels: 5 steps)', () => {
  it('has the five steps a parcel tracker shows', () => {
    expect(shipmentProgress(parcel('transit', [])).steps).toEqual(PARCEL_STEPS);
    expect(PARCEL_STEPS).toEqual(['received', 'in-transit', 'in-destination', 'out-for-delivery', 'delivered']);
  });
  it('is before the first step with nothing scanned', () => {
    expect(shipmentProgress(parcel('notfound', []))).toMatchObject({ current: -1, exception: false });
    expect(shipmentProgress(parcel('pending', []))).toMatchObject({ current: -1, exception: false });
  });
  it('is "received" once the carrier has any checkpoint (info received)', () => {
    expect(shipmentProgress(parcel('notfound', [ev('notfound')])).current).toBe(0);
    expect(shipmentProgress(parcel('pending', [ev('pending', 'received')])).current).toBe(0);
  });
  it('is "in transit" when moving, and in the destination country after arrival abroad or customs', () => {
    expect(shipmentProgress(parcel('transit', [ev('transit'), ev('pending', 'received')])).current).toBe(1);
    expect(shipmentProgress(parcel('transit', [ev('transit', 'arrived-abroad')])).current).toBe(2);
    expect(shipmentProgress(parcel('transit', [ev('transit', 'customs')])).current).toBe(2);
  });
  it('never goes back: a later vague checkpoint keeps the furthest step', () => {
    const events = [ev('transit'), ev('transit', 'arrived-destination'), ev('transit', 'departed')];
    expect(shipmentProgress(parcel('transit', events)).current).toBe(2);
  });
  it('is out for delivery on pickup and delivered on delivered, even when checkpoints say less', () => {
    expect(shipmentProgress(parcel('pickup', [ev('transit')])).current).toBe(3);
    expect(shipmentProgress(parcel('delivered', [ev('transit')])).current).toBe(4);
    expect(shipmentProgress(parcel('delivered', []))).toMatchObject({ current: 4, exception: false });
  });
  it('flags an exception at the step reached; a failed delivery sits on "out for delivery"', () => {
    expect(shipmentProgress(parcel('exception', [ev('transit', 'customs'), ev('transit')]))).toMatchObject({ current: 2, exception: true });
    expect(shipmentProgress(parcel('undelivered', [ev('transit')]))).toMatchObject({ current: 3, exception: true });
    expect(shipmentProgress(parcel('exception', []))).toMatchObject({ current: 0, exception: true });
  });
  it('on the recorded 4PX reply (delivered) is on the last step', () => {
    const shipment = normalizeTracking(v.parse(SingleGetSchema, single4px.data), { now: Date.UTC(2020, 10, 10) });
    expect(shipmentProgress(shipment)).toMatchObject({ current: 4, exception: false });
  });
});

describe('shipmentProgress (air waybills: 4 steps)', () => {
  it('books, departs, arrives at the final station, delivers', () => {
    expect(shipmentProgress(awb('pending', [ev('pending')]))).toMatchObject({ steps: AWB_STEPS, current: 0 });
    expect(shipmentProgress(awb('transit', [ev('transit', 'departed')])).current).toBe(1);
    // arrival at a transit station (no milestone) is still "departed"
    expect(shipmentProgress(awb('transit', [ev('transit'), ev('transit', 'departed')])).current).toBe(1);
    expect(shipmentProgress(awb('pickup', [ev('pickup', 'out-for-delivery')])).current).toBe(2);
    expect(shipmentProgress(awb('delivered', [ev('delivered', 'delivered')])).current).toBe(3);
  });
  it('on the recorded Cargolux reply (delivered at MXP) is on the last step', () => {
    const [entry] = v.parse(AirCargoSchema, aircargo.data);
    const shipment = normalizeAirCargo(entry!);
    expect(shipment.kind).toBe('awb');
    expect(shipmentProgress(shipment)).toMatchObject({ steps: AWB_STEPS, current: 3 });
  });
});
