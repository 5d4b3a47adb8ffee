/**
 * The period report's arithmetic, in plain Java: from the figures the transparency context reads
 * for a period (income, expenses, budgets, hours, in-kind capacity, exchange rates), the report's
 * totals, budget against actual, unit costs and the volunteer shadow budget. No database, no
 * container: what docs/reports.md defines, and what a worked example in a unit test checks.
 */
package coop.spokes.transparency.report;
