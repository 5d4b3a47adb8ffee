/**
 * Timesheet: circles of ops members and their activities, time entries (a server-side timer or
 * typed by hand), weeks submitted for peer approval, and periods closed by a treasurer. Validated
 * volunteer (gift) hours go to the contribution context, which values them.
 */
package coop.spokes.timesheet;
