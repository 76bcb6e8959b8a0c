package nl.hecht.area.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.multipart.MultipartFile;

/** The upload of a key figures CSV: the file and the year its figures are about. */
record CbsUploadForm(
        MultipartFile file,
        @NotNull(message = "{area.form.year.required}")
        @Min(value = 1990, message = "{area.form.year.range}")
        @Max(value = 2100, message = "{area.form.year.range}") Integer year) {
}
