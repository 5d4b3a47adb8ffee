package coop.spokes.contribution.service;

/**
 * A payments file was staged as batch {@code batchId}; once its transaction commits, the batch's
 * check starts in the background ({@code ImportJobs}).
 */
public record ImportUploaded(long batchId) {}
