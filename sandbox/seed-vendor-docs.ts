// The vendor doc examples, copied field for field from /work/shared/seeds/ (the sandbox's replies must match
// them exactly; tests compare against them).

/** Seed 001: the single-GET doc reply for 4PX 300403513351. The doc elides older checkpoints with "...";
 *  the three after the first two are the ones its milestone fields name. */
export const SEED_4PX_TRACKING = {
  id: 'a543163dd2474af66f64c48e3085cdfa',
  tracking_number: '300403513351',
  carrier_code: '4px',
  status: 'delivered',
  created_at: '2018-04-16T06:30:02+00:00',
  updated_at: '2018-04-16T06:30:02+00:00',
  order_create_time: '2018-04-01 10:08',
  // Verbatim from the scraped doc page, which obfuscated the address.
  customer_email: ['[email protected]'],
  title: 'cute pillow',
  order_id: '#0002',
  comment: null,
  customer_name: 'Karen Ng',
  archived: false,
  original_country: '',
  destination_country: 'United States',
  itemTimeLength: 12,
  stayTimeLength: 2,
  origin_info: {
    ItemReceived: '2018-04-02 19:17:08',
    ItemDispatched: null,
    DepartfromAirport: '2018-04-04 11:18:00',
    ArrivalfromAbroad: null,
    CustomsClearance: '2018-04-06 17:30:00',
    DestinationArrived: '2018-04-14 07:47:00',
    weblink: null,
    phone: null,
    carrier_code: '4px',
    trackinfo: [
      { Date: '2018-04-14 15:12:00', StatusDescription: 'Shipment delivered.', Details: 'Paramount, CA, US', checkpoint_status: 'delivered' },
      { Date: '2018-04-14 07:47:00', StatusDescription: 'OUT FOR DELIVERY', Details: 'Paramount, CA, US', checkpoint_status: 'pickup' },
      { Date: '2018-04-06 17:30:00', StatusDescription: 'Customs clearance completed', Details: 'Los Angeles, CA, US', checkpoint_status: 'transit' },
      { Date: '2018-04-04 11:18:00', StatusDescription: 'Departed from airport', Details: 'Shenzhen, CN', checkpoint_status: 'transit' },
      { Date: '2018-04-02 19:17:08', StatusDescription: 'Parcel received by 4PX', Details: 'Shenzhen, CN', checkpoint_status: 'transit' },
    ],
  },
  service_code: '',
  lastEvent: 'Shipment delivered.,Paramount, CA, US,2018-04-14 15:12:00',
  lastUpdateTime: '2018-04-14 15:12:00',
} as const;

/** Seed 003: the TrackRU PUT example — the request body and the reply it gets. */
export const SEED_STO_PUT_REQUEST = {
  title: 'new title',
  logistics_channel: '4PX挂号小包',
  customer_name: 'sandy',
  customer_email: '[email protected]',
  customer_phone: '+86123456789',
  order_id: '986574521568',
  destination_code: 'CN',
  archived: 'true',
  status: 7,
} as const;

export const SEED_STO_PUT_REPLY = {
  id: '3d300c6f34a6a9711166cc44e4cc096a',
  tracking_number: '402934299065',
  carrier_code: 'sto',
  created_at: '2018-04-18T14:34:30+08:00',
  updated_at: '2018-04-18T14:32:27+08:00',
  customer_email: '[email protected]',
  customer_name: 'sandy',
  order_id: '986574521568',
  title: 'new title',
  destination_code: 'CN',
  customer_phone: '+86123456789',
  archived: 'true',
  status: '7',
  logistics_channel: '4PX挂号小包',
} as const;

/** Seed 000: the aircargo doc reply for 172-28891936 (the `data` entry). */
export const SEED_AWB_ENTRY = {
  track_number: '172-28891936',
  return_data: {
    weight: '1981K',
    piece: 9,
    origin: 'XMN',
    destination: 'MXP',
    track_info: [
      { plan_date: '2018-04-18 20:29:00', actual_date: '2018-04-17 09:38:00', event: 'Delivery', station: 'MXP', flight_number: 'C80066', status: 'DLV', piece: '10', weight: '' },
      { plan_date: '2018-04-12 01:20:00', actual_date: '2018-04-11 17:41:00', event: '9 piece(s) accepted', station: 'XMN', flight_number: 'CV7493', status: 'RCS', piece: '9', weight: '' },
      { plan_date: '2018-04-12 16:27:00', actual_date: '2018-04-11 15:56:00', event: '9 piece(s) arrived on CV7493', station: 'LUX', flight_number: 'CV7493', status: 'ARR', piece: '9', weight: '' },
    ],
    status_number: 4,
    flight_info: {
      CV7493: {
        plan_depart_time: '2018-04-12 08:20:00',
        depart_time: '2018-04-12 08:46:00',
        depart_station: 'XMN',
        plan_arrival_time: '2018-04-12 16:27:00',
        arrival_time: '2018-04-11 15:56:00',
        arrival_station: 'LUX',
      },
      C80066: {
        plan_arrival_time: '2018-04-14 20:29:00',
        arrival_time: '2018-04-13 20:21:00',
        arrival_station: 'MXP',
        plan_depart_time: '2018-04-16 20:15:00',
        depart_time: '2018-04-14 19:31:00',
        depart_station: 'LUX',
      },
    },
    flight_way_station: ['XMN', 'LUX', 'MXP'],
    last_event: '2018-04-17 09:38:00, Delivery, MXP, C80066',
  },
  airline_info: {
    name: 'Cargolux Airlines',
    url: 'https://www.cargolux.com/',
    track_url: 'https://cvtnt.champ.aero/trackntrace?awbnumber=172-28891936',
  },
} as const;
