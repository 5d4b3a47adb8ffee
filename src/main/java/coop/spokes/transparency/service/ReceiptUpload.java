package coop.spokes.transparency.service;

/** A file someone uploaded as a receipt: the name they gave it (only shown back) and its bytes. */
public record ReceiptUpload(String fileName, byte[] content) {}
