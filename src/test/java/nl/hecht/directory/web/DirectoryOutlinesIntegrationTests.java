package nl.hecht.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines under the directory maps without tiles. Anyone may fetch them (the public map has no login),
 * browsers may keep them, and they hold only geometry, code, name and level: the demo region's two municipalities
 * and their 60 neighbourhoods.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DirectoryOutlinesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Test
    void anyoneGetsTheMunicipalityAndNeighbourhoodOutlinesAsCacheableGeoJson() throws Exception {
        MvcResult result = mvc.perform(get("/public/directory/outlines.geojson").with(request -> {
            request.setRemoteAddr("192.0.2.91");
            return request;
        })).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("application/geo+json");
        assertThat(result.getResponse().getHeader("Cache-Control")).contains("max-age=600", "public");
        JsonNode json = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
        assertThat(json.get("type").asString()).isEqualTo("FeatureCollection");
        Set<String> levels = new TreeSet<>();
        Set<String> propertyNames = new TreeSet<>();
        int municipalities = 0;
        int neighbourhoods = 0;
        for (JsonNode feature : json.get("features")) {
            assertThat(feature.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
            feature.get("properties").propertyNames().forEach(propertyNames::add);
            String level = feature.get("properties").get("level").asString();
            levels.add(level);
            if (level.equals("municipality")) {
                municipalities++;
                assertThat(feature.get("properties").get("code").asString()).startsWith("GM99");
            } else {
                neighbourhoods++;
                assertThat(feature.get("properties").get("code").asString()).startsWith("BU99");
            }
        }
        assertThat(propertyNames).containsExactly("code", "level", "name");
        assertThat(levels).containsExactly("municipality", "neighbourhood");
        assertThat(municipalities).isEqualTo(2);
        assertThat(neighbourhoods).isEqualTo(60);
    }
}
