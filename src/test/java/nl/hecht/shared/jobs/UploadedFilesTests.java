package nl.hecht.shared.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadedFilesTests {

    @Test
    void keepsOnlyTheNameWithoutFolders() {
        assertThat(UploadedFiles.cleanName("C:\\Users\\jan\\kerncijfers.csv")).isEqualTo("kerncijfers.csv");
        assertThat(UploadedFiles.cleanName("/tmp/kaart.json ")).isEqualTo("kaart.json");
    }

    @Test
    void noNameIsNull() {
        assertThat(UploadedFiles.cleanName(null)).isNull();
        assertThat(UploadedFiles.cleanName("  ")).isNull();
    }

    @Test
    void aLongNameIsCut() {
        assertThat(UploadedFiles.cleanName("a".repeat(300))).hasSize(255);
    }
}
