package nl.hecht.area;

import nl.hecht.shared.MunicipalityCode;

/** A CBS municipality (gemeente). */
public record Municipality(MunicipalityCode code, String name) {
}
