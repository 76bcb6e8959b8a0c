package nl.hecht.area.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload of a map (GeoJSON). */
record MapUploadForm(MultipartFile file) {
}
