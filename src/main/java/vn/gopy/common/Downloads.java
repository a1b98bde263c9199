package vn.gopy.common;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Responses of the file downloads (draft and comment attachments): a file to save under its own name (UTF-8
 * names intact), never rendered by the browser as something else; or the same plain 404 whether the file never
 * existed or may not be seen.
 */
public final class Downloads {

    private Downloads() {
    }

    public static ResponseEntity<byte[]> file(String fileName, String mediaType, byte[] content) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .contentLength(content.length)
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    public static ResponseEntity<byte[]> notFound() {
        return ResponseEntity.status(404).contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body("Không tìm thấy tệp này. / File not found.".getBytes(StandardCharsets.UTF_8));
    }
}
