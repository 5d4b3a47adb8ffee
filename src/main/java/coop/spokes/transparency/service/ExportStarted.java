package coop.spokes.transparency.service;

/** A report export was asked for; its job starts once the request that asked commits. */
public record ExportStarted(long exportId) {}
