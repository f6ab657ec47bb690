package vn.doanket.certificates;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class HolderNamesTest {

    @Test
    void theFamilyNameIsKeptAndEveryOtherWordShowsItsFirstLetter() {
        assertThat(HolderNames.mask("Nguyễn Văn An")).isEqualTo("Nguyễn V** A*");
        assertThat(HolderNames.mask("Trần Thị Bích Ngọc")).isEqualTo("Trần T** B*** N***");
        assertThat(HolderNames.mask("  Lê   Ánh  ")).isEqualTo("Lê Á**");
        assertThat(HolderNames.mask("Đặng Ê")).isEqualTo("Đặng Ê");
    }

    @Test
    void aOneWordNameShowsOnlyItsFirstLetter() {
        assertThat(HolderNames.mask("Bình")).isEqualTo("B***");
        assertThat(HolderNames.mask("")).isEmpty();
        assertThat(HolderNames.mask(null)).isEmpty();
    }

    @Test
    void lettersAreCountedOnceHoweverTheyWereTyped() {
        String decomposed = Normalizer.normalize("Phạm Hữu Đức", Normalizer.Form.NFD);
        assertThat(HolderNames.mask(decomposed)).isEqualTo("Phạm H** Đ**");
    }
}
