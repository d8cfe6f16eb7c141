package com.upward.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvSafetyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=SUM(A1:A9)|'=SUM(A1:A9)",
            "+49 30 1234|'+49 30 1234",
            "-1|'-1",
            "@cmd|'@cmd",
            "<script>alert(1)</script>|<script>alert(1)</script>",
            "' OR 1=1 --|' OR 1=1 --",
            "Zoë Ødegård|Zoë Ødegård",
            "a=b|a=b"})
    void formulaLookingCellsGetALeadingApostrophe(String value, String exported) {
        assertThat(CsvSafety.cell(value)).isEqualTo(exported);
        assertThat(CsvSafety.looksLikeFormula(value)).isEqualTo(!value.equals(exported));
    }

    @Test
    void aLeadingTabOrCarriageReturnIsNeutralisedToo() {
        assertThat(CsvSafety.cell("\tHIDDEN")).isEqualTo("'\tHIDDEN");
        assertThat(CsvSafety.cell("\r=cmd|' /C calc'!A0")).isEqualTo("'\r=cmd|' /C calc'!A0");
        assertThat(CsvSafety.cell("a\tb")).isEqualTo("a\tb");
    }

    @Test
    void nothingAndEmptyStayAsTheyAre() {
        assertThat(CsvSafety.cell(null)).isNull();
        assertThat(CsvSafety.cell("")).isEmpty();
        assertThat(CsvSafety.looksLikeFormula("")).isFalse();
    }
}
