package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Attainment;
import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.calc.Scorecard;
import dev.zhengce.policy.examples.chart.ScorecardChart;
import dev.zhengce.policy.examples.cli.ObservationFile;
import dev.zhengce.policy.model.Ambiguity;
import dev.zhengce.policy.model.Catalog;
import dev.zhengce.policy.model.Language;
import dev.zhengce.policy.model.PolicyException;
import dev.zhengce.policy.model.Reading;
import dev.zhengce.policy.model.Readings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jfree.chart.ChartUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The scorecard, {@code /web/scorecard}: observations uploaded (CSV, .xlsx or JSON, read as
 * {@code zhengce attainment} reads them, by the command-line tool's own reader
 * {@link ObservationFile}) and an as-of year give the verdicts by plan, by lead department and by
 * year, the chart (the SDK's {@link ScorecardChart}, as PNG), the overdue targets and every
 * target's line. The readings the notice leaves open are chosen beside it
 * ({@code reading.cultivated-count=flow}); the upload is kept in the visitor's session (never
 * shared), so that switching a reading, the year or the language needs no second upload
 * ({@code GET /web/scorecard?asOf=2019&reading.…=…} evaluates the kept upload).
 */
@Controller
public class ScorecardPage {
    /** The session's last upload. */
    static final String UPLOAD = ScorecardPage.class.getName() + ".upload";

    private final Policy policy;
    private final NoticeText notice;

    /**
     * Creates the page.
     *
     * @param policy the policy
     * @param notice the notice's anchored text
     */
    public ScorecardPage(Policy policy, NoticeText notice) {
        this.policy = policy;
        this.notice = notice;
    }

    /**
     * The form, and the scorecard of the session's upload when there is one.
     *
     * @param request  the request
     * @param response the response
     * @param model    the page's model
     * @return the template
     */
    @GetMapping("/web/scorecard")
    public String scorecard(HttpServletRequest request, HttpServletResponse response, Model model) {
        PageForm form = form(request, model);
        HttpSession session = request.getSession(false);
        Object upload = session == null ? null : session.getAttribute(UPLOAD);
        if (upload instanceof ObservationFile && form.values().containsKey("asOf")) {
            evaluate((ObservationFile) upload, request, form, model);
        } else if (upload instanceof ObservationFile) {
            model.addAttribute("upload", upload);
        }
        if (form.failed()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "web/scorecard";
    }

    /**
     * Reads an upload and evaluates it.
     *
     * @param file     the observations
     * @param request  the request
     * @param response the response (400 when the upload or the year is refused)
     * @param model    the page's model
     * @return the template
     */
    @PostMapping(path = "/web/scorecard")
    public String upload(
            @RequestParam(name = "observations", required = false) MultipartFile file,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        PageForm form = form(request, model);
        HttpSession session = request.getSession(false);
        Object kept = session == null ? null : session.getAttribute(UPLOAD);
        if ((file == null || file.isEmpty()) && kept instanceof ObservationFile) {
            evaluate((ObservationFile) kept, request, form, model);
        } else if (file == null || file.isEmpty()) {
            form.refuse("observations", null, "choose a file of observations: CSV, .xlsx or JSON");
        } else {
            String name = file.getOriginalFilename() == null
                            || file.getOriginalFilename().isBlank()
                    ? "observations"
                    : file.getOriginalFilename();
            try (InputStream in = file.getInputStream()) {
                ObservationFile read = ObservationFile.read(name, in);
                request.getSession().setAttribute(UPLOAD, read);
                evaluate(read, request, form, model);
            } catch (ObservationFile.Refused e) {
                form.refuse("observations", null, e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (form.failed()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return "web/scorecard";
    }

    private PageForm form(HttpServletRequest request, Model model) {
        PageForm form = PageForm.of(request);
        model.addAttribute("values", form.values());
        model.addAttribute("errors", form.errors());
        model.addAttribute("ambiguities", policy.catalog().ambiguities());
        Map<String, List<Reading>> choices = new LinkedHashMap<>();
        policy.catalog().ambiguities().forEach(a -> choices.put(a.id(), readingsOf(a)));
        model.addAttribute("readingChoices", choices);
        model.addAttribute("notice", notice);
        return form;
    }

    private void evaluate(ObservationFile file, HttpServletRequest request, PageForm form, Model model) {
        model.addAttribute("upload", file);
        Catalog catalog = policy.catalog();
        Optional<Integer> year = form.year("asOf");
        int first = catalog.notice().firstYear();
        if (year.isEmpty() && !form.failed()) {
            form.refuse("asOf", null, "required: the year the attainment is measured as of, such as 2019");
        } else if (year.isPresent() && (year.get() < first || year.get() > 2100)) {
            form.refuse("asOf", year.get().toString(), "a year within " + first + "..2100");
        }
        Readings readings = Readings.none();
        for (Ambiguity a : catalog.ambiguities()) {
            Optional<String> chosen = form.text("reading." + a.id());
            if (chosen.isPresent() && !chosen.get().equals(a.reading().id())) {
                try {
                    readings = readings.with(a.id(), chosen.get());
                } catch (PolicyException e) {
                    form.refuse("reading." + a.id(), chosen.get(), e.rule());
                }
            }
        }
        if (form.failed()) {
            return;
        }
        Scorecard card;
        try {
            Catalog read = readings.isEmpty() ? catalog : catalog.under(readings);
            card = file.scorecard(Policy.of(read).attainment(), year.get());
        } catch (ObservationFile.Refused e) {
            form.refuse("observations", null, e.getMessage());
            return;
        } catch (PolicyException e) {
            form.refuse(e, "");
            return;
        }
        Language language = Pages.language(request);
        model.addAttribute("card", card);
        model.addAttribute("verdicts", Attainment.Verdict.values());
        model.addAttribute("overdue", card.overdue(card.asOf()));
        model.addAttribute("chart", chart(card, language));
        model.addAttribute("chosen", chosen(catalog, readings));
    }

    /** The reading in force per ambiguity: the one chosen, or the catalog's. */
    private static Map<String, String> chosen(Catalog catalog, Readings readings) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Ambiguity a : catalog.ambiguities()) {
            m.put(a.id(), readings.chosen().getOrDefault(a.id(), a.reading().id()));
        }
        return m;
    }

    /** The SDK's chart of the scorecard, as a PNG in a {@code data:} link. */
    private static String chart(Scorecard card, Language language) {
        ByteArrayOutputStream png = new ByteArrayOutputStream(1 << 16);
        try {
            ChartUtils.writeChartAsPNG(
                    png,
                    ScorecardChart.of(card.catalog()).chart(card, language),
                    ScorecardChart.WIDTH,
                    ScorecardChart.height(card));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
    }

    /**
     * Returns the readings of an ambiguity, the catalog's first.
     *
     * @param ambiguity the ambiguity
     * @return the readings
     */
    static List<Reading> readingsOf(Ambiguity ambiguity) {
        List<Reading> list = new java.util.ArrayList<>();
        list.add(ambiguity.reading());
        list.addAll(ambiguity.alternatives());
        return list;
    }
}
