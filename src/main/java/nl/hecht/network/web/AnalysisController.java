package nl.hecht.network.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.analysis.AnalysisNode;
import nl.hecht.network.internal.analysis.ExpectedLines.MissingLine;
import nl.hecht.network.internal.analysis.LineKind;
import nl.hecht.network.internal.analysis.NetworkAnalysis.AnalysisPage;
import nl.hecht.network.internal.analysis.NetworkAnalysis.DerivedEdge;
import nl.hecht.network.internal.analysis.NetworkAnalysis.DrawnEdge;
import nl.hecht.network.internal.analysis.NetworkAnalysis.Picture;
import nl.hecht.network.internal.analysis.NetworkAnalysis;
import nl.hecht.network.internal.analysis.PlayerKind;
import nl.hecht.shared.Today;
import nl.hecht.shared.web.Confirmation;
import nl.hecht.shared.web.FormSubmission;

/**
 * A network's analysis (seed 004, R257, R258): the graph of formal and informal players with derived, drawn and
 * missing lines (Cytoscape.js from {@code /networks/{id}/analysis.json}, always with the same content as tables), the
 * informal players and the joint sessions of municipality, professionals and residents. Professionals of the region
 * read it; the network's coordinators and RESV staff add players and sessions (the use cases' policies decide).
 */
@Controller
class AnalysisController {

    static final String VIEW = "network/analysis";
    static final String SESSION_VIEW = "network/analysis-session";

    private static final Map<String, String> PLAYER_FIELDS = Map.of(
            "analysis.error.player-name", "name",
            "analysis.error.player-duplicate", "name",
            "analysis.error.player-kind", "kind");

    private final NetworkAnalysis analysis;
    private final MessageSource messages;
    private final Clock clock;

    AnalysisController(NetworkAnalysis analysis, MessageSource messages, Clock clock) {
        this.analysis = analysis;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/networks/{id}/analysis")
    String analysis(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId id, Locale locale,
            Model model) {
        return page(user, id, locale, PlayerForm.empty(), model);
    }

    /** The graph as Cytoscape.js elements: the same players and lines as the tables of the page. */
    @GetMapping("/networks/{id}/analysis.json")
    @ResponseBody
    Graph graph(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId id, Locale locale) {
        Picture picture = analysis.picture(user, id, locale);
        List<Element> nodes = new ArrayList<>();
        for (AnalysisNode node : picture.nodes()) {
            nodes.add(new Element(new NodeData(node.ref().toString(), node.label(), node.category(),
                    categoryLabel(node.category(), locale), node.ref().kind().name().toLowerCase(Locale.ROOT),
                    node.inNetwork())));
        }
        List<Element> edges = new ArrayList<>();
        int n = 0;
        for (DerivedEdge edge : picture.derived()) {
            edges.add(new Element(new EdgeData("d" + n++, edge.from().ref().toString(), edge.to().ref().toString(),
                    "derived", String.valueOf(edge.count()))));
        }
        for (DrawnEdge edge : picture.drawn()) {
            edges.add(new Element(new EdgeData("h" + n++, edge.from().ref().toString(), edge.to().ref().toString(),
                    "drawn-" + edge.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    messages.getMessage("analysis.line-kind." + edge.kind(), null, locale))));
        }
        for (MissingLine missing : picture.missing()) {
            if (!missing.wished()) {
                edges.add(new Element(new EdgeData("m" + n++, missing.from().ref().toString(),
                        missing.to().ref().toString(), "missing", "")));
            }
        }
        return new Graph(nodes, edges);
    }

    @PostMapping("/networks/{id}/analysis/players")
    String addPlayer(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") NetworkId network,
            @Validated @ModelAttribute("playerForm") PlayerForm form, BindingResult binding, Locale locale, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(PLAYER_FIELDS).submit(() -> {
            analysis.addPlayer(user, network, form.kind(), form.name(), form.description());
            redirect.addFlashAttribute("flashMessage", "analysis.player.added");
            return "redirect:/networks/" + network + "/analysis#players";
        }, () -> page(user, network, locale, form, model));
    }

    @PostMapping("/networks/{id}/analysis/players/{player}/remove")
    String removePlayer(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") NetworkId network,
            @PathVariable UUID player,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            return Confirmation.of("analysis.player.remove.confirm",
                    "/networks/" + network + "/analysis/players/" + player + "/remove",
                    "analysis.player.remove.confirm.button", "/networks/" + network + "/analysis#players").ask(model);
        }
        return FormSubmission.act(redirect, "/networks/" + network + "/analysis#players", "analysis.player.removed",
                () -> analysis.removePlayer(user, network, player));
    }

    @GetMapping("/networks/{id}/analysis/sessions/new")
    String newSession(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId id, Locale locale,
            Model model) {
        return sessionForm(user, id, locale,
                SessionForm.empty(Today.in(clock)), model);
    }

    @PostMapping("/networks/{id}/analysis/sessions")
    String recordSession(@AuthenticationPrincipal CurrentUser user, @PathVariable("id") NetworkId network,
            @Validated @ModelAttribute("sessionForm") SessionForm form, BindingResult binding, Locale locale,
            Model model, RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).fields(Map.of("analysis.error.participants", "municipality")).submit(() -> {
            analysis.recordSession(user, network, form.details(), form.drawnLines());
            redirect.addFlashAttribute("flashMessage", "analysis.session.saved");
            return "redirect:/networks/" + network + "/analysis#lines";
        }, () -> sessionForm(user, network, locale, form, model));
    }

    private String page(CurrentUser user, NetworkId id, Locale locale, PlayerForm form, Model model) {
        AnalysisPage page = analysis.page(user, id, locale);
        model.addAttribute("picture", page.picture());
        model.addAttribute("practices", page.practices());
        if (!model.containsAttribute("playerForm")) {
            model.addAttribute("playerForm", form);
        }
        model.addAttribute("playerKinds", PlayerKind.values());
        model.addAttribute("lineKinds", LineKind.values());
        return VIEW;
    }

    private String sessionForm(CurrentUser user, NetworkId id, Locale locale, SessionForm form, Model model) {
        model.addAttribute("endpoints", analysis.endpoints(user, id, locale));
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", form);
        }
        model.addAttribute("lineKinds", LineKind.values());
        return SESSION_VIEW;
    }

    private String categoryLabel(String category, Locale locale) {
        String key = AnalysisNode.DISCIPLINE.equals(category) ? "analysis.category.DISCIPLINE"
                : isPlayerKind(category) ? "analysis.player-kind." + category : "organisation.type." + category;
        return messages.getMessage(key, null, category, locale);
    }

    private static boolean isPlayerKind(String category) {
        for (PlayerKind kind : PlayerKind.values()) {
            if (kind.name().equals(category)) {
                return true;
            }
        }
        return false;
    }

    record Graph(List<Element> nodes, List<Element> edges) {
    }

    record Element(Object data) {
    }

    record NodeData(String id, String label, String category, String categoryLabel, String group, boolean inNetwork) {
    }

    record EdgeData(String id, String source, String target, String style, String label) {
    }
}
