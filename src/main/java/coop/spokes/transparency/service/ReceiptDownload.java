package coop.spokes.transparency.service;

/** A receipt's bytes, to serve to someone who may see its expense. */
public record ReceiptDownload(String fileName, String mediaType, byte[] content) {}
