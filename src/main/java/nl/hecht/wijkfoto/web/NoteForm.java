package nl.hecht.wijkfoto.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the network sees in the wijk (R196). */
record NoteForm(@NotBlank(message = "{wijkfoto.note.required}") @Size(max = 4000, message = "{wijkfoto.note.too-long}") String text) {

    static NoteForm empty() {
        return new NoteForm(null);
    }
}
