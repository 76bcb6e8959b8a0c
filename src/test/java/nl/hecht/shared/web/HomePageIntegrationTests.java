package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.hecht.HttpTestClient;

/** The start page promises only what works: every tile is a link to a page the person may open, no two alike. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HomePageIntegrationTests {

    private static final Pattern TILE = Pattern.compile("<li class=\"hecht-tile\">(.*?)</li>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<a [^>]*href=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "resv", "coordinator", "nurse", "client"})
    void everyTileLinksToADistinctPageThatOpens(String username) {
        HttpTestClient client = new HttpTestClient(port);
        client.logInDemo(username);

        HttpResponse<String> home = client.get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).doesNotContain("overleggen", "actiepunten", "Uw plan", "uw hecht wijkverband");
        List<String> links = new ArrayList<>();
        Matcher tile = TILE.matcher(home.body());
        while (tile.find()) {
            Matcher link = LINK.matcher(tile.group(1));
            assertThat(link.find()).as("a tile of %s without a link: %s", username, tile.group(1)).isTrue();
            links.add(link.group(1));
        }
        assertThat(links).as("tiles of " + username).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        for (String link : links) {
            assertThat(client.get(link).statusCode()).as(username + " opens " + link).isEqualTo(200);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "resv"})
    void administratorsAndRegionStaffGetMoreThanTwoTiles(String username) {
        HttpTestClient client = new HttpTestClient(port);
        client.logInDemo(username);

        Matcher tile = TILE.matcher(client.get("/").body());
        int tiles = 0;
        while (tile.find()) {
            tiles++;
        }
        assertThat(tiles).isGreaterThanOrEqualTo(4);
    }

    @org.junit.jupiter.api.Test
    void regionStaffGoStraightToTheCoverageAndPracticesOfTheirRegion() {
        HttpTestClient client = new HttpTestClient(port);
        client.logInDemo("resv");

        String home = client.get("/").body();

        assertThat(home).containsPattern("href=\"/regions/[0-9a-f-]{36}/coverage\"")
                .containsPattern("href=\"/regions/[0-9a-f-]{36}/practices\"").contains("Dekking van Regio Voorbeeld");
    }
}
