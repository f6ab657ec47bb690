package vn.doanket.feedback.api;

/**
 * Metadata of a file attached to a petition (the file itself lives in document storage, not in events).
 *
 * @param fileName  the file's name as submitted
 * @param mediaType e.g. {@code application/pdf}
 * @param sizeBytes its size
 * @param sha256    hex digest of its content, so the stored file can be checked
 */
public record Attachment(String fileName, String mediaType, long sizeBytes, String sha256) {
}
