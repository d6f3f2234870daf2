package dev.zhengce.policy.examples.service;

import dev.zhengce.policy.calc.Policy;
import dev.zhengce.policy.mengzhou.Mengzhou;
import dev.zhengce.policy.model.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What every page under {@code /web/} shares: its language (Chinese unless {@code ?lang=en},
 * kept in every link), the texts ({@code ${t}}, {@link PageTexts}), the link that switches the
 * language, who is signed in; and the failures no page expects, shown as a page that says what
 * happened, never a stack trace.
 */
@ControllerAdvice(
        assignableTypes = {CalculatorPage.class, AwardPage.class, ScorecardPage.class, NoticePage.class, LoginPage.class
        })
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Pages {
    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);

    /** The pages' beans: the language of a request, the notice's anchored text. */
    @Configuration(proxyBeanMethods = false)
    public static class Beans {
        /**
         * The notice's text with every sentence anchored, built once.
         *
         * @param policy the policy
         * @return the anchored text
         */
        @Bean
        public NoticeText noticeText(Policy policy) {
            return NoticeText.of(policy.catalog(), Mengzhou.text());
        }

        /**
         * The locale of a request from its {@code lang} parameter (the pages' labels, bundle
         * {@code web/pages}); the JSON API does not use it.
         *
         * @return the resolver
         */
        @Bean
        public LocaleResolver localeResolver() {
            return new LocaleResolver() {
                @Override
                public Locale resolveLocale(HttpServletRequest request) {
                    return PageTexts.locale(PageTexts.language(request.getParameter("lang")));
                }

                @Override
                public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                    throw new UnsupportedOperationException("the language is chosen by ?lang=");
                }
            };
        }
    }

    /**
     * Returns the language of a request.
     *
     * @param request the request
     * @return the language
     */
    static Language language(HttpServletRequest request) {
        return PageTexts.language(request.getParameter("lang"));
    }

    /**
     * Returns a link to a page in a language, with parameters.
     *
     * @param path       the page, such as {@code /web/notice}
     * @param language   the language
     * @param parameters the parameters, in order; blank values left out
     * @return the link
     */
    static String link(String path, Language language, Map<String, String> parameters) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
        if (language == Language.EN) {
            b.queryParam("lang", "en");
        }
        parameters.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                b.queryParam(k, v);
            }
        });
        return b.encode().build().toUriString();
    }

    /**
     * The model every page has: {@code t} (texts), {@code lang}, {@code switchLink}, {@code user}.
     *
     * @param request the request
     * @param model   the model
     */
    @ModelAttribute
    public void common(HttpServletRequest request, Model model) {
        Language language = language(request);
        model.addAttribute("t", PageTexts.of(language));
        model.addAttribute("lang", PageTexts.of(language).code());
        // the same page in the other language: a form posted is shown again by its GET page
        String path = PageSecurity.RECORD.equals(request.getRequestURI()) ? "/web/award" : request.getRequestURI();
        UriComponentsBuilder other = UriComponentsBuilder.fromPath(path);
        if (!"/web/login".equals(path)) {
            request.getParameterMap().forEach((k, v) -> {
                if (!"lang".equals(k) && !"_csrf".equals(k) && !"continue".equals(k)) {
                    other.queryParam(k, (Object[]) v);
                }
            });
        }
        if (language == Language.ZH) {
            other.queryParam("lang", "en");
        }
        model.addAttribute("switchLink", other.encode().build().toUriString());
        model.addAttribute(
                "user",
                request.getUserPrincipal() == null
                        ? null
                        : request.getUserPrincipal().getName());
    }

    /**
     * An upload over the limit: 413, said on a page.
     *
     * @param e       the exception
     * @param request the request
     * @return the page
     */
    @ExceptionHandler({MaxUploadSizeExceededException.class, BodyLimit.BodyTooLarge.class})
    public ModelAndView tooLarge(Exception e, HttpServletRequest request) {
        return failure(request, HttpStatus.CONTENT_TOO_LARGE, BodyLimit.tooLarge(PolicyService.MAX_BODY_BYTES));
    }

    /**
     * A form that is not a form: 400, said on a page.
     *
     * @param e       the exception
     * @param request the request
     * @return the page
     */
    @ExceptionHandler(MultipartException.class)
    public ModelAndView notMultipart(MultipartException e, HttpServletRequest request) {
        return failure(request, HttpStatus.BAD_REQUEST, "the upload could not be read as a form (multipart/form-data)");
    }

    /**
     * Anything else: logged, a page that says so, status 500; never a stack trace.
     *
     * @param e       the exception
     * @param request the request
     * @return the page
     */
    @ExceptionHandler(Exception.class)
    public ModelAndView unexpected(Exception e, HttpServletRequest request) {
        LOG.error("unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return failure(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    }

    private ModelAndView failure(HttpServletRequest request, HttpStatus status, String detail) {
        ModelAndView page = new ModelAndView("web/failure", status);
        Model model = new org.springframework.ui.ExtendedModelMap();
        common(request, model);
        page.addAllObjects(model.asMap());
        page.addObject("status", status.value());
        page.addObject("detail", detail);
        return page;
    }
}
