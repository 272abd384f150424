// The load lease (graph/lease.py): one loader at a time writes athar's graph. The lease is one
// :AtharLease node, taken and released in transactions of their own; every batch of a load renews it
// in its own transaction (fencing: a loader whose lease was taken over cannot write any more).
// Times are the server's milliseconds (timestamp()), so clocks of the loaders' machines do not matter.

// name: lease_constraint
// description: One lease node per name (two loaders merging it at once cannot make two). Needs an
//   auto-commit transaction.
CREATE CONSTRAINT athar_lease_name IF NOT EXISTS FOR (l:AtharLease) REQUIRE l.name IS UNIQUE;

// name: take_lease
// description: Take the lease when nobody holds it, it has expired, it is ours, or it is the token
//   $stale (a holder known to be dead); return who holds it afterwards.
MERGE (l:AtharLease {name: $name})
WITH l, (l.token IS NULL OR l.expires < timestamp() OR l.token = $token OR l.token = $stale) AS free
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
  SET l.token = $token, l.holder = $holder, l.host = $host, l.pid = $pid, l.since = timestamp(),
      l.expires = timestamp() + $ttl_ms)
RETURN l.token = $token AS taken, l.token AS token, l.holder AS holder, l.host AS host, l.pid AS pid,
       timestamp() - l.since AS held_ms, l.expires - timestamp() AS expires_in_ms;

// name: renew_lease
// description: Push the expiry of our lease on; 0 rows when it is no longer ours.
MATCH (l:AtharLease {name: $name})
WHERE l.token = $token
SET l.expires = timestamp() + $ttl_ms
RETURN l.token AS token;

// name: release_lease
// description: Give our lease back (a lease another loader took over is left alone).
MATCH (l:AtharLease {name: $name})
WHERE l.token = $token
DELETE l;
