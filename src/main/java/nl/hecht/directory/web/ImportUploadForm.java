package nl.hecht.directory.web;

import org.springframework.web.multipart.MultipartFile;

/** The upload of a sociale kaart file (CSV or HSDS JSON). */
record ImportUploadForm(MultipartFile file) {
}
