// name: events
// description: What the graph thinks happened, in time order: one row per event, with its date (ISO),
//   its city's coordinates (lat, lon: WGS84 degrees from GeoNames, for a map),
//   how many documents describe it and the actors that attended, hosted, organised or chaired it
//   (negated facts left out). from/to keep the events whose time (date to end_date; a partial date
//   such as 2018-04 stands for its whole month) meets that period; events without a year are left
//   out then. Ordered by the first day of that time, then key; undated events last.
// param from: string = null -- ISO date (2018-04-01; 2018 or 2018-04 for its first day); no lower bound when null
// param to: string = null -- ISO date, inclusive (2018 or 2018-04 for its last day); no upper bound when null
// param kind: string = null -- only events of this kind (conference, meeting, summit...); all when null
// param state: string = null -- only events held in this state (ISO alpha-2) or with it as a participant
// param limit: integer = 100 -- at most this many events (the next page: skip = limit)
// param skip: integer = 0 -- events to pass over first
MATCH (e:Event)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($state IS NULL OR e.country = $state
       OR EXISTS { (e)-[h:HELD_IN]->(:State {key: $state}) WHERE NOT h.negated }
       OR EXISTS { (:State {key: $state})-[r:ATTENDED|HOSTED|ORGANIZED|CHAIRED]->(e) WHERE NOT r.negated })
WITH e, CASE WHEN e.year IS NOT NULL
             THEN date({year: e.year, month: coalesce(e.month, 1), day: coalesce(e.day, 1)}) END AS first_day
WITH e, first_day,
     CASE WHEN e.end_date IS :: DATE NOT NULL AND e.end_date >= first_day THEN e.end_date
          WHEN e.day IS NOT NULL THEN first_day
          WHEN e.month IS NOT NULL THEN first_day + duration({months: 1}) - duration({days: 1})
          ELSE first_day + duration({years: 1}) - duration({days: 1}) END AS last_day
WHERE ($from IS NULL OR last_day >= date($from))
  AND ($to IS NULL OR first_day <= CASE size($to)
                                     WHEN 4 THEN date($to) + duration({years: 1}) - duration({days: 1})
                                     WHEN 7 THEN date($to) + duration({months: 1}) - duration({days: 1})
                                     ELSE date($to) END)
RETURN e.key AS event,
       e.kind AS kind,
       e.name AS name,
       e.city AS city,
       e.country AS country,
       e.lat AS lat,
       e.lon AS lon,
       toString(e.date) AS date,
       toString(e.end_date) AS end_date,
       COUNT { ()-[:DESCRIBES]->(e) } AS documents,     // only documents DESCRIBE: the degree
       COLLECT {
         MATCH (a:Entity)-[r:ATTENDED|HOSTED|ORGANIZED|CHAIRED]->(e)
         WHERE NOT r.negated
         WITH DISTINCT a
         RETURN a.name ORDER BY a.name, a.key
       } AS participants
ORDER BY first_day, date, event
SKIP toInteger($skip)
LIMIT toInteger($limit)
