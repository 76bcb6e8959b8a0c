package nl.hecht.wijkfoto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.wijkfoto.internal.FiguresCsv.Problem;
import nl.hecht.wijkfoto.internal.FiguresCsv.Result;

class FiguresCsvTests {

    private static final NeighbourhoodCode A = new NeighbourhoodCode("BU99010101");
    private static final NeighbourhoodCode B = new NeighbourhoodCode("BU99010102");
    private static final Set<NeighbourhoodCode> AREA = Set.of(A, B);

    @Test
    void aGoodFileYieldsEveryFigure() {
        Result result = FiguresCsv.parse("\uFEFFbuurtcode;indicator;waarde;jaar;bron\r\n"
                + "BU99010101;Huishoudens met schulden (per 1.000);42,5;2025;Gemeente Voorbeeldstad\r\n"
                + "\r\n"
                + "bu99010102;\"Diabetes; verzekerden\";7.25;2024;\"Zorgverzekeraar \"\"Voorbeeld\"\"\"\r\n"
                .replace("\"Diabetes; verzekerden\"", "\"Diabetes (verzekerden)\"")
                + "BU99010102;Negatief saldo;-3;2024;Gemeente\r\n", AREA);
        assertThat(result.ok()).isTrue();
        assertThat(result.figures()).hasSize(3);
        assertThat(result.figures().get(0)).isEqualTo(new FiguresCsv.Figure(A, "Huishoudens met schulden (per 1.000)",
                new BigDecimal("42.5"), 2025, "Gemeente Voorbeeldstad"));
        assertThat(result.figures().get(1).neighbourhood()).isEqualTo(B);
        assertThat(result.figures().get(1).indicator()).isEqualTo("Diabetes (verzekerden)");
        assertThat(result.figures().get(1).value()).isEqualByComparingTo("7.25");
        assertThat(result.figures().get(1).source()).isEqualTo("Zorgverzekeraar \"Voorbeeld\"");
        assertThat(result.figures().get(2).value()).isEqualByComparingTo("-3");
    }

    @Test
    void aBadFileYieldsNoFiguresAndEveryBadLineWithItsNumber() {
        Result result = FiguresCsv.parse("buurtcode;indicator;waarde;jaar;bron\n"
                + "BU99010101;Goed;1;2025;Gemeente\n"
                + "BU99020101;Buiten het gebied;1;2025;Gemeente\n"
                + "XX123;Geen code;1;2025;Gemeente\n"
                + "BU99010101;Duizendtal;1.234,5;2025;Gemeente\n"
                + "BU99010101;Jaar;1;25;Gemeente\n"
                + "BU99010101;Te weinig velden;1;2025\n"
                + "BU99010101;;1;2025;\n"
                + "BU99010101;goed;2;2025;gemeente\n", AREA);
        assertThat(result.ok()).isFalse();
        assertThat(result.figures()).isEmpty();
        assertThat(result.problems()).containsExactly(
                new Problem(3, "wijkfoto.import.error.outside", "BU99020101"),
                new Problem(4, "wijkfoto.import.error.code", "XX123"),
                new Problem(5, "wijkfoto.import.error.value", "1.234,5"),
                new Problem(6, "wijkfoto.import.error.year", "25"),
                new Problem(7, "wijkfoto.import.error.columns", "4"),
                new Problem(8, "wijkfoto.import.error.indicator", ""),
                new Problem(8, "wijkfoto.import.error.source", ""),
                new Problem(9, "wijkfoto.import.error.duplicate", "goed"));
    }

    @Test
    void aWrongHeaderAnEmptyFileAndAHeaderAloneAreRefused() {
        assertThat(FiguresCsv.parse("code,indicator,waarde,jaar,bron\nBU99010101,a,1,2025,b\n", AREA).problems())
                .containsExactly(new Problem(1, "wijkfoto.import.error.header", "buurtcode;indicator;waarde;jaar;bron"));
        assertThat(FiguresCsv.parse("  \n", AREA).problems()).extracting(Problem::messageKey)
                .containsExactly("wijkfoto.import.error.empty");
        assertThat(FiguresCsv.parse("buurtcode;indicator;waarde;jaar;bron\n", AREA).problems())
                .extracting(Problem::messageKey).containsExactly("wijkfoto.import.error.no-rows");
    }

    @Test
    void numbersAndYears() {
        assertThat(FiguresCsv.number("12,5")).isEqualByComparingTo("12.5");
        assertThat(FiguresCsv.number("12.5")).isEqualByComparingTo("12.5");
        assertThat(FiguresCsv.number("12")).isEqualByComparingTo("12");
        assertThat(FiguresCsv.number("1.234.5")).isNull();
        assertThat(FiguresCsv.number("1e3")).isNull();
        assertThat(FiguresCsv.number("")).isNull();
        assertThat(FiguresCsv.year("2025")).isEqualTo(2025);
        assertThat(FiguresCsv.year("1800")).isNull();
        assertThat(FiguresCsv.year("twintig")).isNull();
    }
}
