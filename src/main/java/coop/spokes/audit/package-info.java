/**
 * The audit context: an append-only, hash-chained log of every consequential change.
 *
 * <p>Owns the tables {@code audit_event} and {@code audit_stream_head}. Events are grouped in
 * streams (one chain each, e.g. {@code auth}, {@code identity}, {@code custodian}, later one per
 * assembly), so a busy stream such as ballot casting never waits on another stream's head. Each
 * event's hash covers the previous event's hash and its own canonical content, which holds ids and
 * non-personal values only; personal text goes in a separate, unhashed note that can be erased
 * without breaking the chain.
 *
 * <p>Public surface: {@link coop.spokes.audit.service.AuditService} (record an event, for every
 * context) and {@link coop.spokes.audit.service.AuditQueryService} (list and verify, for admins).
 * Depends on {@code platform} only.
 */
package coop.spokes.audit;
