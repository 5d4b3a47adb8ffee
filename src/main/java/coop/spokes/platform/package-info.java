/**
 * Shared plumbing that every context builds on, and nothing else: configuration, the clock, the
 * database wiring and migrations, i18n loading, the page template, menus and dashboard panels, mail
 * sending through an outbox, access checks, rate limits, single-use secrets, N-of-M approvals,
 * error handling, money and paging values.
 *
 * <p>{@code platform} depends on no context. Where it needs something only a context knows (who the
 * caller is and which grants they hold, a user's language or theme, menu entries and dashboard
 * panels, the single-use links its mail carries), it defines an interface that the context
 * implements and CDI discovers, so the dependency keeps pointing from the context to {@code
 * platform}.
 */
package coop.spokes.platform;
